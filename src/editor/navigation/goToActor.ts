import * as vscode from 'vscode';
import { searchActors } from '../../core/actorSearch';
import type { Actor } from '../../core/types';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { TYPE_PLURALS } from '../views/treeItems';
import { revealSpan } from './mentionNavigation';

interface ActorPick extends vscode.QuickPickItem { readonly actor: Actor }

/**
 * "Go to actor…": a quick pick over the active article's actors with fuse.js ranking (VS Code's own filter
 * is turned off so typos like "abdolahian" still match), then jumps to the actor's first mention.
 */
export async function goToActor(registry: ArticleRegistry, arg?: unknown): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const state = editor && (await registry.whenFresh(editor.document));
  const index = state?.fresh;
  if (!editor || !index) {
    void vscode.window.showInformationMessage('Open an annotated news article first.');
    return;
  }
  const actors = index.analysis.actors;
  const toPick = (actor: Actor): ActorPick => ({
    actor,
    label: actor.name,
    description: `${TYPE_PLURALS[actor.type]} · ${actor.mentions}×`,
    detail: actor.aliases.length > 1 ? `Also: ${actor.aliases.filter((a) => a !== actor.name).join(', ')}` : undefined,
    alwaysShow: true,
  });
  const pick = vscode.window.createQuickPick<ActorPick>();
  pick.placeholder = 'Go to actor (fuzzy: name or alias)';
  pick.matchOnDescription = false;
  // An initial query may come with the command (a link or keybinding that opens the pick already filtered).
  const query = (arg as { query?: unknown } | undefined)?.query;
  pick.value = typeof query === 'string' ? query.slice(0, 200) : '';
  pick.items = searchActors(actors, pick.value).map(toPick);
  pick.onDidChangeValue((value) => { pick.items = searchActors(actors, value).map(toPick); });
  const chosen = await new Promise<Actor | undefined>((resolve) => {
    pick.onDidAccept(() => { resolve(pick.selectedItems[0]?.actor); pick.hide(); });
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  const first = chosen && index.mentionsOf(chosen.id)[0];
  if (first) await revealSpan(editor.document.uri, first.start, first.end);
}

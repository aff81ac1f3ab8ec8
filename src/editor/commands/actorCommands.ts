import * as vscode from 'vscode';
import { searchActors } from '../../core/actorSearch';
import { editActor, mergeActors, splitActor } from '../../core/overlay/userEdits';
import type { ArticleRegistry } from '../articles/articleRegistry';
import type { ArticleContext } from './articleContext';
import { actorFrom, articleContext, commit, entityFrom, newId } from './articleContext';

const WIKIDATA_ID = /^Q[1-9][0-9]{0,11}$/;
const argField = (arg: unknown, key: string): unknown => (typeof arg === 'object' && arg !== null ? (arg as Record<string, unknown>)[key] : undefined);

/** Rename an actor (the name shown everywhere; the mentions keep their text). */
export async function renameActorCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const actor = ctx && actorFrom(ctx, arg);
  if (!ctx || !actor) return noActor(ctx);
  const given = argField(arg, 'name');
  const name = typeof given === 'string' ? given : await vscode.window.showInputBox({ title: 'Rename actor', value: actor.name, validateInput: (v) => (v.trim() ? undefined : 'A name is needed') });
  if (!name?.trim()) return false;
  return commit(ctx, 'actor renamed', (s) => editActor(s, actor, { name: name.trim().slice(0, 300) }));
}

/** Link an actor to Wikidata (Q-id). */
export async function setWikidataIdCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const actor = ctx && actorFrom(ctx, arg);
  if (!ctx || !actor) return noActor(ctx);
  const given = argField(arg, 'wikidataId');
  const id = typeof given === 'string' ? given : await vscode.window.showInputBox({ title: `Wikidata id for ${actor.name}`, placeHolder: 'Q42', value: actor.wikidataId ?? '', validateInput: (v) => (v === '' || WIKIDATA_ID.test(v.trim()) ? undefined : 'A Wikidata item id looks like Q42') });
  if (id === undefined) return false;
  const trimmed = id.trim();
  if (trimmed !== '' && !WIKIDATA_ID.test(trimmed)) return false;
  return commit(ctx, trimmed ? `linked to ${trimmed}` : 'Wikidata link removed', (s) => editActor(s, actor, { wikidataId: trimmed || undefined }));
}

/** Merge the actor into another one (aliases such as "US" / "United States", or a missed coreference). */
export async function mergeActorsCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const from = ctx && actorFrom(ctx, arg);
  if (!ctx || !from) return noActor(ctx);
  const targetId = argField(arg, 'into');
  let into = typeof targetId === 'string' ? ctx.index.actor(targetId) : undefined;
  if (!into) {
    const others = ctx.index.analysis.actors.filter((a) => a.id !== from.id);
    const picked = await vscode.window.showQuickPick(searchActors(others, '').map((a) => ({ label: a.name, description: a.type, actor: a })), { title: `Merge "${from.name}" into…`, matchOnDescription: true });
    into = picked?.actor;
  }
  if (!into || into.id === from.id) return false;
  const target = into;
  return commit(ctx, `merged into ${target.name}`, (s) => mergeActors(s, from, target));
}

/** Split the mention under the cursor (or given mentions) off its actor into a new one. */
export async function splitActorCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const entity = ctx && entityFrom(ctx, arg);
  const actor = ctx && entity && ctx.index.actor(entity.actor);
  if (!ctx || !entity || !actor) return noActor(ctx);
  const given = argField(arg, 'name');
  const name = typeof given === 'string' ? given : await vscode.window.showInputBox({ title: `New actor for "${entity.text}" (split from ${actor.name})`, value: entity.text });
  if (!name?.trim()) return false;
  return commit(ctx, `split into ${name.trim()}`, (s) => splitActor(s, ctx.text, actor, [entity], name.trim().slice(0, 300), newId).sidecar);
}

function noActor(ctx: ArticleContext | undefined): boolean {
  if (ctx) void vscode.window.showInformationMessage('Put the cursor on a highlighted name, or use the Actors view.');
  return false;
}

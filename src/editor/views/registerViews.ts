import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { CommandId } from '../commandIds';
import type { NewsAnnotatorConfig } from '../config';
import { parseActorTarget, revealSpan } from '../navigation/mentionNavigation';
import { ActiveArticle } from './activeArticle';
import { ActorsTreeProvider } from './actorsTree';
import { ClaimsTreeProvider } from './claimsTree';
import { EntityDecorations } from './decorations';
import { ArticleStatusBar } from './statusBar';

export interface Views {
  readonly decorations: EntityDecorations;
  readonly actors: ActorsTreeProvider;
  readonly claims: ClaimsTreeProvider;
  readonly actorsView: vscode.TreeView<unknown>;
  readonly statusBar: ArticleStatusBar;
}

/** Decorations, the sidebar's two trees and the status bar, plus the commands that drive them. */
export function registerViews(context: vscode.ExtensionContext, registry: ArticleRegistry, config: NewsAnnotatorConfig): Views {
  const active = new ActiveArticle(registry);
  const decorations = new EntityDecorations(registry, config);
  const actors = new ActorsTreeProvider(active);
  const claims = new ClaimsTreeProvider(active);
  const actorsView = vscode.window.createTreeView('newsAnnotator.actors', { treeDataProvider: actors, showCollapseAll: true });
  const claimsView = vscode.window.createTreeView('newsAnnotator.claims', { treeDataProvider: claims, showCollapseAll: true });
  actors.view = actorsView;
  claims.view = claimsView;
  claims.setGrouping('speaker');
  const statusBar = new ArticleStatusBar(active);

  context.subscriptions.push(
    active, decorations, actors, claims, actorsView, claimsView, statusBar,
    vscode.commands.registerCommand(CommandId.showSidebar, () => vscode.commands.executeCommand('workbench.view.extension.newsAnnotator')),
    vscode.commands.registerCommand(CommandId.claimsGroupByStatus, () => claims.setGrouping('status')),
    vscode.commands.registerCommand(CommandId.claimsGroupBySpeaker, () => claims.setGrouping('speaker')),
    vscode.commands.registerCommand(CommandId.revealRange, async (uri: unknown, start: unknown, end: unknown) => {
      if (typeof uri !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return;
      await revealSpan(vscode.Uri.parse(uri, true), start as number, end as number);
    }),
    vscode.commands.registerCommand(CommandId.revealInSidebar, async (arg?: unknown) => {
      const target = parseActorTarget(arg);
      const editor = vscode.window.activeTextEditor;
      let actorId = target?.actorId;
      if (!actorId && editor) {
        const index = (await registry.whenFresh(editor.document))?.fresh;
        actorId = index?.entityAt(editor.document.offsetAt(editor.selection.active))?.actor;
      }
      const node = actorId === undefined ? undefined : actors.actorNode(actorId);
      if (!node) return false;
      await actorsView.reveal(node, { select: true, focus: true, expand: true });
      return true;
    }),
  );
  return { decorations, actors, claims, actorsView: actorsView as vscode.TreeView<unknown>, statusBar };
}

import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { ArticleTextStore } from '../storage/articleTextStore';
import { AnalysisClient } from './articles/analysisClient';
import { ArticleRegistry } from './articles/articleRegistry';
import { CommandId } from './commandIds';
import { readConfig, SECTION } from './config';
import { ArticleHoverProvider } from './hover/hoverProvider';
import { registerAnnotationCommands } from './commands/registerAnnotationCommands';
import { registerNavigation } from './navigation/registerNavigation';
import type { DecorationSnapshot } from './views/decorations';
import type { Views } from './views/registerViews';
import { registerViews } from './views/registerViews';

/** What activate() returns: lets tests (and other extensions) read state back. */
export interface NewsAnnotatorApi {
  /** How long activate() took, in ms (measured by bench/editor). */
  readonly activationMs: number;
  /** The analysis of an open, annotated document once it matches the document's current version. */
  analysisFor(uri: vscode.Uri): Promise<Analysis | undefined>;
  /** What the decorations currently show in an editor (offsets), for tests. */
  decorationsFor(editor: vscode.TextEditor): DecorationSnapshot | undefined;
  /** The status bar text, for tests. */
  statusBarText(): string;
  /** The sidebar's tree providers and the Actors view, for tests. */
  readonly views: Pick<Views, 'actors' | 'claims' | 'actorsView'>;
}

/** Documents our providers apply to; the registry decides per document whether it is annotated. */
const SELECTOR: vscode.DocumentSelector = [{ language: 'news-article' }, { language: 'plaintext' }, { language: 'markdown' }];

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const started = performance.now();
  const client = new AnalysisClient();
  const storage = context.globalStorageUri;
  const texts = storage.scheme === 'file' ? new ArticleTextStore(vscode.Uri.joinPath(storage, 'article-texts').fsPath) : undefined;
  if (texts) texts.enabled = readConfig().keepArticleTexts;
  const registry = new ArticleRegistry(client, readConfig(), context.workspaceState, texts);
  context.subscriptions.push(client, registry);
  const views = registerViews(context, registry, readConfig());
  registerNavigation(context, registry, SELECTOR);
  registerAnnotationCommands(context, registry, SELECTOR);
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(SELECTOR, new ArticleHoverProvider(registry)),
    vscode.commands.registerCommand(CommandId.toggleAnnotation, async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return undefined;
      const on = await registry.toggle(doc);
      void vscode.window.setStatusBarMessage(on ? 'News Annotator: annotating this file' : 'News Annotator: annotation off for this file', 3000);
      return on;
    }),
    vscode.commands.registerCommand(CommandId.showAnalysisSummary, async () => {
      const doc = vscode.window.activeTextEditor?.document;
      const index = doc && (await registry.whenFresh(doc))?.fresh;
      if (!index) return undefined;
      const a = index.analysis;
      void vscode.window.showInformationMessage(`${a.entities.length} entities, ${a.actors.length} actors, ${a.claims.length} claims`);
      return { entities: a.entities.length, actors: a.actors.length, claims: a.claims.length };
    }),
    vscode.commands.registerCommand(CommandId.forgetArticleTexts, async () => {
      const deleted = texts ? await texts.clear() : 0;
      void vscode.window.showInformationMessage(`News Annotator: deleted ${deleted} kept article ${deleted === 1 ? 'text' : 'texts'}.`);
      return deleted;
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      const config = readConfig();
      if (texts) texts.enabled = config.keepArticleTexts;
      registry.updateConfig(config);
      views.decorations.updateConfig(config);
    }),
  );
  const activationMs = performance.now() - started;
  return {
    activationMs,
    analysisFor: async (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return doc && (await registry.whenFresh(doc))?.fresh?.analysis;
    },
    decorationsFor: (editor) => views.decorations.snapshot(editor),
    statusBarText: () => views.statusBar.text,
    views,
  };
}

export function deactivate(): void {}

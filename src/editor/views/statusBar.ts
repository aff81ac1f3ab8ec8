import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { CommandId } from '../commandIds';

/** VS Code does not hand documents larger than this to extensions. */
const EXTENSION_SYNC_LIMIT = 50 * 1024 * 1024;

/** "3 people · 4 orgs · 9 claims" for the active article; clicking opens the sidebar. */
export class ArticleStatusBar implements vscode.Disposable {
  private readonly _item = vscode.window.createStatusBarItem('newsAnnotator.summary', vscode.StatusBarAlignment.Left, 50);
  private readonly _disposables: vscode.Disposable[] = [this._item];

  constructor(private readonly _active: ActiveArticle) {
    this._item.name = 'News Annotator';
    this._item.command = CommandId.showSidebar;
    this._disposables.push(
      _active.onDidChange(() => void this._update()),
      vscode.window.tabGroups.onDidChangeTabs(() => void this._update()),
    );
    void this._update();
  }

  /** The text shown now (for tests). */
  get text(): string { return this._item.text; }

  dispose(): void {
    for (const d of this._disposables) d.dispose();
  }

  private async _update(): Promise<void> {
    const state = this._active.state;
    const editorDoc = vscode.window.activeTextEditor?.document;
    if (!state || state.document !== editorDoc) {
      if (await this._showTooLargeForExtensions()) return;
      if (!state) { this._item.hide(); return; }
    }
    const s = state.status;
    if (s.kind === 'too-large') {
      this._item.text = '$(warning) News: too large';
      this._item.tooltip = `This article has ${s.length.toLocaleString('en')} characters; News Annotator analyses up to ${s.limit.toLocaleString('en')} (newsAnnotator.analysis.maxArticleLength).`;
    } else if (s.kind === 'failed') {
      this._item.text = '$(error) News: analysis failed';
      this._item.tooltip = s.message;
    } else if (!state.fresh) {
      this._item.text = '$(sync~spin) News: analysing…';
      this._item.tooltip = 'Finding people, organizations, places and claims';
    } else {
      const a = state.fresh.analysis;
      const people = a.actors.filter((x) => x.type === 'PERSON').length;
      const orgs = a.actors.filter((x) => x.type === 'ORG').length;
      const places = a.actors.filter((x) => x.type === 'GPE' || x.type === 'LOC').length;
      const claims = state.fresh.statements.length;
      this._item.text = `$(person) ${people} $(organization) ${orgs} $(globe) ${places} $(quote) ${claims}`;
      this._item.tooltip = `News Annotator: ${people} people, ${orgs} organizations, ${places} places, ${claims} claims. Click to open the sidebar.`;
      // The annotation file's health comes first: the user must know when work is not being saved.
      const health = state.session?.health;
      if (health && health.kind !== 'ok') {
        const label = health.kind === 'broken' ? 'annotation file unreadable' : health.kind === 'read-only' ? 'annotations read-only' : "annotations not saved";
        this._item.text = `$(warning) ${label} · ${this._item.text}`;
        this._item.tooltip = `${label}: ${health.reason}.${health.kind === 'cannot-save' ? ' Your changes are kept in memory; they are saved with the next change or "Save Annotations".' : ''}`;
      }
    }
    this._item.show();
  }

  /** A file open in a tab that VS Code kept from extensions because of its size gets a clear status. */
  private async _showTooLargeForExtensions(): Promise<boolean> {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (!(input instanceof vscode.TabInputText)) return false;
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === input.uri.toString())) return false;
    try {
      const { size } = await vscode.workspace.fs.stat(input.uri);
      if (size < EXTENSION_SYNC_LIMIT) return false;
      this._item.text = '$(warning) News: file too large';
      this._item.tooltip = `This file is ${(size / 1024 / 1024).toFixed(0)} MB; VS Code does not give files over 50 MB to extensions, so News Annotator cannot analyse it here. Use the command line: news-annotator analyze FILE.`;
      this._item.show();
      return true;
    } catch {
      return false;
    }
  }
}

import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articles/articleRegistry';
import type { ArticleState } from '../articles/articleState';

/** The annotated article the sidebar shows: the active editor's, else the last one that was active. */
export class ActiveArticle implements vscode.Disposable {
  private _state: ArticleState | undefined;
  private readonly _onDidChange = new vscode.EventEmitter<ArticleState | undefined>();
  private readonly _disposables: vscode.Disposable[] = [this._onDidChange];
  /** Fires when the shown article changes or its analysis is updated. */
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly _registry: ArticleRegistry) {
    this._disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this._update()),
      _registry.onDidChange((state) => {
        if (!state || state === this._state) this._update(true);
        else if (state.document === vscode.window.activeTextEditor?.document) this._update();
      }),
    );
    this._update();
  }

  get state(): ArticleState | undefined {
    return this._state && this._registry.get(this._state.uri) === this._state ? this._state : undefined;
  }

  dispose(): void {
    for (const d of this._disposables) d.dispose();
  }

  private _update(force = false): void {
    const editor = vscode.window.activeTextEditor;
    const candidate = editor ? this._registry.get(editor.document.uri) : undefined;
    const next = candidate ?? (this._state && this._registry.get(this._state.uri) === this._state ? this._state : undefined);
    if (next !== this._state || force) {
      this._state = next;
      this._onDidChange.fire(next);
    }
  }
}

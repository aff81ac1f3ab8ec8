import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articles/articleRegistry';

export const DIAGNOSTIC_SOURCE = 'News Annotator';

/** Orphaned annotations (text not found after the article changed) in the Problems panel, never silently moved. */
export class OrphanDiagnostics implements vscode.Disposable {
  private readonly _collection = vscode.languages.createDiagnosticCollection('newsAnnotator');
  private readonly _subscription: vscode.Disposable;

  constructor(private readonly _registry: ArticleRegistry) {
    this._subscription = _registry.onDidChange((state) => {
      for (const s of state ? [state] : _registry.all) this._update(s.document, s.current?.orphans ?? []);
    });
  }

  dispose(): void {
    this._subscription.dispose();
    this._collection.dispose();
  }

  private _update(document: vscode.TextDocument, orphans: readonly { kind: string; id: string; anchor: { start: number; end: number; exact: string; state?: string } }[]): void {
    const length = orphans.length ? document.getText().length : 0;
    this._collection.set(document.uri, orphans.map((o) => {
      const start = Math.min(o.anchor.start, length);
      const range = new vscode.Range(document.positionAt(start), document.positionAt(start));
      const quote = o.anchor.exact.replace(/\s+/g, ' ');
      const d = new vscode.Diagnostic(range, `${o.kind === 'claim' ? 'Claim' : 'Entity'} annotation ${o.anchor.state === 'review' ? 'needs review' : 'could not be placed'}: “${quote.length > 80 ? quote.slice(0, 79) + '…' : quote}”. Re-attach it with a quick fix (a place that has its text) or by selecting its text and running "Re-attach Annotation", or delete it.`, vscode.DiagnosticSeverity.Warning);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = o.id;
      return d;
    }));
  }
}

import type * as vscode from 'vscode';
import type { AnalysisIndex } from '../../core/analysisIndex';

export type ArticleStatus =
  | { readonly kind: 'analyzing' }
  | { readonly kind: 'ready'; readonly ms: number }
  | { readonly kind: 'too-large'; readonly length: number; readonly limit: number }
  | { readonly kind: 'failed'; readonly message: string };

/** One annotated document: the latest analysis that matches a version of it, and where analysis stands. */
export class ArticleState {
  /** The analysis and the document version it was computed for. */
  current: { readonly version: number; readonly index: AnalysisIndex } | undefined;
  status: ArticleStatus = { kind: 'analyzing' };

  constructor(readonly document: vscode.TextDocument) {}

  get uri(): vscode.Uri { return this.document.uri; }

  /** The analysis if it is for the document as it is now; stale analyses are never used for offsets. */
  get fresh(): AnalysisIndex | undefined {
    return this.current && this.current.version === this.document.version ? this.current.index : undefined;
  }
}

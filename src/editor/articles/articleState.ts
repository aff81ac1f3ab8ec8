import type * as vscode from 'vscode';
import { AnalysisIndex } from '../../core/analysisIndex';
import { applyUserAnnotations } from '../../core/overlay/applyUserAnnotations';
import type { OrphanRecord } from '../../core/overlay/applyUserAnnotations';
import type { Analysis, Span } from '../../core/types';
import type { SidecarSession } from '../sidecar/sidecarSession';

export type ArticleStatus =
  | { readonly kind: 'analyzing' }
  | { readonly kind: 'ready'; readonly ms: number }
  | { readonly kind: 'too-large'; readonly length: number; readonly limit: number }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * One annotated document: the automatic analysis of a version of it, the user's annotations (sidecar session),
 * and the index over both that every view reads.
 */
export class ArticleState {
  /** The automatic analysis and the document version it was computed for. */
  auto: { readonly version: number; readonly analysis: Analysis } | undefined;
  /** Automatic analysis with the user's decisions applied, for `auto.version`. */
  current: { readonly version: number; readonly index: AnalysisIndex; readonly orphans: readonly OrphanRecord[] } | undefined;
  status: ArticleStatus = { kind: 'analyzing' };
  /** A first analysis of the visible part of a long article, drawn until the whole one arrives. */
  preview: { readonly version: number; readonly index: AnalysisIndex; readonly window: Span } | undefined;

  constructor(readonly document: vscode.TextDocument, readonly session: SidecarSession | undefined) {}

  /** Rebuilds the view of the article from the automatic analysis and the sidecar (when both match the text). */
  refresh(): void {
    if (!this.auto || this.auto.version !== this.document.version) return;
    const annotated = this._annotated(this.auto.analysis);
    this.current = { version: this.auto.version, index: new AnalysisIndex(annotated), orphans: annotated.orphans };
  }

  /** Keeps the analysis of a window of the text (offsets already in whole-document coordinates). */
  setPreview(version: number, analysis: Analysis, window: Span): void {
    if (version !== this.document.version) return;
    const annotated = this._annotated(analysis);
    this.preview = { version, index: new AnalysisIndex(annotated), window };
  }

  get uri(): vscode.Uri { return this.document.uri; }

  private _annotated(analysis: Analysis): ReturnType<typeof applyUserAnnotations> {
    const sidecar = this.session?.sidecar;
    // getText() joins every line of the document: only when there are user annotations to place.
    return sidecar ? applyUserAnnotations(analysis, sidecar, this.document.getText()) : { ...analysis, orphans: [] };
  }

  /** What to draw now: the whole analysis when fresh, else a preview of this version (decorations only). */
  get drawable(): { readonly index: AnalysisIndex; readonly partial: boolean } | undefined {
    const fresh = this.fresh;
    if (fresh) return { index: fresh, partial: false };
    const p = this.preview;
    return p && p.version === this.document.version ? { index: p.index, partial: true } : undefined;
  }

  /** The analysis if it is for the document as it is now; stale analyses are never used for offsets. */
  get fresh(): AnalysisIndex | undefined {
    return this.current && this.current.version === this.document.version ? this.current.index : undefined;
  }
}

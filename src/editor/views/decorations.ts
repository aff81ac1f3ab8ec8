import * as vscode from 'vscode';
import type { EntityType, Span } from '../../core/types';
import { ENTITY_TYPES } from '../../core/types';
import type { ArticleRegistry } from '../articles/articleRegistry';
import type { NewsAnnotatorConfig } from '../config';

/** Above this many entities only the visible part of an editor (plus a margin) is decorated. */
const DECORATE_ALL_LIMIT = 5000;
const MARGIN_LINES = 100;

/** What was last drawn in an editor, as offsets; read by tests through the extension API. */
export interface DecorationSnapshot {
  readonly version: number;
  readonly entities: Readonly<Record<string, readonly Span[]>>;
  readonly claims: readonly Span[];
  readonly speakers: readonly Span[];
  /** True while only a preview of a long article (the part around the visible lines) is drawn. */
  readonly partial: boolean;
}

/**
 * Highlights entities by type, claims with a dotted underline and speaker mentions with a border, in visible
 * editors only. Decoration types are created once (themeable colours contributed in package.json) and
 * cleared with empty arrays, never recreated.
 */
export class EntityDecorations implements vscode.Disposable {
  private readonly _types = new Map<EntityType, vscode.TextEditorDecorationType>();
  private readonly _claimType: vscode.TextEditorDecorationType;
  private readonly _speakerType: vscode.TextEditorDecorationType;
  private readonly _snapshots = new WeakMap<vscode.TextEditor, DecorationSnapshot>();
  private readonly _disposables: vscode.Disposable[] = [];
  private _scrollTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly _registry: ArticleRegistry, private _config: NewsAnnotatorConfig) {
    for (const type of ENTITY_TYPES) {
      const t = vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(`newsAnnotator.entity.${type.toLowerCase()}Background`),
        borderRadius: '2px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this._types.set(type, t);
      this._disposables.push(t);
    }
    this._claimType = vscode.window.createTextEditorDecorationType({
      textDecoration: 'underline dotted',
      overviewRulerColor: new vscode.ThemeColor('newsAnnotator.claimOverviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this._speakerType = vscode.window.createTextEditorDecorationType({
      border: '1px solid',
      borderColor: new vscode.ThemeColor('newsAnnotator.speakerBorder'),
      borderRadius: '2px',
    });
    this._disposables.push(
      this._claimType,
      this._speakerType,
      _registry.onDidChange((state) => this._renderWhere((doc) => !state || doc === state.document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this._renderWhere(() => true)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this._onScroll(e.textEditor)),
    );
    this._renderWhere(() => true);
  }

  snapshot(editor: vscode.TextEditor): DecorationSnapshot | undefined {
    return this._snapshots.get(editor);
  }

  updateConfig(config: NewsAnnotatorConfig): void {
    this._config = config;
    this._renderWhere(() => true);
  }

  dispose(): void {
    clearTimeout(this._scrollTimer);
    for (const d of this._disposables) d.dispose();
  }

  private _onScroll(editor: vscode.TextEditor): void {
    const index = this._registry.get(editor.document.uri)?.fresh;
    if (!index || index.entities.length <= DECORATE_ALL_LIMIT) return;
    clearTimeout(this._scrollTimer);
    this._scrollTimer = setTimeout(() => this._render(editor), 50);
  }

  private _renderWhere(filter: (doc: vscode.TextDocument) => boolean): void {
    for (const editor of vscode.window.visibleTextEditors) if (filter(editor.document)) this._render(editor);
  }

  private _render(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const state = this._registry.get(doc.uri);
    const drawable = state?.drawable;
    if (!drawable) {
      // Not annotated (clear), or analysis pending for a newer version: keep what VS Code already shifted.
      if (!state) this._clear(editor);
      return;
    }
    const index = drawable.index;
    const window = index.entities.length > DECORATE_ALL_LIMIT ? visibleWindow(editor) : undefined;
    const inWindow = (s: Span): boolean => !window || (s.end >= window.start && s.start <= window.end);
    const enabled = new Set(this._config.highlightTypes);
    const byType = new Map<EntityType, Span[]>();
    for (const e of window ? index.entitiesIn(window.start, window.end) : index.entities) {
      if (!enabled.has(e.type)) continue;
      const list = byType.get(e.type) ?? [];
      list.push(e);
      byType.set(e.type, list);
    }
    const toRange = (s: Span): vscode.Range => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    for (const [type, decorationType] of this._types) editor.setDecorations(decorationType, (byType.get(type) ?? []).map(toRange));
    const claims = this._config.showClaims ? index.claims.filter(inWindow) : [];
    const speakers = claims.flatMap((c) => (c.speakerSpan ? [c.speakerSpan] : []));
    editor.setDecorations(this._claimType, claims.map(toRange));
    editor.setDecorations(this._speakerType, speakers.map(toRange));
    this._snapshots.set(editor, {
      version: doc.version,
      entities: Object.fromEntries([...byType].map(([t, spans]) => [t, spans.map(({ start, end }) => ({ start, end }))])),
      claims: claims.map(({ start, end }) => ({ start, end })),
      speakers: speakers.map(({ start, end }) => ({ start, end })),
      partial: drawable.partial,
    });
  }

  private _clear(editor: vscode.TextEditor): void {
    for (const t of this._types.values()) editor.setDecorations(t, []);
    editor.setDecorations(this._claimType, []);
    editor.setDecorations(this._speakerType, []);
    this._snapshots.delete(editor);
  }
}

function visibleWindow(editor: vscode.TextEditor): Span {
  const doc = editor.document;
  const ranges = editor.visibleRanges;
  const first = ranges.length ? ranges[0].start.line : 0;
  const last = ranges.length ? ranges[ranges.length - 1].end.line : 0;
  const startLine = Math.max(0, first - MARGIN_LINES);
  const endLine = Math.min(doc.lineCount - 1, last + MARGIN_LINES);
  return { start: doc.offsetAt(new vscode.Position(startLine, 0)), end: doc.offsetAt(doc.lineAt(endLine).range.end) };
}

import * as vscode from 'vscode';
import { SidecarSession } from '../sidecar/sidecarSession';
import { sidecarUriFor } from '../sidecar/sidecarFiles';
import type { NewsAnnotatorConfig } from '../config';
import { PREVIEW_MIN_LENGTH, PREVIEW_WINDOW_LENGTH, previewWindow, shiftAnalysis } from '../../core/previewWindow';
import type { AnalysisClient } from './analysisClient';
import { ArticleState } from './articleState';
import type { ArticleFormat } from '../../core/text/markdown';
import type { ArticleTextStore } from '../../storage/articleTextStore';

const TOGGLED_KEY = 'newsAnnotator.toggledDocuments';

/**
 * Owns the per-document state of every annotated article: decides which documents are annotated, analyses
 * them (at once on open, debounced while typing), drops results for stale versions, and fires one change
 * event that decorations, hovers, trees and the status bar all listen to.
 */
/** How long a request for the analysis waits for the annotation file's first read. */
const SIDECAR_WAIT_MS = 3000;

export class ArticleRegistry implements vscode.Disposable {
  private readonly _states = new Map<string, ArticleState>();
  private readonly _timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly _inFlight = new Map<string, Promise<void>>();
  private readonly _waiters = new Map<string, Array<() => void>>();
  private readonly _toggled: Map<string, boolean>;
  private readonly _onDidChange = new vscode.EventEmitter<ArticleState | undefined>();
  private readonly _disposables: vscode.Disposable[] = [this._onDidChange];

  /** Fires with the state that changed, or undefined when the set of annotated documents changed. */
  readonly onDidChange = this._onDidChange.event;

  constructor(
    private readonly _client: AnalysisClient,
    private _config: NewsAnnotatorConfig,
    private readonly _memento: vscode.Memento,
    private readonly _texts?: ArticleTextStore,
  ) {
    this._toggled = new Map(Object.entries(_memento.get<Record<string, boolean>>(TOGGLED_KEY, {})));
    this._disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this._consider(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this._forget(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const state = this._states.get(key(e.document.uri));
        if (e.contentChanges.length === 0 || !state) return;
        state.session?.shift(e.contentChanges);
        this._schedule(e.document, this._config.debounceMs);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this._states.get(key(d.uri))?.session?.onArticleSaved()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this._onDidChange.fire(undefined)),
    );
    for (const d of vscode.workspace.textDocuments) this._consider(d);
  }

  get(uri: vscode.Uri): ArticleState | undefined {
    return this._states.get(key(uri));
  }

  get all(): readonly ArticleState[] {
    return [...this._states.values()];
  }

  isAnnotated(document: vscode.TextDocument): boolean {
    const toggled = this._toggled.get(key(document.uri));
    if (toggled !== undefined) return toggled;
    if (document.languageId === 'news-article') return true;
    if (document.languageId === 'plaintext') return this._config.enablePlainText;
    if (document.languageId === 'markdown') return this._config.enableMarkdown;
    return false;
  }

  /** Turns annotation of one document on or off (remembered for the workspace). */
  async toggle(document: vscode.TextDocument): Promise<boolean> {
    const on = !this.isAnnotated(document);
    this._toggled.set(key(document.uri), on);
    await this._memento.update(TOGGLED_KEY, Object.fromEntries(this._toggled));
    if (on) this._consider(document);
    else this._forget(document.uri);
    return on;
  }

  updateConfig(config: NewsAnnotatorConfig): void {
    this._config = config;
    for (const d of vscode.workspace.textDocuments) {
      if (this.isAnnotated(d)) this._consider(d);
      else this._forget(d.uri);
    }
    for (const s of this._states.values()) this._schedule(s.document, 0);
  }

  /** Resolves with the state once its analysis matches the document's current version (or cannot). */
  async whenFresh(document: vscode.TextDocument): Promise<ArticleState | undefined> {
    // The user's annotations first: an analysis that arrives before the annotation file is read lacks them. Not for
    // ever: a file system that never answers leaves the analysis without them rather than hangs hovers and commands.
    const loaded = this._states.get(key(document.uri))?.session?.loaded;
    if (loaded) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([loaded.catch(() => undefined), new Promise<void>((r) => { timer = setTimeout(r, SIDECAR_WAIT_MS); })]);
      clearTimeout(timer);
    }
    for (let attempt = 0; attempt < 20; attempt++) {
      const state = this._states.get(key(document.uri));
      if (!state) return undefined;
      if (state.fresh || state.status.kind === 'too-large' || state.status.kind === 'failed') return state;
      await new Promise<void>((resolve) => {
        const list = this._waiters.get(key(document.uri)) ?? [];
        list.push(resolve);
        this._waiters.set(key(document.uri), list);
      });
    }
    return this._states.get(key(document.uri));
  }

  dispose(): void {
    for (const t of this._timers.values()) clearTimeout(t);
    for (const s of this._states.values()) s.session?.dispose();
    for (const d of this._disposables) d.dispose();
  }

  /** The state whose sidecar is `uri` (for the file watcher). */
  bySidecar(uri: vscode.Uri): ArticleState | undefined {
    return [...this._states.values()].find((s) => s.session?.uri.toString() === uri.toString());
  }

  private _consider(document: vscode.TextDocument): void {
    if (!this.isAnnotated(document) || this._states.has(key(document.uri))) return;
    const sidecarUri = sidecarUriFor(document.uri);
    const session = sidecarUri && new SidecarSession(sidecarUri, document, () => vscode.workspace.isTrusted, this._texts);
    const state = new ArticleState(document, session);
    if (session) {
      session.onDidChange(() => {
        if (this._states.get(key(document.uri)) !== state) return;
        state.refresh();
        this._settle(state);
      });
    }
    this._states.set(key(document.uri), state);
    this._onDidChange.fire(undefined);
    this._schedule(document, 0);
  }

  private _forget(uri: vscode.Uri): void {
    const k = key(uri);
    clearTimeout(this._timers.get(k));
    this._timers.delete(k);
    this._states.get(k)?.session?.dispose();
    if (this._states.delete(k)) this._onDidChange.fire(undefined);
    this._wake(k);
  }

  private _schedule(document: vscode.TextDocument, delay: number): void {
    const k = key(document.uri);
    clearTimeout(this._timers.get(k));
    this._timers.set(k, setTimeout(() => {
      this._timers.delete(k);
      void this._run(document);
    }, delay));
  }

  private async _run(document: vscode.TextDocument): Promise<void> {
    const k = key(document.uri);
    const state = this._states.get(k);
    if (!state) return;
    if (this._inFlight.has(k)) return; // its completion reschedules if the version moved on
    const text = document.getText(); // joins every line: once per analysis
    const length = text.length;
    if (length > this._config.maxArticleLength) {
      state.status = { kind: 'too-large', length, limit: this._config.maxArticleLength };
      state.current = undefined;
      state.auto = undefined;
      this._settle(state);
      return;
    }
    const version = document.version;
    const t0 = Date.now();
    if (length >= PREVIEW_MIN_LENGTH && !state.current) this._preview(state, text, version);
    const run = this._client.analyze(text, formatOf(document)).then(
      (analysis) => {
        if (this._states.get(k) !== state) return; // closed or toggled off meanwhile
        if (document.version !== version) return; // stale: a newer version is (or will be) scheduled
        state.auto = { version, analysis };
        state.preview = undefined;
        state.refresh();
        state.status = { kind: 'ready', ms: Date.now() - t0 };
        this._settle(state);
      },
      (e: unknown) => {
        if (this._states.get(k) !== state) return;
        state.status = { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
        this._settle(state);
      },
    ).finally(() => {
      this._inFlight.delete(k);
      if (this._states.get(k) === state && document.version !== version && !this._timers.has(k)) this._schedule(document, 0);
    });
    this._inFlight.set(k, run);
    await run;
  }

  /** Analyses the visible part of a long article first (the worker answers in order, so this comes first). */
  private _preview(state: ArticleState, text: string, version: number): void {
    const document = state.document;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const top = editor?.visibleRanges[0] ? document.offsetAt(editor.visibleRanges[0].start) : 0;
    const window = previewWindow(text, top + Math.floor(PREVIEW_WINDOW_LENGTH / 3));
    this._client.analyze(text.slice(window.start, window.end), formatOf(document)).then((analysis) => {
      if (this._states.get(key(document.uri)) !== state || state.current || document.version !== version) return;
      state.setPreview(version, shiftAnalysis(analysis, window.start), window);
      this._onDidChange.fire(state);
    }, () => undefined); // the whole analysis reports failures
  }

  private _settle(state: ArticleState): void {
    this._onDidChange.fire(state);
    this._wake(key(state.uri));
  }

  private _wake(k: string): void {
    const list = this._waiters.get(k);
    this._waiters.delete(k);
    for (const resolve of list ?? []) resolve();
  }
}

/** Markdown is read as the prose it renders to; other articles as they are. */
function formatOf(document: vscode.TextDocument): ArticleFormat {
  return document.languageId === 'markdown' ? 'markdown' : 'plain';
}

function key(uri: vscode.Uri): string {
  return uri.toString();
}

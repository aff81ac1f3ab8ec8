import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, groupedEntities, withClaims } from '../analyze';
import { inSource } from '../proseSource';
import { unpackClaims } from '../analysisCodec';
import { extractClaims } from '../claims';
import type { ClaimCandidate } from '../claims';
import { markdownProse } from '../text/markdown';
import type { ArticleFormat } from '../text/markdown';
import { splitSentences } from '../text/sentences';
import { tokenize } from '../text/tokenize';
import type { Analysis } from '../types';
import { packRequest } from './claimsRequest';
import type { ClaimsRequest } from './claimsRequest';
import type { ClaimsResponse } from './claimsWorker';

/**
 * Below this many characters a second thread saves little and costs CPU (bench/analyze-parallel.ts, CLI on this
 * 2-core VM: wall −2…−4 % at 200,000–500,000 characters for +15–20 % CPU; −15 % from 1,000,000 up).
 */
export const PARALLEL_MIN_CHARS = 500_000;

export interface ParallelAnalyzerOptions {
  /** The claims worker script; by default claimsWorker.js next to this file (out/ or dist/). */
  readonly workerPath?: string;
  readonly minChars?: number;
  /** An idle worker stops after this long (its models take memory); the next long text starts it again. */
  readonly idleMs?: number;
  /** The least time to wait for the worker once this thread's own stages are done (see _giveUpAfter). */
  readonly minWaitMs?: number;
}

type Waiter = (claims: Int32Array | null) => void;
type Grouped = Pick<Analysis, 'entities' | 'actors'>;
type OnGrouped = (a: Grouped) => void;

/**
 * analyzeText with the claims stage on one long-lived worker thread, in parallel with the entity tagger and the
 * actor grouping on this thread (claims need no entities). The output is analyzeText's, byte for byte. If the worker
 * cannot start or fails, the claims are computed here instead: slower, never lost.
 */
export class ParallelAnalyzer {
  private _worker: Worker | undefined;
  private _broken = false;
  private _nextId = 1;
  private readonly _waiting = new Map<number, Waiter>();
  private readonly _workerPath: string;
  private readonly _minChars: number;
  private readonly _idleMs: number;
  private readonly _minWaitMs: number;
  private _idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ParallelAnalyzerOptions = {}) {
    this._workerPath = options.workerPath ?? join(__dirname, 'claimsWorker.js');
    this._minChars = options.minChars ?? PARALLEL_MIN_CHARS;
    this._idleMs = options.idleMs ?? 60_000;
    this._minWaitMs = options.minWaitMs ?? 1000;
  }

  /** Whether a claims worker is running now. */
  get workerRunning(): boolean {
    return this._worker !== undefined;
  }

  /**
   * `onGrouped` is called with the final entities and actors as soon as they are known, while the worker may still
   * be finding the claims (the CLI writes their JSON meanwhile); only for a text long enough for the worker.
   * A Markdown text is analysed as its prose, as analyzeText does.
   */
  async analyze(text: string, onGrouped?: OnGrouped, format: ArticleFormat = 'plain'): Promise<Analysis> {
    if (format === 'markdown') {
      const prose = markdownProse(text);
      const grouped = onGrouped && ((a: Grouped) => onGrouped(inSource(text, prose, a)));
      return inSource(text, prose, await this.analyze(prose.text, grouped));
    }
    const worker = text.length >= this._minChars ? this._ensureWorker() : undefined;
    if (!worker) return analyzeText(text);
    const started = performance.now();
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const id = this._nextId++;
    const remote = this._requestClaims(worker, ...packRequest(id, text, tokens, sentences));
    const stages = groupedEntities(text, tokens, sentences); // runs while the worker extracts the claims
    // Speaker resolution changes neither: withClaims returns these very lists.
    onGrouped?.({ entities: stages.grouping.entities, actors: stages.grouping.actors });
    this._giveUpAfter(id, Math.max(this._minWaitMs, performance.now() - started));
    const packed = await remote;
    // Packed without actors, so every speaker comes back null, as a ClaimCandidate's is.
    const claims = packed ? unpackClaims(packed, text) as ClaimCandidate[] : extractClaims(text, stages.tokens, stages.sentences);
    return withClaims(text, stages, claims);
  }

  /**
   * The worker runs at the lowest priority, so on a machine busy with other work it can starve. If it has not
   * answered by the time this thread has waited as long again as its own stages took, it is stopped, the claims are
   * found here, and this analyzer keeps to one thread from then on: at worst about twice the one-thread time once,
   * never a hang.
   */
  private _giveUpAfter(id: number, ms: number): void {
    if (!this._waiting.has(id)) return;
    const timer = setTimeout(() => { if (this._waiting.has(id)) { this._broken = true; this.dispose(); } }, ms);
    const waiter = this._waiting.get(id)!;
    this._waiting.set(id, (claims) => { clearTimeout(timer); waiter(claims); });
  }

  /** Stops the worker; later calls start a new one. */
  dispose(): void {
    clearTimeout(this._idleTimer);
    const worker = this._worker;
    this._worker = undefined;
    this._settleAll();
    void worker?.terminate();
  }

  /** The worker's packed claims, or null when it failed (the promise never rejects: a failure means "compute here"). */
  private _requestClaims(worker: Worker, request: ClaimsRequest, transfer: ArrayBuffer[]): Promise<Int32Array | null> {
    clearTimeout(this._idleTimer);
    const answer = new Promise<Int32Array | null>((resolve) => this._waiting.set(request.id, resolve));
    worker.ref(); // keeps the process alive until the answer arrives
    worker.postMessage(request, transfer);
    return answer;
  }

  private _ensureWorker(): Worker | undefined {
    if (this._worker || this._broken) return this._worker;
    if (!existsSync(this._workerPath)) { this._broken = true; return undefined; }
    try {
      const worker = new Worker(this._workerPath);
      worker.on('message', (r: ClaimsResponse) => this._settle(r.id, 'claims' in r ? r.claims : null));
      worker.on('error', () => { this._broken = true; this._settleAll(); });
      worker.on('exit', () => { if (this._worker === worker) { this._worker = undefined; this._settleAll(); } });
      worker.unref();
      this._worker = worker;
    } catch {
      this._broken = true;
    }
    return this._worker;
  }

  private _settle(id: number, claims: Int32Array | null): void {
    const waiter = this._waiting.get(id);
    this._waiting.delete(id);
    if (this._waiting.size === 0 && this._worker) {
      this._worker.unref(); // an idle worker does not hold the process open
      this._idleTimer = setTimeout(() => this.dispose(), this._idleMs);
      this._idleTimer.unref();
    }
    waiter?.(claims);
  }

  private _settleAll(): void {
    const waiters = [...this._waiting.values()];
    this._waiting.clear();
    for (const w of waiters) w(null);
  }
}

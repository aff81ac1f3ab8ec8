import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, groupedEntities, withClaims } from '../analyze';
import type { EntityStages } from '../analyze';
import { packEntities, unpackClaims } from '../analysisCodec';
import type { SpeakerlessJson } from '../claimsJson';
import { withSpeakers } from '../claimsJson';
import { extractClaims } from '../claims';
import type { ClaimCandidate } from '../claims';
import { splitSentences } from '../text/sentences';
import { tokenize } from '../text/tokenize';
import type { Analysis } from '../types';
import type { ClaimsRequest, ClaimsResponse, EntitiesJsonRequest } from './claimsWorker';

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
  /** Starts the worker thread for a script path; by default `new Worker(path)` (the CLI passes engineFlags.ts's
   *  startWorkerCompilingOnItsOwnThread). */
  readonly startWorker?: (path: string) => Worker;
}

type Waiter = (answer: Int32Array | Uint8Array | SpeakerlessJson | null) => void;

/** An analysis with parts of it already written as JSON, mostly by the worker (see analyzeWithJson). */
export interface AnalysisWithJson {
  readonly analysis: Analysis;
  /** memberJson(analysis.entities, indent) as UTF-8, or null when the caller should write them. */
  readonly entitiesJson: Uint8Array | null;
  /** memberJson(analysis.claims, indent) as UTF-8, or null when the caller should write them. */
  readonly claimsJson: Uint8Array | null;
}

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
  private readonly _startWorker: (path: string) => Worker;
  private _idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ParallelAnalyzerOptions = {}) {
    this._workerPath = options.workerPath ?? join(__dirname, 'claimsWorker.js');
    this._minChars = options.minChars ?? PARALLEL_MIN_CHARS;
    this._idleMs = options.idleMs ?? 60_000;
    this._minWaitMs = options.minWaitMs ?? 1000;
    this._startWorker = options.startWorker ?? ((path) => new Worker(path));
  }

  /** Whether a claims worker is running now. */
  get workerRunning(): boolean {
    return this._worker !== undefined;
  }

  async analyze(text: string): Promise<Analysis> {
    return (await this._analyze(text, undefined)).analysis;
  }

  /**
   * analyze(), and for a long text the JSON of its entities and claims (memberJson with `indent`, as UTF-8) written by
   * the worker while this thread groups the actors and resolves the speakers: for a writer of JSON (the CLI), ~20 MB
   * of text fewer to write and encode here after the last stage. Null parts (no worker: a short text, a failure, a
   * busy machine) are for the caller to write.
   */
  analyzeWithJson(text: string, indent: number): Promise<AnalysisWithJson> {
    return this._analyze(text, indent);
  }

  private async _analyze(text: string, jsonIndent: number | undefined): Promise<AnalysisWithJson> {
    const worker = text.length >= this._minChars ? this._ensureWorker() : undefined;
    if (!worker) return { analysis: analyzeText(text), entitiesJson: null, claimsJson: null };
    const started = performance.now();
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const id = this._nextId++;
    const json = jsonIndent === undefined ? undefined : { id: this._nextId++, indent: jsonIndent };
    // The token table crosses as its columns (a structured clone keeps a class instance's own fields, not the class).
    const remote = this._request<Int32Array>(worker, { id, text, tokens, sentences, json });
    const speakerless = json ? this._expect<SpeakerlessJson>(json.id) : null;
    const stages = groupedEntities(text, tokens, sentences); // runs while the worker extracts the claims
    const ownMs = performance.now() - started;
    this._giveUpAfter(id, Math.max(this._minWaitMs, ownMs));
    // A worker that has answered by now is idle: it writes the JSON while this thread resolves the speakers. One that
    // has not is starved or slow (a busy machine): its JSON is not waited for, and it is given no more.
    const idle = json !== undefined && await answeredAlready(remote);
    const entities = json && idle ? this._requestEntitiesJson(worker, text, stages.grouping, json.indent) : null;
    if (json && !idle) this._waiting.delete(json.id);
    const packed = await remote;
    // Packed without actors, so every speaker comes back null, as a ClaimCandidate's is.
    const claims = packed ? unpackClaims(packed, text) as ClaimCandidate[] : extractClaims(text, stages.tokens, stages.sentences);
    const analysis = withClaims(text, stages, claims);
    if (!entities || !speakerless) return { analysis, entitiesJson: null, claimsJson: null };
    this._giveUpAfter(json!.id, Math.max(this._minWaitMs, ownMs));
    this._giveUpAfter(entities.id, Math.max(this._minWaitMs, ownMs));
    const cut = await speakerless;
    return { analysis, entitiesJson: await entities.answer, claimsJson: cut && withSpeakers(cut, analysis.claims) };
  }

  private _requestEntitiesJson(worker: Worker, text: string, grouping: EntityStages['grouping'], indent: number): { id: number; answer: Promise<Uint8Array | null> } {
    const actorIds = grouping.actors.map((a) => a.id);
    const entities = packEntities(grouping.entities, new Map(actorIds.map((a, i) => [a, i])));
    const id = this._nextId++;
    const request: EntitiesJsonRequest = { id, text, entities, actorIds, indent };
    return { id, answer: this._request<Uint8Array>(worker, request, [entities.buffer as ArrayBuffer]) };
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
    this._waiting.set(id, (answer) => { clearTimeout(timer); waiter(answer); });
  }

  /** Stops the worker; later calls start a new one. */
  dispose(): void {
    clearTimeout(this._idleTimer);
    const worker = this._worker;
    this._worker = undefined;
    this._settleAll();
    void worker?.terminate();
  }

  /** The worker's answer, or null when it failed (the promise never rejects: a failure means "compute here"). */
  private _request<T extends Int32Array | Uint8Array>(worker: Worker, request: ClaimsRequest | EntitiesJsonRequest, transfer: ArrayBuffer[] = []): Promise<T | null> {
    const answer = this._expect<T>(request.id);
    worker.ref(); // keeps the process alive until the answer arrives
    worker.postMessage(request, transfer);
    return answer;
  }

  /** The worker's answer under `id` (one request can have several), or null when it failed. */
  private _expect<T extends Int32Array | Uint8Array | SpeakerlessJson>(id: number): Promise<T | null> {
    clearTimeout(this._idleTimer);
    return new Promise<T | null>((resolve) => this._waiting.set(id, resolve as Waiter));
  }

  private _ensureWorker(): Worker | undefined {
    if (this._worker || this._broken) return this._worker;
    if (!existsSync(this._workerPath)) { this._broken = true; return undefined; }
    try {
      const worker = this._startWorker(this._workerPath);
      worker.on('message', (r: ClaimsResponse) => this._settle(r.id, 'claims' in r ? r.claims : 'json' in r ? r.json : 'claimsJson' in r ? r.claimsJson : null));
      worker.on('error', () => { this._broken = true; this._settleAll(); });
      worker.on('exit', () => { if (this._worker === worker) { this._worker = undefined; this._settleAll(); } });
      worker.unref();
      this._worker = worker;
    } catch {
      this._broken = true;
    }
    return this._worker;
  }

  private _settle(id: number, answer: Int32Array | Uint8Array | SpeakerlessJson | null): void {
    const waiter = this._waiting.get(id);
    if (!waiter) return; // an answer no longer waited for (see _analyze)
    this._waiting.delete(id);
    if (this._waiting.size === 0 && this._worker) {
      this._worker.unref(); // an idle worker does not hold the process open
      this._idleTimer = setTimeout(() => this.dispose(), this._idleMs);
      this._idleTimer.unref();
    }
    waiter(answer);
  }

  private _settleAll(): void {
    const waiters = [...this._waiting.values()];
    this._waiting.clear();
    for (const w of waiters) w(null);
  }
}

/** Whether `answer` has settled, once the messages already waiting for this thread have been received. */
async function answeredAlready(answer: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void answer.then(() => { settled = true; });
  await new Promise((resolve) => setImmediate(resolve)); // after the event loop's poll phase, which receives them
  return settled;
}

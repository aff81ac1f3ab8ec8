import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type * as vscode from 'vscode';
import { unpackAnalysisInSlices } from '../../core/analysisCodec';
import type { ArticleFormat } from '../../core/text/markdown';
import type { Analysis } from '../../core/types';
import type { AnalysisRequest, AnalysisResponse } from './analysisWorker';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Pending { readonly text: string; resolve(a: Analysis): void; reject(e: Error): void }

/**
 * Sends texts to one long-lived worker thread (started on first use, so activation stays cheap: the
 * extension bundle does not even contain the tagger) and returns the analyses.
 */
export class AnalysisClient implements vscode.Disposable {
  private _worker: Worker | undefined;
  private _workerBroken = false;
  private _nextId = 1;
  private readonly _pending = new Map<number, Pending>();

  constructor(private readonly _workerPath = join(__dirname, 'analysisWorker.js')) {}

  analyze(text: string, format: ArticleFormat): Promise<Analysis> {
    const worker = this._ensureWorker();
    if (!worker) return Promise.reject(new Error(`the analysis worker could not start (${this._workerPath})`));
    const id = this._nextId++;
    return new Promise<Analysis>((resolve, reject) => {
      this._pending.set(id, { text, resolve, reject });
      worker.postMessage({ id, text, format } satisfies AnalysisRequest);
    });
  }

  /** Starts the worker (and so the model load) ahead of the first request. */
  warmUp(): void {
    this._ensureWorker();
  }

  dispose(): void {
    void this._worker?.terminate();
    this._worker = undefined;
    for (const p of this._pending.values()) p.reject(new Error('analysis stopped'));
    this._pending.clear();
  }

  private _ensureWorker(): Worker | undefined {
    if (this._worker || this._workerBroken) return this._worker;
    if (!existsSync(this._workerPath)) { this._workerBroken = true; return undefined; }
    try {
      const worker = new Worker(this._workerPath);
      worker.on('message', (r: AnalysisResponse) => {
        const p = this._pending.get(r.id);
        if (!p) return;
        this._pending.delete(r.id);
        if ('error' in r) p.reject(new Error(r.error));
        else unpackAnalysisInSlices(r.packed, p.text, yieldToEventLoop).then(p.resolve, p.reject);
      });
      worker.on('error', (e) => this._failAll(e));
      worker.on('exit', () => { if (this._worker === worker) { this._worker = undefined; this._failAll(new Error('analysis worker exited')); } });
      worker.unref();
      this._worker = worker;
    } catch {
      this._workerBroken = true;
    }
    return this._worker;
  }

  private _failAll(e: Error): void {
    for (const p of this._pending.values()) p.reject(e);
    this._pending.clear();
  }
}

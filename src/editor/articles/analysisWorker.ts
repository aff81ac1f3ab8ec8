// Runs the analysis off the extension host's main thread, so a 20 MB article never blocks other extensions; a long
// article's claims stage runs on one more thread (ParallelAnalyzer, dist/claimsWorker.js), in parallel with entities.
// Bundled by esbuild as dist/analysisWorker.js; it must not import `vscode`.
import { parentPort } from 'node:worker_threads';
import { ParallelAnalyzer } from '../../core/parallel/parallelAnalyzer';
import type { PackedAnalysis } from '../../core/analysisCodec';
import type { ArticleFormat } from '../../core/text/markdown';
import { packAnalysis } from '../../core/analysisCodec';

export interface AnalysisRequest { readonly id: number; readonly text: string; readonly format: ArticleFormat }
export type AnalysisResponse =
  | { readonly id: number; readonly packed: PackedAnalysis; readonly ms: number }
  | { readonly id: number; readonly error: string };

const analyzer = new ParallelAnalyzer();

parentPort?.on('message', async (request: AnalysisRequest) => {
  const t0 = performance.now();
  try {
    const packed = packAnalysis(await analyzer.analyze(request.text, undefined, request.format));
    const response: AnalysisResponse = { id: request.id, packed, ms: performance.now() - t0 };
    // Transfer the typed arrays: the extension host receives them without copying or parsing.
    parentPort?.postMessage(response, [packed.entities.buffer as ArrayBuffer, packed.claims.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) } satisfies AnalysisResponse);
  }
});

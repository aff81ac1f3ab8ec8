// Runs analyzeText off the extension host's main thread, so a 20 MB article never blocks other extensions.
// Bundled by esbuild as dist/analysisWorker.js; it must not import `vscode`.
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../../core/analyze';

export interface AnalysisRequest { readonly id: number; readonly text: string }
export type AnalysisResponse =
  | { readonly id: number; readonly analysis: ReturnType<typeof analyzeText>; readonly ms: number }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', (request: AnalysisRequest) => {
  const t0 = performance.now();
  let response: AnalysisResponse;
  try {
    response = { id: request.id, analysis: analyzeText(request.text), ms: performance.now() - t0 };
  } catch (e) {
    response = { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(response);
});

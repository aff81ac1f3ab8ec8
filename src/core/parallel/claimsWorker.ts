// The claims stage on its own thread: tokens, sentences and claims of a text, for parallelAnalyzer.ts.
// Claims need no entities, so they run here while the main thread tags entities and groups actors.
// Bundled by esbuild as dist/claimsWorker.js (next to the CLI and the editor's analysis worker); never imports `vscode`.
import { parentPort } from 'node:worker_threads';
import { packClaims } from '../analysisCodec';
import { extractClaims } from '../claims';
import { splitSentences } from '../text/sentences';
import { tokenize } from '../text/tokenize';

export interface ClaimsRequest { readonly id: number; readonly text: string }
/** The claims packed as numbers (analysisCodec's layout): a structured clone of 28,000 claim objects with their
 *  texts would block the receiving thread ~90 ms; the typed array is transferred and the texts sliced there. */
export type ClaimsResponse =
  | { readonly id: number; readonly claims: Int32Array }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', (request: ClaimsRequest) => {
  try {
    const tokens = tokenize(request.text);
    const claims = packClaims(extractClaims(request.text, tokens, splitSentences(request.text, tokens)));
    parentPort?.postMessage({ id: request.id, claims } satisfies ClaimsResponse, [claims.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) } satisfies ClaimsResponse);
  }
});

// The claims stage on its own thread: tokens, sentences and claims of a text, for parallelAnalyzer.ts.
// Claims need no entities, so they run here while the main thread tags entities and groups actors.
// Bundled by esbuild as dist/claimsWorker.js (next to the CLI and the editor's analysis worker); never imports `vscode`.
import { parentPort } from 'node:worker_threads';
import { extractClaims } from '../claims';
import { splitSentences } from '../text/sentences';
import { tokenize } from '../text/tokenize';
import type { ClaimCandidate } from '../claims';

export interface ClaimsRequest { readonly id: number; readonly text: string }
export type ClaimsResponse =
  | { readonly id: number; readonly claims: readonly ClaimCandidate[] }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', (request: ClaimsRequest) => {
  let response: ClaimsResponse;
  try {
    const tokens = tokenize(request.text);
    response = { id: request.id, claims: extractClaims(request.text, tokens, splitSentences(request.text, tokens)) };
  } catch (e) {
    response = { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(response);
});

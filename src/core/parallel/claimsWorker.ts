// The claims stage on its own thread: the claims of a text, for parallelAnalyzer.ts.
// Claims need no entities, so they run here while the main thread tags entities and groups actors.
// Bundled by esbuild as dist/claimsWorker.js (next to the CLI and the editor's analysis worker); never imports `vscode`.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { packClaims } from '../analysisCodec';
import { extractClaims } from '../claims';
import { requestSentences, requestTokens } from './claimsRequest';
import type { ClaimsRequest } from './claimsRequest';

/** The claims packed as numbers (analysisCodec's layout): a structured clone of 28,000 claim objects with their
 *  texts would block the receiving thread ~90 ms; the typed array is transferred and the texts sliced there. */
export type ClaimsResponse =
  | { readonly id: number; readonly claims: Int32Array }
  | { readonly id: number; readonly error: string };

lowerThisThreadsPriority();

parentPort?.on('message', (request: ClaimsRequest) => {
  try {
    const claims = packClaims(extractClaims(request.text, requestTokens(request), requestSentences(request)));
    parentPort?.postMessage({ id: request.id, claims } satisfies ClaimsResponse, [claims.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) } satisfies ClaimsResponse);
  }
});

/**
 * The claims have time to spare (they are needed only after entities and actors), so this thread asks the OS to run
 * it only when a core is free: on two cores it otherwise slows the entity tagger and V8's compile threads by about
 * as much as it saves. Linux applies a thread id's nice value to that thread alone; elsewhere this does nothing.
 */
function lowerThisThreadsPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 19);
  } catch {
    // not Linux, or not allowed: run at the normal priority
  }
}

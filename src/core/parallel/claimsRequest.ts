// What the main thread sends the claims worker: the text with the tokens and sentences it already found (sending them
// spares the worker ~300 ms of CPU on 5 MB, which on two cores it would take from the sender's entity tagger), as
// flat typed arrays that are transferred, not cloned. A structured clone copied each token column's whole buffer (the
// tokenizer's arrays are over-allocated: 13.5 MB for 5 MB of text) and rebuilt 43,000 sentence objects one by one
// on the worker (~28 ms); the exact-length copies made here are one memcpy each, and the sentences one Int32Array.
import type { Sentence } from '../text/token';
import { Tokens } from '../text/tokens';

export interface ClaimsRequest {
  readonly id: number;
  readonly text: string;
  readonly tokens: TokenColumns;
  /** start, end, firstToken, endToken of each sentence in turn. */
  readonly sentences: Int32Array;
}

/** A Tokens table as plain data (a structured clone drops the class). */
export type TokenColumns = Pick<Tokens, 'length' | 'starts' | 'ends' | 'kinds' | 'ids' | 'strings'>;

/** The request and the buffers to transfer with it (fresh copies: the sender keeps using its own). */
export function packRequest(id: number, text: string, tokens: Tokens, sentences: readonly Sentence[]): [ClaimsRequest, ArrayBuffer[]] {
  const n = tokens.length;
  const columns: TokenColumns = { length: n, starts: tokens.starts.slice(0, n), ends: tokens.ends.slice(0, n),
    kinds: tokens.kinds.slice(0, n), ids: tokens.ids.slice(0, n), strings: tokens.strings };
  const packed = new Int32Array(4 * sentences.length);
  for (let i = 0, k = 0; i < sentences.length; i++) {
    const s = sentences[i];
    packed[k++] = s.start;
    packed[k++] = s.end;
    packed[k++] = s.firstToken;
    packed[k++] = s.endToken;
  }
  const buffers = [columns.starts, columns.ends, columns.kinds, columns.ids, packed].map((a) => a.buffer as ArrayBuffer);
  return [{ id, text, tokens: columns, sentences: packed }, buffers];
}

export function requestTokens(request: ClaimsRequest): Tokens {
  const t = request.tokens;
  return new Tokens(t.length, t.starts, t.ends, t.kinds, t.ids, t.strings);
}

/** The sentences as splitSentences makes them (same fields, same order). */
export function requestSentences(request: ClaimsRequest): Sentence[] {
  const p = request.sentences;
  const sentences: Sentence[] = new Array(p.length / 4);
  for (let i = 0, k = 0; k < p.length; i++, k += 4) sentences[i] = { start: p[k], end: p[k + 1], firstToken: p[k + 2], endToken: p[k + 3] };
  return sentences;
}

// Where each grouped mention is: token ↔ entity maps, and the mention table (parallel typed arrays, one row per
// grouped mention in order of start). Building it is one cheap pass; a mention's clause position is worked out
// only when salience asks for it (position.ts).
import type { Sentence, Token } from '../text/token';
import type { Entity } from '../types';

/** Entity of each token or -1; first and last token of each entity or -1; sentence of each token. */
export interface TokenMaps {
  readonly tokenEntity: Int32Array;
  readonly firstTok: Int32Array;
  readonly lastTok: Int32Array;
  readonly tokenSentence: Int32Array;
}

export function tokenMaps(tokens: readonly Token[], sentences: readonly Sentence[], sorted: readonly Entity[]): TokenMaps {
  const tokenEntity = new Int32Array(tokens.length).fill(-1);
  const firstTok = new Int32Array(sorted.length).fill(-1);
  const lastTok = new Int32Array(sorted.length).fill(-1);
  const tokenSentence = new Int32Array(tokens.length); // made before the loop, which may be compiled on its own
  let t = 0;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    while (t > 0 && tokens[t - 1].end > e.start) t--;
    if (t < tokens.length && tokens[t].end <= e.start) t = firstEndingAfter(tokens, t, e.start);
    for (let k = t; k < tokens.length && tokens[k].start < e.end; k++) {
      if (firstTok[i] < 0) firstTok[i] = k;
      lastTok[i] = k;
      tokenEntity[k] = i;
    }
  }
  for (let si = 0; si < sentences.length; si++) tokenSentence.fill(si, sentences[si].firstToken, sentences[si].endToken);
  return { tokenEntity, firstTok, lastTok, tokenSentence };
}

/** Rows of the mention table: start, end, actor, sorted entity index and sentence of each grouped mention. */
export interface MentionRows {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly actor: Int32Array;
  readonly entity: Int32Array;
  readonly sentence: Int32Array;
}

/** One row per sorted entity that has an actor, in order. */
export function mentionRows(sorted: readonly Entity[], actorOf: Int32Array, sentences: readonly Sentence[], maps: TokenMaps): MentionRows {
  let count = 0;
  for (let i = 0; i < actorOf.length; i++) if (actorOf[i] >= 0) count++;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const actor = new Int32Array(count);
  const entity = new Int32Array(count);
  const sentence = new Int32Array(count);
  for (let i = 0, k = 0; i < sorted.length; i++) {
    const a = actorOf[i];
    if (a < 0) continue;
    const e = sorted[i];
    const ft = maps.firstTok[i];
    start[k] = e.start;
    end[k] = e.end;
    actor[k] = a;
    entity[k] = i;
    sentence[k] = ft < 0 ? sentenceAt(sentences, e.start) : maps.tokenSentence[ft];
    k++;
  }
  return { count, start, end, actor, entity, sentence };
}

/**
 * First token from `t` on that ends after `pos` (token ends increase): galloping then binary search, since the
 * next entity is usually several tokens ahead. Same answer as stepping one token at a time.
 */
function firstEndingAfter(tokens: readonly Token[], t: number, pos: number): number {
  if (t >= tokens.length || tokens[t].end > pos) return t;
  let lo = t; // tokens[lo].end <= pos
  let hi = t + 1;
  for (let step = 1; hi < tokens.length && tokens[hi].end <= pos; step *= 2) { lo = hi; hi = lo + step; }
  if (hi > tokens.length) hi = tokens.length;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid; else hi = mid;
  }
  return hi;
}

export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

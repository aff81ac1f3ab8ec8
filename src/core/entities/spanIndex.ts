// The typed spans of a document as columns (start, end, type, first word's type id): rules that look at every span
// for a few candidates read these typed arrays in order instead of 80 k span objects scattered through memory and
// the token ids at each span's start (on a 5 MB article each such pass costs a cache miss or two per span).

import { ENTITY_TYPES, type EntityType } from '../types';
import type { Span } from './names';

/** Type codes: indices into ENTITY_TYPES. */
export const TYPE_CODE = Object.fromEntries(ENTITY_TYPES.map((t, i) => [t, i])) as Record<EntityType, number>;

export interface SpanIndex {
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** TYPE_CODE of each span, kept in step with the spans by `retype`. */
  readonly type: Uint8Array;
  /** Word-type id (see typeIds.ts) of each span's first word. */
  readonly first: Int32Array;
  /** Indices of the one-word LOC, ORG and GPE spans, ascending. */
  readonly single: Int32Array;
  /** Indices of the one-word MISC spans, ascending. */
  readonly singleMisc: Int32Array;
  /** Indices of the spans of two or more words, DATE left out, ascending. */
  readonly multi: Int32Array;
  /** Indices of the ORG spans of two or more words, ascending. */
  readonly multiOrg: Int32Array;
}

const DATE = TYPE_CODE.DATE, MISC = TYPE_CODE.MISC, ORG = TYPE_CODE.ORG, GPE = TYPE_CODE.GPE, LOC = TYPE_CODE.LOC;

export function indexSpans(spans: readonly Span[], ids: Int32Array): SpanIndex {
  const n = spans.length;
  const start = new Int32Array(n), end = new Int32Array(n), type = new Uint8Array(n), first = new Int32Array(n);
  const single = new Int32Array(n), singleMisc = new Int32Array(n), multi = new Int32Array(n), multiOrg = new Int32Array(n);
  let singles = 0, miscs = 0, multis = 0, orgs = 0;
  for (let k = 0; k < n; k++) {
    const s = spans[k];
    const code = TYPE_CODE[s.type];
    start[k] = s.start;
    end[k] = s.end;
    type[k] = code;
    first[k] = ids[s.start];
    if (code === DATE) continue;
    if (s.end - s.start >= 2) {
      multi[multis++] = k;
      if (code === ORG) multiOrg[orgs++] = k;
    } else if (code === MISC) singleMisc[miscs++] = k;
    else if (code === LOC || code === ORG || code === GPE) single[singles++] = k;
  }
  return {
    start, end, type, first, single: single.subarray(0, singles), singleMisc: singleMisc.subarray(0, miscs),
    multi: multi.subarray(0, multis), multiOrg: multiOrg.subarray(0, orgs),
  };
}

/** Sets span k's type, in the span and in the index (the lists keep the type the span was indexed with). */
export function retype(spans: Span[], index: SpanIndex, k: number, type: EntityType): void {
  spans[k].type = type;
  index.type[k] = TYPE_CODE[type];
}

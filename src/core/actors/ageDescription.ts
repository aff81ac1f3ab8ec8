// "said the 46-year-old", "The 58-year-old former analyst says": a person described by age alone, whom speaker
// resolution takes for the person the text is about (resolve.ts), leaving out whom the quote itself names.
import { firstEndingAfter } from './salience';
import type { MentionTable } from './types';

/** A speaker span that describes a person by age ("the 46-year-old", "The 34-year-old mother of three"). */
export const AGE_DESCRIPTION_RE = /^the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b/i;

/** The actors with a mention inside [start, end): who a quote names is talked about, not talking. */
export function namedWithin(m: MentionTable, start: number, end: number): Set<number> {
  const out = new Set<number>();
  for (let k = firstEndingAfter(m, start); k < m.count && m.start[k] < end; k++) if (m.start[k] >= start) out.add(m.actor[k]);
  return out;
}

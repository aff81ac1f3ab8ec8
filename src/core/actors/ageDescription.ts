// "said the 46-year-old", "The 58-year-old former analyst says": a person described by age alone, whom speaker
// resolution takes for the person the text is about (resolve.ts), leaving out whom the quote itself names.
import { firstEndingAfter } from './salience';
import type { ActorGrouping } from './types';

/** A speaker span that describes a person by age ("the 46-year-old", "The 34-year-old mother of three"). */
export const AGE_DESCRIPTION_RE = /^the\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b/i;

/** Whether an actor is a person not named inside [start, end) (none when start < 0): who a quote names is talked
 * about, not talking. */
export function personNotNamedIn(g: ActorGrouping, start: number, end: number): (a: number) => boolean {
  const m = g.mentions;
  const named = new Set<number>();
  if (start >= 0) for (let k = firstEndingAfter(m, start); k < m.count && m.start[k] < end; k++) if (m.start[k] >= start) named.add(m.actor[k]);
  return (a) => g.actors[a].type === 'PERSON' && !named.has(a);
}

// A speaker span that opens with a name and a comma: "Norway, the largest donor to the Amazon Fund, said" is Norway,
// not the fund its apposition names; "…, Heidelberg, Germany, who was not part of the study, said" (the claims stage
// cut the span at the place closing an apposition) is a person's relative clause, not the country's.
import { firstEndingAfter } from './salience';
import type { ActorGrouping } from './types';

/** Returned when the span's leading place takes a "who": the person before it in the sentence is meant. */
export const PERSON_BEFORE = -2;

const APPOSITION_RE = /^,\s+(?:the|a|an|one)\s/i;
const WHO_RE = /^,\s+who\s/i;

/** The actor of the name opening the span at `start` when an apposition follows it, PERSON_BEFORE, or null. */
export function leadingName(g: ActorGrouping, text: string, start: number, end: number): number | null {
  const m = g.mentions;
  let k = firstEndingAfter(m, start);
  while (k < m.count && m.start[k] < start) k++;
  if (k >= m.count || m.start[k] !== start || m.end[k] >= end) return null;
  const after = text.slice(m.end[k], Math.min(end, m.end[k] + 8));
  const type = g.actors[m.actor[k]].type;
  if (WHO_RE.test(after)) return type === 'GPE' || type === 'LOC' ? PERSON_BEFORE : null;
  return APPOSITION_RE.test(after) && type !== 'PERSON' ? m.actor[k] : null;
}

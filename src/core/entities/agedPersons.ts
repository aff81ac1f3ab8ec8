// "Saka, 23, said …", "Mercy Wanjiku, 24, a student": a name with an age between commas is a person, whatever the
// tagger made of it (a footballer among club names was an ORG, and every mention followed it).
import type { Span } from './names';

const AGE_RE = /^\d{1,3}$/;

/**
 * Retypes 1–3-word ORG, MISC or LOC spans followed by ", <age>," (1–110) to PERSON, in place, and every other such
 * span ending in the same word (the headline's "Saka", the full "Bukayo Saka").
 */
export function agedPersons(words: readonly string[], spans: Span[]): void {
  const surnames = new Set<string>();
  // Indexed loops: the rule runs once per document, mostly unoptimised, where for-of allocates per span (names.ts).
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.end < words.length && words[s.end] === ',' && retypable(s) && agedAt(words, s.end)) surnames.add(words[s.end - 1]);
  }
  if (surnames.size === 0) return;
  for (let k = 0; k < spans.length; k++) if (retypable(spans[k]) && surnames.has(words[spans[k].end - 1])) spans[k].type = 'PERSON';
}

function retypable(s: Span): boolean {
  return (s.type === 'ORG' || s.type === 'MISC' || s.type === 'LOC') && s.end - s.start <= 3;
}

/** Whether ", <age>," follows at token i. */
function agedAt(words: readonly string[], i: number): boolean {
  if (i + 2 >= words.length || words[i] !== ',' || words[i + 2] !== ',' || !AGE_RE.test(words[i + 1])) return false;
  const age = Number(words[i + 1]);
  return age >= 1 && age <= 110;
}

// "the Clintons", "the Khans": a family named by the plural of a surname the article gives a person. The tagger
// reads such plurals as anything (MISC 38 of 46 "Clintons" in the corpus, LOC "the Khans").

import type { Span } from './names';

/**
 * Retypes as PERSON every one-word span after "the" whose word is "<surname>s" or "<surname>es", where <surname> is
 * the last word of a person's name of two or more words in the document.
 */
export function familyNames(words: readonly string[], spans: Span[]): void {
  let surnames: Set<string> | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type === 'PERSON' && s.end - s.start >= 2) (surnames ??= new Set()).add(words[s.end - 1]);
  }
  if (!surnames) return;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type === 'PERSON' || s.end - s.start !== 1 || s.start === 0) continue;
    const w = words[s.start];
    const before = words[s.start - 1];
    if (!w.endsWith('s') || (before !== 'the' && before !== 'The')) continue;
    if (surnames.has(w.slice(0, -1)) || (w.endsWith('es') && surnames.has(w.slice(0, -2)))) s.type = 'PERSON';
  }
}

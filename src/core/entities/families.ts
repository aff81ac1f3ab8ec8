// "the Clintons", "the Khans": a family named by the plural of a surname the article gives a person. The tagger
// reads such plurals as anything (MISC 38 of 46 "Clintons" in the corpus, LOC "the Khans").

import type { Span } from './names';

/**
 * Retypes as PERSON every one-word span after "the" whose word is "<surname>s" or "<surname>es", where <surname> is
 * the last word of a person's name of two or more words in the document. One pass over the spans (it runs once per
 * document, mostly before V8 optimises it): the few candidates are settled after it.
 */
export function familyNames(words: readonly string[], spans: Span[]): void {
  const surnames = new Set<string>();
  const candidates: number[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type === 'PERSON') {
      if (s.end - s.start >= 2) surnames.add(words[s.end - 1]);
    } else if (s.end - s.start === 1 && s.start > 0 && words[s.start].endsWith('s')) {
      const before = words[s.start - 1];
      if (before === 'the' || before === 'The') candidates.push(k);
    }
  }
  for (const k of candidates) {
    const w = words[spans[k].start];
    if (surnames.has(w.slice(0, -1)) || (w.endsWith('es') && surnames.has(w.slice(0, -2)))) spans[k].type = 'PERSON';
  }
}

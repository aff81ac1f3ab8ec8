// "the Republican National Committee ... the RNC": an acronym of an organisation the document names in full is that
// organisation, though no parentheses define it (applyAcronyms in rules.ts needs "Name (ACR)").

import type { Span } from './names';
import { internWords, typeCount } from './typeIds';
import { isCapitalized } from './word';

/** Words an acronym skips ("Federal Bureau of Investigation": FBI). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'al']);
const ACRONYM = /^[A-Z]{2,6}$/;

/** Initials of a name whose every other word is capitalised ("Black Lives Matter": BLM); '' otherwise. */
function initialsOf(words: readonly string[], start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const w = words[i];
    if (CONNECTORS.has(w.toLowerCase())) continue;
    if (!isCapitalized(w)) return '';
    for (const part of w.split('-')) if (part) s += part[0].toUpperCase();
  }
  return s.length >= 2 ? s : '';
}

/**
 * One-word LOC, MISC or PERSON spans that are the initials of an ORG name of two or more words in the document become
 * ORG. `ids`/`typeTexts`: word-type ids of `words` and the text of each type (see typeIds.ts).
 */
export function spelledOutAcronyms(words: readonly string[], spans: Span[], ids: Int32Array = internWords(words),
  typeTexts?: readonly string[]): void {
  const types = typeTexts ? typeTexts.length : typeCount(ids);
  // Per word type: 0 unseen, 1 not an acronym, 2 an acronym spelled out in the document.
  const state = new Uint8Array(types);
  let names: Set<string> | null = null;
  for (const s of spans) {
    if (s.end - s.start !== 1 || (s.type !== 'LOC' && s.type !== 'MISC' && s.type !== 'PERSON')) continue;
    const t = ids[s.start];
    if (state[t] === 0) {
      const w = words[s.start];
      let spelled = false;
      if (ACRONYM.test(w)) {
        names ??= orgInitials(words, spans);
        spelled = names.has(w);
      }
      state[t] = spelled ? 2 : 1;
    }
    if (state[t] === 2) s.type = 'ORG';
  }
}

function orgInitials(words: readonly string[], spans: readonly Span[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'ORG' || s.end - s.start < 2) continue;
    const ini = initialsOf(words, s.start, s.end);
    if (ini) out.add(ini);
  }
  return out;
}

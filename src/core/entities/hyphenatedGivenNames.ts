// "Chang Ho-jin", "Koo Byoung-sam": a Korean name is the family name, then a given name of two syllables joined by a
// hyphen, the second in lower case. The tagger read "Chang" as a person and "Ho-jin" as something else, so the adviser
// was two actors. A one-word person right before such a word (any type, or none) is one person with it.
import type { Span } from './names';

/** A romanised two-syllable given name: "Ho-jin", "Yo-jong", "Jae-myung" (not "Bush-spent", "Graham-type"). */
const GIVEN = /^\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,5}$/u;
/** English words that end a compound after a name: "Lindsey Graham-type", "Jeb Bush-era". */
const COMPOUND_ENDS = /(?:ed|ing|type|style|era|like|led|run|made|born|old|wing|camp|free|aged|spent|less|ish|ism|ist|ite|esque)$/;

/** The spans with each such name joined; spans stay sorted and non-overlapping. */
export function joinHyphenatedGivenNames(words: readonly string[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'PERSON' || s.end - s.start !== 1 || s.end >= words.length || !GIVEN.test(words[s.end]) || COMPOUND_ENDS.test(words[s.end])) {
      out.push(s);
      continue;
    }
    const next = spans[k + 1];
    const absorbs = next !== undefined && next.start === s.end && next.end === s.end + 1;
    if (next !== undefined && next.start === s.end && !absorbs) { out.push(s); continue; }
    out.push({ start: s.start, end: s.end + 1, type: 'PERSON' });
    if (absorbs) k++;
  }
  return out;
}

// "Kuwait's Ambassador to Bahrain Sheikh Thamer Jaber Al-Ahmad Al-Sabah": the tagger leaves out an unfamiliar given
// name before a long Arabic family name it knows, and the person became another one ("Jaber Al-Ahmad Al-Sabah", a late
// Amir). The capitalised word right before such a name, when it is no title, honorific, day or month, is its first.
import { isTitleWord, roleKey } from '../actors/roles';
import type { Span } from './names';
import { NOT_GIVEN_NAMES } from './patronymics';

/** Days and months, and forms of address the titles' table does not hold. */
const NOT_GIVEN = new Set(`His Her Excellency Highness Grand Haj Hajji Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December`.split(/\s+/));

/** Words a name is not extended over: titles and honorifics (roles.ts), sentence openers (patronymics.ts), days, months. */
function notGiven(w: string): boolean {
  return NOT_GIVEN.has(w) || NOT_GIVEN_NAMES.has(w) || isTitleWord(roleKey(w));
}

const GIVEN_SHAPE = /^\p{Lu}\p{Ll}{2,}$/u;
const ARABIC_PART = /^(?:Al|al|El|el)-\p{Lu}|^(?:bin|bint|ibn)$/u;

/** Extends each PERSON span of three or more words holding an Arabic family part ("Al-Sabah", "bin") over such a word. */
export function arabicGivenNames(words: readonly string[], spans: Span[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'PERSON' || s.end - s.start < 3 || s.start === 0) continue;
    const w = words[s.start - 1];
    if (!GIVEN_SHAPE.test(w) || notGiven(w) || (k > 0 && spans[k - 1].end > s.start - 1)) continue;
    let arabic = false;
    for (let i = s.start + 1; i < s.end && !arabic; i++) arabic = ARABIC_PART.test(words[i]);
    if (arabic) s.start--;
  }
}

// Persons the tagger took for organisations or places. "Aoife Kennelly said …", "Ciarán Muldowney": a name opening with a given name the tagger has rarely seen (Gaelic,
// Welsh, Arabic, Persian, Turkish, Kurdish: actors/regionalGivenNames.ts) was read as an organisation or place, and
// "Ms Kennelly" then found no one. Such a span of two to four capitalised words with no organisation word is a person.
import { regionalGender } from '../actors/regionalGivenNames';
import type { Span } from './names';
import { isCapitalized } from './word';

export function regionalPersons(words: readonly string[], spans: Span[], orgWord: (w: string) => boolean): void {
  for (const s of spans) {
    if ((s.type !== 'ORG' && s.type !== 'LOC' && s.type !== 'MISC') || s.end - s.start < 2 || s.end - s.start > 4) continue;
    if (regionalGender(words[s.start]) === undefined) continue;
    let name = true;
    for (let i = s.start; i < s.end && name; i++) name = isCapitalized(words[i]) && !orgWord(words[i]);
    if (name) s.type = 'PERSON';
  }
}

/** "who asked to be identified only as Yonas", "who gives her name only as Kayleigh": the first name a source goes by. */
export function namedOnlyAs(words: readonly string[], spans: Span[]): void {
  for (const s of spans) {
    if ((s.type !== 'ORG' && s.type !== 'LOC' && s.type !== 'MISC') || s.end - s.start > 2 || s.start < 2 || words[s.start - 1] !== 'as'
      || !/^\p{Lu}\p{Ll}+$/u.test(words[s.start])) continue;
    const before = words[s.start - 2].toLowerCase();
    if (before === 'only' || before === 'identified' || (before === 'name' && words[s.start - 3]?.toLowerCase() !== 'same')) s.type = 'PERSON';
  }
}

// Names the tagger typed as the wrong kind, retyped by what the text says of them: persons it took for organisations or
// places, and back. "Aoife Kennelly said …", "Ciarán Muldowney": a name opening with a given name the tagger has rarely
// seen (Gaelic, Welsh, Arabic, Persian, Turkish, Kurdish: actors/regionalGivenNames.ts) was read as an organisation or
// place, and "Ms Kennelly" then found no one. Such a span of two to four capitalised words with no organisation word is a
// person.
import { regionalGender } from '../actors/regionalGivenNames';
import { NAME_TAILS } from '../actors/registry';
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

/** Words after a name (or its "'s") that only a business has: "Strydo's parent company", "Hartwood shares". */
const BUSINESS_NEXT = new Set(['shares', 'stock', 'subsidiary', 'headquarters', 'ceo', 'app', 'plant', 'factory', 'recall', 'revenue']);
/** Words before a name that only a business follows: "shares in Strydo", "a stake in Strydo". */
const BUSINESS_PREV = /^(?:shares|stake|stock)$/i;

/** Words before "of"/"in" and a name that only a business follows: "shares of Nvidia", "stock in Boeing". */
const TRADED_PREV = /^(?:shares|stock)$/i;
/** The types the tagger gives an unknown business's one-word name ("Shares of Nvidia" LOC, "Boeing" MISC or PERSON). */
const MISREAD_BUSINESS = new Set(['PERSON', 'LOC', 'GPE', 'MISC']);

/**
 * A one-word name the tagger read as a person ("Strydo said it would appeal"), when some mention of it has words only
 * a business has around it ("Strydo's parent company", "shares in Strydo"), is an organisation in every mention. A name
 * after "shares of" / "shares in" that is no place ("Shares of Nvidia rose", not "Shares in London fell" or "Shares of
 * France-registered …") is one too, whatever type the tagger gave it there or elsewhere.
 */
export function businessesByContext(words: readonly string[], spans: Span[], isPlace: (w: string) => boolean): void {
  const business = new Set<string>();
  const traded = new Set<string>();
  for (const s of spans) {
    if (s.end - s.start !== 1) continue;
    const w = words[s.start];
    const afterOf = s.start >= 2 && (words[s.start - 1] === 'in' || words[s.start - 1] === 'of');
    if (s.type !== 'PERSON') {
      if (afterOf && MISREAD_BUSINESS.has(s.type) && TRADED_PREV.test(words[s.start - 2]) && !isPlace(w.split('-')[0])) traded.add(w);
      continue;
    }
    const next = (words[s.end] === "'s" || words[s.end] === '’s' ? words[s.end + 1] : words[s.end])?.toLowerCase();
    const parent = next === 'parent' && words[s.end + 2]?.toLowerCase() === 'company';
    const prev = afterOf && BUSINESS_PREV.test(words[s.start - 2]);
    if (parent || (next !== undefined && BUSINESS_NEXT.has(next)) || prev) business.add(w);
  }
  if (business.size === 0 && traded.size === 0) return;
  for (const s of spans) {
    if (s.end - s.start !== 1) continue;
    const w = words[s.start];
    if ((s.type === 'PERSON' && business.has(w)) || (MISREAD_BUSINESS.has(s.type) && traded.has(w))) s.type = 'ORG';
  }
}

/** Company-name endings that are also surnames or a person's word ("Samantha Power", "a Royal Marine"). */
const SURNAME_TAILS = new Set(['power', 'marine', 'heavy', 'front', 'news', 'poll', 'images', 'department', 'digital', 'records', 'homes']);

/** "Halvern Technologies unveiled a tablet", "Veltrana Therapeutics said": a "person" of two to four capitalised words ending
 *  in a company's trade word is the company. */
export function companiesByTail(words: readonly string[], spans: Span[]): void {
  for (const s of spans) {
    if (s.type !== 'PERSON' || s.end - s.start < 2 || s.end - s.start > 4) continue;
    const last = words[s.end - 1].toLowerCase();
    if (NAME_TAILS.has(last) && !SURNAME_TAILS.has(last) && isCapitalized(words[s.end - 1])) s.type = 'ORG';
  }
}

/** Last words of a place's name that no person's name ends with ("Wayne County", "Jefferson Parish", "Cherry Hill Township"). */
const PLACE_TAILS = new Set(['County', 'Parish', 'Township', 'Borough', 'Province', 'Prefecture', 'Oblast', 'Governorate']);

/** "Wayne County Circuit Judge Sheila Gibson", "Marion County Sheriff Tom Reyes": a "person" named like a place is the place. */
export function placesByTail(words: readonly string[], spans: Span[]): void {
  for (const s of spans) if (s.type === 'PERSON' && s.end - s.start >= 2 && PLACE_TAILS.has(words[s.end - 1])) s.type = 'GPE';
}

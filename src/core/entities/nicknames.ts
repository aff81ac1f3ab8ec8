// "Joko "Jokowi" Widodo", "Ferdinand "Bongbong" Marcos Jr.", "Ernesto "Ka Erning" Villanueva", "Emmanuel "Manny"
// Pineda-Lopez", "Sen. Rafael "Paeng" Villaluz": a nickname in quote marks between a given name and a family name.
// The tagger read the parts apart (a person, a MISC, a person, or left the family name untagged), so one person was
// several actors. The given name (a capitalised word, or the span holding it) with the quoted nickname and the family
// name after it (a span, or up to two capitalised words) are one person, when the tagger saw a person on either side.
import type { Span } from './names';

const OPEN = new Set(['"', '“', "'", '‘']);
const CLOSE = new Set(['"', '”', "'", '’']);
const CAPITALISED = /^\p{Lu}[\p{L}-]*$/u;
/** A word of a two-word nickname: no one-letter word ("‘A Disgrace’ Over Police" is a headline's quote). */
const LONGER_WORD = /^\p{Lu}[\p{L}-]+$/u;
/** Words of a family name after the nickname when the tagger left it out of any span. */
const MAX_UNTAGGED = 2;

/** The spans with each such name joined; spans stay sorted and non-overlapping. */
export function joinNicknames(words: readonly string[], spans: readonly Span[]): Span[] {
  let out: Span[] = spans as Span[];
  for (let open = 1; open + 3 < words.length; open++) {
    if (!OPEN.has(words[open]) || !CAPITALISED.test(words[open + 1])) continue;
    // One word or two ("Ernesto "Ka Erning" Villanueva").
    const close = CLOSE.has(words[open + 2]) ? open + 2
      : LONGER_WORD.test(words[open + 1]) && LONGER_WORD.test(words[open + 2]) && open + 4 < words.length && CLOSE.has(words[open + 3]) ? open + 3 : -1;
    if (close < 0) continue;
    const given = open - 1;
    const family = close + 1;
    if (!CAPITALISED.test(words[given]) || !CAPITALISED.test(words[family])) continue;
    const before = spanAt(out, given);
    const after = spanAt(out, family);
    if (before?.type !== 'PERSON' && after?.type !== 'PERSON') continue;
    // A title the tagger held with the given name ("Sen. Rafael") stays; the family name runs to its span's end or over
    // the capitalised words after the nickname.
    const start = before && before.end === given + 1 ? before.start : given;
    let end = after?.type === 'PERSON' && after.start === family ? after.end : family;
    if (end === family) while (end < words.length && end - family < MAX_UNTAGGED && CAPITALISED.test(words[end])) end++;
    // What else a span after the nickname held stays ("Manriquez of Oakland": Oakland).
    let rest = after && after.end > end ? end : -1;
    while (rest >= 0 && rest < (after as Span).end && !CAPITALISED.test(words[rest])) rest++;
    out = out.filter((s) => s.end <= start || s.start >= Math.max(end, (after?.end ?? end)));
    const at = out.findIndex((s) => s.start >= end);
    const joined: Span[] = [{ start, end, type: 'PERSON' }];
    if (after && rest >= 0 && rest < after.end) joined.push({ start: rest, end: after.end, type: after.type });
    out.splice(at < 0 ? out.length : at, 0, ...joined);
    open = end - 1;
  }
  return out;
}

/** The span holding token i, or undefined. */
function spanAt(spans: readonly Span[], i: number): Span | undefined {
  for (const s of spans) if (s.start <= i && i < s.end) return s;
  return undefined;
}

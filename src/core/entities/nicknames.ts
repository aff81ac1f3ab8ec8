// "Joko "Jokowi" Widodo", "Ferdinand "Bongbong" Marcos Jr.", "Earvin “Magic” Johnson": a nickname in quote marks
// between a given name and a family name. The tagger read the three parts apart (a person, a MISC, a person), so one
// president was three actors. A capitalised word, a quoted capitalised nickname and a person right after it are one
// person.
import type { Span } from './names';

const OPEN = new Set(['"', '“', "'", '‘']);
const CLOSE = new Set(['"', '”', "'", '’']);
const CAPITALISED = /^\p{Lu}\p{L}*$/u;

/** The spans with each such name joined; spans stay sorted and non-overlapping. */
export function joinNicknames(words: readonly string[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'PERSON' || s.start < 4) { out.push(s); continue; }
    const close = s.start - 1;
    const nick = close - 1;
    const open = nick - 1;
    const given = open - 1;
    if (!CLOSE.has(words[close]) || !OPEN.has(words[open]) || !CAPITALISED.test(words[nick]) || !CAPITALISED.test(words[given])) {
      out.push(s);
      continue;
    }
    // Drop what the tagger made of the nickname and of a one-word given name.
    while (out.length > 0 && out[out.length - 1].end > given && out[out.length - 1].start >= given) out.pop();
    if (out.length > 0 && out[out.length - 1].end > given) { out.push(s); continue; }
    out.push({ start: given, end: s.end, type: 'PERSON' });
  }
  return out;
}

// "Kataib Hezbollah", "Harakat al-Nujaba", "Hashd al-Shaabi": Arabic names of armed groups and parties open with a
// word that means brigades, movement, mobilisation, party, army …, and "Hezbollah" is itself "the party of God". The
// tagger, trained on English news, reads these two-word names as a first name and a surname, so "Hezbollah" became the
// surname of "Kataib Hezbollah" and the two groups one person. Such spans are organisations.
import type { Span } from './names';

/** Transliterated head words of organisations' names ("Kataib" brigades, "Harakat" movement, "Asaib" leagues …). */
const HEADS = new Set(['kataib', "kata'ib", 'harakat', 'hashd', 'asaib', "asa'ib", 'jaish', 'liwa', 'saraya', 'hizb', 'hezb',
  'jabhat', 'tanzim', 'ansar', 'faylaq', 'majlis', 'tayyar', 'ittihad', 'jamaat', "jama'at"]);
/** "Hezbollah", "Hizbullah", "Hezb-e-Islami": the party word fused into the name. */
const PARTY_RE = /^(?:hezb|hizb)(?:ollah|ullah|-)/i;

/** Whether a (lower-case) word opens an Arabic organisation's name ("kataib", "al-harakat"). */
export function isArabicOrgHead(lower: string): boolean {
  return HEADS.has(lower.startsWith('al-') ? lower.slice(3) : lower);
}

/** Retypes as ORG each PERSON span whose first word is such a head, or that is a fused party name. */
export function arabicOrgNames(words: readonly string[], spans: Span[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'PERSON') continue;
    const first = words[s.start].toLowerCase();
    if ((s.end - s.start > 1 && isArabicOrgHead(first)) || PARTY_RE.test(first)) s.type = 'ORG';
  }
}

// "Dr Abena Nyarko Agyeman": the tagger may end a person at one name and open another right after it ("Dr Abena" +
// "Nyarko Agyeman"), so one candidate became two actors. Two person spans with nothing between them, the first opened
// by an honorific, are one name.
// "Koji Endo of SBI Securities": a person's two-word name before "of" and an organisation read as one organisation.
import type { Span } from './names';

/** The spans with each run of token-adjacent persons joined; spans stay sorted and non-overlapping. */
export function joinAdjacentPersons(words: readonly string[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    // Only after an honorific ("Dr Abena"): sports copy lists names with no commas ("Wasim Akram Waqar Younis").
    if (last !== undefined && last.type === 'PERSON' && s.type === 'PERSON' && last.end === s.start && s.end - last.start <= MAX_NAME &&
      HONORIFICS.has(words[last.start].replace(/\.$/, ''))) {
      out[out.length - 1] = { start: last.start, end: s.end, type: 'PERSON' };
    } else out.push(s);
  }
  return out;
}
const HONORIFICS = new Set(['Dr', 'Hon', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sir', 'Dame', 'Alhaji', 'Eng', 'Rev', 'Mzee', 'Ato', 'Begum']);
/** Nouns of a body's members ("Democratic Members of Congress", "Friends of the Earth"), no name. */
const GROUP_NOUNS = new Set(['Members', 'Friends', 'Sisters', 'Brothers', 'Knights', 'Sons', 'Daughters', 'Citizens', 'Veterans',
  'Mothers', 'Fathers', 'Children', 'Ladies', 'Lords', 'Servants', 'Soldiers', 'Students', 'Workers', 'Governors', 'Ministers']);
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Words of the firms analysts speak for, which the gazetteer's organisation words lack. */
const FIRM_WORDS = new Set(['Securities', 'Capital', 'Partners', 'Holdings', 'Research', 'Advisors', 'Advisers', 'Investments',
  'Markets', 'Management', 'Economics', 'Consulting', 'Analytics', 'Asset', 'Wealth']);
/** A registered name's last word: the whole span is that name ("Gold Fields of South Africa Ltd"). */
const LEGAL_SUFFIXES = new Set(['Ltd', 'Limited', 'Inc', 'Corp', 'Plc', 'PLC', 'LLC', 'AG', 'SA', 'NV', 'BV', 'GmbH', 'Co']);
/** Most tokens of one joined name (a title, given names and a family name of two words). */
const MAX_NAME = 6;

/**
 * An organisation "Given Family of X …" whose two words before "of" are neither organisation nor place words and whose
 * part after "of" holds an organisation word ("Bank of America", "Royal Bank of Scotland", "United States of America"
 * stay): the person and the organisation, "of" between them in neither.
 */
export function personOfOrg(words: readonly string[], spans: readonly Span[], isPlace: (w: string) => boolean,
  isOrgWord: (w: string) => boolean): Span[] {
  const out: Span[] = [];
  const nameWord = (w: string): boolean => NAME_WORD.test(w) && !isOrgWord(w) && !isPlace(w) && !GROUP_NOUNS.has(w);
  for (const s of spans) {
    const of = s.start + 2;
    if (s.type !== 'ORG' || s.end - s.start < 4 || words[of] !== 'of' || !nameWord(words[s.start]) || !nameWord(words[s.start + 1]) ||
      !words.slice(of + 1, s.end).some((w) => isOrgWord(w) || FIRM_WORDS.has(w)) || LEGAL_SUFFIXES.has(words[s.end - 1].replace(/\.$/, ''))) {
      out.push(s);
      continue;
    }
    out.push({ start: s.start, end: of, type: 'PERSON' }, { start: of + 1, end: s.end, type: 'ORG' });
  }
  return out;
}

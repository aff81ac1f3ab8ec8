// "the Belt and Road Initiative", "the House Ways and Means Committee", "Customs and Border Protection": the tagger
// reads "and" as the end of a name and tags only "Road Initiative". A capitalised word before "and" that no span
// holds belongs to the organisation's name when that name ends with an organisation's head noun.
import { sortedIncludes } from '../sortedIncludes';
import { MONTHS, WEEKDAYS } from './lexicon';
import type { Span } from './names';

/** Heads of organisations' names the lexicon's organisation words lack. */
const MORE_HEADS = new Set(['Initiative', 'Services', 'Protection', 'Forum', 'Programme', 'Program', 'Fund', 'Foundation',
  'Institute', 'Bureau', 'Administration', 'Authority', 'Means']);
/** Titles written before "and" in a list of people ("the Prime Minister and Labour Party leader"). */
const TITLES = new Set(['Minister', 'President', 'Secretary', 'Chairman', 'Director', 'Leader', 'Governor', 'Mayor']);
/** A capitalised word of letters only ("Food", not "G8", "Gov."). */
const COMMON_NOUN_RE = /^\p{Lu}\p{Ll}+$/u;

/**
 * Extends each organisation span right after "<Word> and" to take in "<Word> and" when the word is a capitalised
 * common noun that no span holds, does not open its sentence and is no title, month or weekday, and the span ends with
 * an organisation's head noun and opens with no organisation, place or nationality word (`nameWord`).
 * `starts`: the sentences' first tokens, ascending. Spans stay sorted and non-overlapping (edited in place).
 */
export function coordinatedOrgNames(words: readonly string[], spans: Span[], orgWord: (w: string) => boolean,
  nameWord: (w: string) => boolean, starts: readonly number[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const w = s.start - 2;
    if (s.type !== 'ORG' || w < 0 || (words[s.start - 1] !== 'and' && words[s.start - 1] !== '&')) continue;
    // The word is another span's ("Twitter and Facebook" when both are tagged), unless a lone miscellany ("Hostages" MISC
    // before "and Missing Families Forum"), which is dropped.
    const prev = k > 0 && spans[k - 1].end > w ? spans[k - 1] : null;
    if (prev && (prev.type !== 'MISC' || prev.start !== w || prev.end !== w + 1)) continue;
    const head = words[s.end - 1];
    if (!(orgWord(head) || MORE_HEADS.has(head)) || !COMMON_NOUN_RE.test(words[w]) || TITLES.has(words[w]) || isCalendarWord(words[w])) continue;
    // Both conjuncts common nouns of one name ("Food and Agriculture"), not two names ("G8 and European Union", "July and
    // Congress"): the span's first word is no organisation, place or nationality word.
    if (orgWord(words[s.start]) || nameWord(words[s.start]) || sortedIncludes(starts, w)) continue;
    s.start = w;
    if (prev) { spans.splice(k - 1, 1); k--; }
  }
}

/** A month or weekday ("July and Congress"), as the date rules know them. */
function isCalendarWord(w: string): boolean {
  const lower = w.toLowerCase();
  return MONTHS.has(lower) || WEEKDAYS.has(lower);
}

/** Heads of a government body named by its portfolios ("Ministry of Transport and Mining"). */
const PORTFOLIO_BODIES = new Set(['Ministry', 'Department', 'Office']);

/**
 * "the Ministry of Transport and | Mining", "Ministry of Foreign Affairs and | Expatriates": the tagger ends the
 * ministry at "and" and makes the last portfolio an organisation of its own. A one-word span of a capitalised common
 * noun right after "<Ministry|Department|Office> of … and", not followed by another capitalised word, joins it
 * (edited in place; spans stay sorted and non-overlapping).
 */
export function ministryPortfolios(words: readonly string[], spans: Span[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    if (s.type !== 'ORG' || s.end - s.start < 3 || !PORTFOLIO_BODIES.has(words[s.start]) || (words[s.start + 1] !== 'of' && words[s.start + 1] !== 'for')) continue;
    if (words[s.end] !== 'and' || next.start !== s.end + 1 || next.end - next.start !== 1 || !COMMON_NOUN_RE.test(words[next.start])) continue;
    if (next.end < words.length && COMMON_NOUN_RE.test(words[next.end])) continue;
    s.end = next.end;
    spans.splice(k + 1, 1);
  }
}

/** The prepositions that join an organisation's head to the rest of its name ("Center for Politics"). */
const NAME_PREPOSITIONS = new Set(['for', 'of', 'on']);
/** Head nouns such names have beside MORE_HEADS and the lexicon's organisation words. */
const COMPLEMENTED_HEADS = new Set(['Center', 'Centre', 'Council', 'Committee', 'Commission', 'Office', 'Society', 'Coalition',
  'Alliance', 'Project', 'Network', 'School', 'College', 'Academy', 'Agency', 'Association', 'Union', 'Board']);

/**
 * "the University of Virginia Center for Politics": the tagger ends the name at its head noun and reads the words after
 * "for" as a miscellany ("Politics"). An organisation span ending with a head noun, then "for" / "of" / "on" and a
 * miscellany span right after, is one organisation (not an organisation or place after it: "the Brookings Institution for
 * Reuters"). Spans stay sorted and non-overlapping (edited in place).
 */
export function orgNameComplements(words: readonly string[], spans: Span[], orgWord: (w: string) => boolean): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k];
    const t = spans[k + 1];
    if (s.type !== 'ORG' || t.type !== 'MISC' || t.start !== s.end + 1 || !NAME_PREPOSITIONS.has(words[s.end])) continue;
    const head = words[s.end - 1];
    if (!(orgWord(head) || MORE_HEADS.has(head) || COMPLEMENTED_HEADS.has(head))) continue;
    s.end = t.end;
    spans.splice(k + 1, 1);
  }
}

// DATE by rules over token strings: weekdays, month names with days and years, ISO dates, "last year",
// years after a temporal preposition, decades. Only tokens not already in an entity are considered.

import { MONTHS, PERIODS, RELATIVE, WEEKDAYS } from './lexicon';

export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/i;
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;
const ISO = /^(?:1[89]|20)\d\d-[01]\d-[0-3]\d$/;
const DECADE = /^(?:1[89]\d0|20[0-9]0)s$/;
const YEAR_PREPS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'early',
  'late', 'mid', 'of', 'through', 'to', 'and']);

/** Lower case without one final period ("Sept." -> "sept"). */
function lower(w: string | undefined): string {
  const lw = (w ?? '').toLowerCase();
  return lw.endsWith('.') ? lw.slice(0, -1) : lw;
}
const isCap = (w: string | undefined): boolean => !!w && w[0] !== w[0].toLowerCase();

/**
 * Whether findDates can start a date at a token with this text at all (whatever its neighbours): a capital (month,
 * weekday), a digit or a relative word ("last year"), and one of the patterns the scan tries first. Decided once per
 * word type, it spares the scan the lower-casing and pattern tests of the many capitalised words that are neither
 * months, weekdays nor numbers.
 */
export function canStartDate(w: string): boolean {
  const c0 = w.charCodeAt(0);
  // A capital: a month, weekday or relative word (the number patterns all start with a digit). A digit: one of
  // the number patterns (no word of the lists starts with one).
  if (c0 >= 65 && c0 <= 90) {
    const lw = lower(w);
    return WEEKDAYS.has(lw) || MONTHS.has(lw) || RELATIVE.has(lw);
  }
  if (c0 >= 48 && c0 <= 57) return DAY.test(w) || ISO.test(w) || DECADE.test(w) || YEAR.test(w);
  return RELATIVE.has(w);
}

/**
 * Finds date spans in words[from..to) where `taken[i]` is 0. `starts` (optional, per token): 1 where canStartDate
 * is true, else 0, so the scan jumps from one such token to the next (a builtin search: the scan is a few thousand
 * steps on a long article, not a million).
 */
export function findDates(words: readonly string[], taken: Uint8Array, from: number, to: number,
  starts?: Uint8Array): TokenRange[] {
  const out: TokenRange[] = [];
  const free = (i: number): boolean => i >= from && i < to && taken[i] === 0;
  const at = (i: number): string | undefined => (i >= from && i < to ? words[i] : undefined);
  let i = from;
  while (i < to) {
    if (starts) {
      const next = starts.indexOf(1, i);
      if (next < 0 || next >= to) break;
      i = next;
    }
    if (!free(i)) {
      i++;
      continue;
    }
    const w = words[i];
    const c0 = w.charCodeAt(0);
    const upper = c0 >= 65 && c0 <= 90;
    const digit = c0 >= 48 && c0 <= 57;
    // Dates start with a capital (month, weekday), a digit, or a relative word ("last year").
    if (!upper && !digit && !RELATIVE.has(w)) {
      i++;
      continue;
    }
    const lw = upper ? lower(w) : w;
    let end = -1;
    if (WEEKDAYS.has(lw) && isCap(w) && lw.length > 3) end = i + 1;
    else if (MONTHS.has(lw) && isCap(w)) {
      let j = i + 1;
      if (free(j) && DAY.test(at(j) ?? '')) j++;
      if (free(j) && at(j) === ',' && free(j + 1) && YEAR.test(at(j + 1) ?? '')) j += 2;
      else if (free(j) && YEAR.test(at(j) ?? '')) j++;
      // "May" and "March" alone are too often a verb or a name: only with a number.
      const ambiguous = lw === 'may' || lw === 'march' || lw.length <= 3;
      if (j > i + 1 || !ambiguous) end = j;
    } else if (DAY.test(w) && free(i + 1) && MONTHS.has(lower(at(i + 1))) && isCap(at(i + 1))) {
      end = i + 2;
      if (free(end) && YEAR.test(at(end) ?? '')) end++;
    } else if (ISO.test(w) || DECADE.test(w)) end = i + 1;
    else if (YEAR.test(w) && YEAR_PREPS.has(lower(at(i - 1)))) end = i + 1;
    else if (RELATIVE.has(lw) && free(i + 1) && PERIODS.has(lower(at(i + 1)))) end = i + 2;
    if (end < 0) {
      i++;
      continue;
    }
    // "September 24 last year", "Thursday, September 24"
    if (free(end) && RELATIVE.has(lower(at(end))) && free(end + 1) && PERIODS.has(lower(at(end + 1)))) end += 2;
    if (WEEKDAYS.has(lw) && at(end) === ',' && free(end + 1) && MONTHS.has(lower(at(end + 1))) && free(end + 2) &&
      DAY.test(at(end + 2) ?? '')) {
      end += 3;
      if (free(end) && at(end) === ',' && free(end + 1) && YEAR.test(at(end + 1) ?? '')) end += 2;
    }
    out.push({ start: i, end });
    i = end;
  }
  return out;
}

// "According to her lawyer, Mohammad-Ali Kamfirouzi, she was charged …", "According to the source, who requested
// anonymity, the letter …", "According to Ali Vaez, Iran project director at the International Crisis Group, the
// Leader …", "According to the confidential report, seen by AFP, Iran's stockpile …": an apposition after the
// according-to source belongs to the source; the content starts after its closing comma.
import type { DocContext } from './context';
import { isCapitalized, isWord, nm } from './context';
import { RECEIVED, SUBJECT_END, VERB_GROUP } from './words';

const MAX_APPOSITION = 14;

/**
 * The comma closing an apposition that opens at `comma` (the comma after the source [s, comma)), when a clause
 * follows it before `b`; else `comma`.
 */
export function appositionEnd(ctx: DocContext, s: number, comma: number, b: number): number {
  let close = comma + 1;
  while (close < b && close <= comma + MAX_APPOSITION && nm(ctx, close) !== ',') {
    if (ctx.quoteOf[close] >= 0 || nm(ctx, close) === ';' || nm(ctx, close) === ':') return comma;
    close++;
  }
  if (close >= b || nm(ctx, close) !== ',' || close === comma + 1 || b - close < 4) return comma;
  // "According to the report, Iran, Iraq and Syria have agreed": a list runs on after the second comma.
  if (isCapitalized(ctx, close + 1) && listGoesOn(ctx, close + 1, b)) return comma;
  const first = nm(ctx, comma + 1);
  if (first === 'who' || first === 'which') return close;
  if (RECEIVED.has(first) && nm(ctx, comma + 2) === 'by') return close;
  let role = false;
  for (let k = comma + 1; k < close; k++) {
    if (!isWord(ctx, k) || isCapitalized(ctx, k)) continue;
    const n = nm(ctx, k);
    if (VERB_GROUP.has(n) || SUBJECT_END.has(n)) return comma; // a clause, not an apposition
    if (PEOPLE.has(n)) role = true;
  }
  // "her lawyer, Mohammad-Ali Kamfirouzi,": a person described, then named (not "an FBI summary, Cheryl Mills, …").
  if (PEOPLE.has(nm(ctx, comma - 1)) && isCapitalized(ctx, comma + 1) && close - comma - 1 <= 4) return close;
  // "Ali Vaez, Iran project director at the International Crisis Group,", "Diane D. Blair, a close friend of …,":
  // a role noun describes the source (not "…, more than half of her support comes from women,").
  return role ? close : comma;
}

/**
 * "According to the District Administration Office, Sindhupalchok, four people …": the comma after an office's place
 * (the source stays the office, the content starts after the place), else -1.
 */
export function officePlaceEnd(ctx: DocContext, comma: number, b: number): number {
  if (!OFFICE_HEADS.has(nm(ctx, comma - 1)) || !isCapitalized(ctx, comma - 1)) return -1;
  let close = comma + 1;
  while (close < b && close <= comma + 4 && isWord(ctx, close) && isCapitalized(ctx, close)) close++;
  return close > comma + 1 && close + 3 < b && nm(ctx, close) === ',' && !isCapitalized(ctx, close + 1) ? close : -1;
}

/** Nouns of people and their roles, which an apposition describing a source names. */
const PEOPLE = new Set(['lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'official',
  'source', 'friend', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'director', 'analyst',
  'professor', 'fellow', 'minister', 'head', 'chief', 'chairman', 'chairwoman', 'president', 'expert', 'researcher', 'economist',
  'member', 'leader', 'editor', 'correspondent', 'executive', 'founder', 'author', 'manager', 'secretary', 'commander',
  'representative', 'lawmaker', 'senator', 'governor', 'mayor', 'diplomat', 'ambassador', 'envoy', 'strategist',
  'consultant', 'scholar', 'historian', 'activist', 'colleague', 'partner', 'deputy', 'officer', 'judge', 'prosecutor',
  'pollster', 'watchdog', 'monitor', 'regulator', 'agency', 'firm', 'group', 'organisation', 'organization', 'charity',
  'nonprofit', 'non-profit', 'tank', 'institute', 'company', 'startup', 'coalition', 'network', 'ngo', 'consultancy',
  'publisher', 'outlet', 'newspaper', 'broadcaster', 'operator', 'provider', 'developer', 'union', 'association']);

/** Heads of an office's name, which its place may follow in apposition ("the District Police Office, Kaski,"). */
const OFFICE_HEADS = new Set(['office', 'department', 'ministry', 'police', 'council', 'board', 'commission', 'committee',
  'directorate', 'authority', 'municipality', 'hospital', 'court']);


/** Whether capitalised words from i reach an "and"/"or" or another comma: a list, not a clause's subject. */
function listGoesOn(ctx: DocContext, i: number, b: number): boolean {
  let k = i;
  while (k < b && isCapitalized(ctx, k)) k++;
  const n = k < b ? nm(ctx, k) : '';
  return n === 'and' || n === 'or' || n === ',';
}

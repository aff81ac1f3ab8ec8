// Content span boundaries: trimming sentence punctuation, widening to quotes that run past the sentence, and
// finding where content starts after a cue (skipping recipients and adjuncts: "told reporters on Monday that").
import type { DocContext } from './context';
import { nm } from './context';
import { isCapitalized, isCloseQuoteMark, isOpenQuoteMark } from './context';
import { PREPOSITIONS, RECIPIENT_CUES, isMannerAdverb } from './words';

const TRAILING = new Set(['.', ',', ';', ':', '—', '–', '-', '(', ')', 'and', 'but', 'or']);
const CLAUSE_ENDS = new Set(['.', '!', '?', ';']);

/**
 * Drops sentence punctuation and dangling conjunctions from the end of [s, e); a closing parenthesis stays when its
 * opening one lies in the content ("Rep. John Culberson (R-TX)", "the Trans-Pacific Partnership (TPP)").
 */
export function trimEnd(ctx: DocContext, s: number, e: number): number {
  while (e > s && TRAILING.has(nm(ctx, e - 1)) && !isCloseQuoteMark(ctx, e - 1)) {
    if (ctx.tokens.text(e - 1) === ')' && opensWithin(ctx, s, e - 1)) break;
    e--;
  }
  return e;
}

/** Whether a "(" in [s, close) is left open before the ")" at close. */
export function opensWithin(ctx: DocContext, s: number, close: number): boolean {
  let depth = 0;
  for (let k = close - 1; k >= s; k--) {
    const t = ctx.tokens.text(k);
    if (t === ')') depth++;
    else if (t === '(' && depth-- === 0) return true;
  }
  return false;
}

export function trimStart(ctx: DocContext, s: number, e: number): number {
  while (s < e && ctx.tokens.kind(s) !== 'word' && ctx.tokens.kind(s) !== 'number' && !isOpenQuoteMark(ctx, s)) {
    if (ctx.quoteOf[s] >= 0 && ctx.quotes[ctx.quoteOf[s]].start < ctx.tokens.start(s)) break;
    s++;
  }
  return s;
}

/** Character span of tokens [s, e), widened to whole quotes that begin before or end after it. */
export function charSpan(ctx: DocContext, s: number, e: number): { start: number; end: number } {
  let start = ctx.tokens.start(s);
  let end = ctx.tokens.end(e - 1);
  const qs = ctx.quoteOf[s];
  if (qs >= 0 && ctx.quotes[qs].start < start) start = ctx.quotes[qs].start;
  const qe = ctx.quoteOf[e - 1];
  if (qe >= 0 && ctx.quotes[qe].end > end) end = ctx.quotes[qe].end;
  return { start, end };
}

/** Token index where the content begins after a cue ending at `j`, or -1 when none follows in [j, hi). */
export function contentStartAfter(ctx: DocContext, j: number, head: string, hi: number): number {
  if (j < hi && ctx.tokens.text(j) === ',' && j + 1 < hi && isOpenQuoteMark(ctx, j + 1)) j++;
  // "said, though, that …": step over a parenthetical between commas.
  if (j < hi && ctx.tokens.text(j) === ',') {
    let k = j + 1;
    while (k < hi && k < j + 6 && ctx.tokens.text(k) !== ',') k++;
    j = k < hi && ctx.tokens.text(k) === ',' ? k + 1 : j + 1;
  }
  if (j >= hi || CLAUSE_ENDS.has(nm(ctx, j))) return -1;
  const n = nm(ctx, j);
  if (n === 'that' || isOpenQuoteMark(ctx, j)) return j;
  const recipient = RECIPIENT_CUES.has(head);
  // "assured him it was done", "asking them not to …": an object pronoun is the recipient, not the content.
  if (recipient && OBJECT_PRONOUNS.has(n) && j + 1 < hi && !CLAUSE_ENDS.has(nm(ctx, j + 1))
    && (n !== 'her' || !isWordLower(ctx, j + 1) || CLAUSE_OPENERS.has(nm(ctx, j + 1)))) {
    return contentStartAfter(ctx, j + 1, '', hi);
  }
  if (recipient) {
    const subject = clauseAfterAddressee(ctx, j, hi);
    if (subject >= 0) return subject;
    const afterDay = clauseAfterDay(ctx, j, hi);
    if (afterDay >= 0) return afterDay;
  }
  if (recipient || PREPOSITIONS.has(n)) {
    for (let k = j; k < Math.min(hi, j + 20); k++) {
      const m = nm(ctx, k);
      if (m === 'to' && k > j) return j;
      if (m === 'that' || m === 'whether' || m === 'how' || m === 'what' || isOpenQuoteMark(ctx, k)) {
        return k > j && (recipient || m === 'that' || isOpenQuoteMark(ctx, k)) ? k : j;
      }
      if (m === ':' && k + 1 < hi) return k + 1;
      if (CLAUSE_ENDS.has(m) || (m === ',' && !(k + 1 < hi && isOpenQuoteMark(ctx, k + 1)))) break;
    }
  }
  // A bare preposition belongs to the cue ("his views on X", "talked about X"), not to the content.
  if (CUE_PREPOSITIONS.has(n) && j + 1 < hi && !CLAUSE_ENDS.has(nm(ctx, j + 1))) return j + 1;
  return j;
}

/** Determiners an addressee may open with ("told the lawmakers", "told his aides"). */
const ADDRESSEE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'a', 'an', 'some', 'several']);
/** Addressee nouns of groups that do not end in "s". */
const GROUP_ADDRESSEES = new Set(['media', 'people', 'press', 'crowd', 'audience', 'staff']);

/**
 * "told reporters Iran wants …", "told the lawmakers Canada faces …": a short lower-case addressee ending in a group
 * noun (a plural: not "told host Chris Cuomo she …", where the name is the addressee), then a capitalised name and a
 * lower-case word that is no preposition or pronoun (a verb, most likely): the name opens the reported clause, which
 * has no "that". -1 if the words after the cue are not so.
 */
function clauseAfterAddressee(ctx: DocContext, j: number, hi: number): number {
  let k = j;
  if (k < hi && ADDRESSEE_DETERMINERS.has(nm(ctx, k)) && !isCapitalized(ctx, k)) k++;
  const nouns = k;
  while (k < hi && k < nouns + 3 && isWordLower(ctx, k) && !PREPOSITIONS.has(nm(ctx, k)) && !CLAUSE_OPENERS.has(nm(ctx, k))) k++;
  if (k === nouns || k + 1 >= hi || !isCapitalized(ctx, k) || ctx.tokens.kind(k) !== 'word' || WEEKDAYS.has(nm(ctx, k))) return -1;
  const group = nm(ctx, k - 1);
  if (!group.endsWith('s') && !GROUP_ADDRESSEES.has(group)) return -1;
  let e = k + 1;
  while (e < hi && e < k + 4 && isCapitalized(ctx, e) && ctx.tokens.kind(e) === 'word') e++;
  const next = e < hi ? nm(ctx, e) : '';
  return e < hi && isWordLower(ctx, e) && !PREPOSITIONS.has(next) && !CLAUSE_OPENERS.has(next) && !OBJECT_PRONOUNS.has(next) ? k : -1;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * "told a news conference in Kabul Wednesday the initiative is …": an addressee and place, then a weekday, then the
 * reported clause without "that" (wire style): it starts after the weekday. -1 unless the weekday comes within a few
 * words, with no punctuation, quote or "that" before it.
 */
function clauseAfterDay(ctx: DocContext, j: number, hi: number): number {
  for (let k = j + 1; k < hi && k < j + 9; k++) {
    const m = nm(ctx, k);
    if (ctx.tokens.kind(k) !== 'word' || m === 'that' || isOpenQuoteMark(ctx, k)) return -1;
    if (WEEKDAYS.has(m)) {
      const next = k + 1 < hi && DAY_PARTS.has(nm(ctx, k + 1)) ? k + 2 : k + 1;
      return next < hi && ctx.tokens.kind(next) === 'word' && !PREPOSITIONS.has(nm(ctx, next)) ? next : -1;
    }
  }
  return -1;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Words that open the reported clause after a recipient ("told her that", "told her she …", "asked her to"). */
const CLAUSE_OPENERS = new Set(['that', 'to', 'not', 'he', 'she', 'they', 'i', 'we', 'it', 'you', 'how', 'what', 'why', 'whether', 'if', 'when', 'about']);

function isWordLower(ctx: DocContext, i: number): boolean {
  return ctx.tokens.kind(i) === 'word' && !isCapitalized(ctx, i);
}

const CUE_PREPOSITIONS = new Set(['on', 'about', 'of', 'for', 'with', 'over', 'against', 'in', 'at', 'by', 'from', 'into']);

/** Words that open an adjunct of time, place or medium after "said" ("said into the phone", "said during a visit"),
 * not one a cue takes as its topic ("concerned about", "commented on"). */
const SETTING_OPENERS = new Set(['in', 'at', 'during', 'after', 'before', 'via', 'through', 'into', 'onto', 'outside',
  'inside', 'near', 'behind', 'around', 'across', 'toward', 'towards', 'amid', 'alongside', 'yesterday', 'today', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Whether only a manner adverb and/or a prepositional phrase of time, place or medium follow position j, with no
 * quote, up to the clause end: "said pleasantly into the phone.", "said on Monday.".
 */
export function onlyMannerOrPlaceFollows(ctx: DocContext, j: number, hi: number): boolean {
  if (j < hi && isMannerAdverb(ctx.tokens.text(j))) j++;
  if (j >= hi || CLAUSE_ENDS.has(nm(ctx, j))) return true;
  if (!SETTING_OPENERS.has(nm(ctx, j))) return false;
  for (let k = j; k < hi; k++) {
    const m = nm(ctx, k);
    if (ctx.quoteOf[k] >= 0 || m === 'that' || m === ':' || m === 'to' || m === ',') return false;
    if (CLAUSE_ENDS.has(m)) return true;
  }
  return true;
}

/** What is left of "said Friday afternoon" once the lexicon's cue "said friday" took the weekday. */
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

const SUBJECT_ONLY = new Set(['he', 'she', 'they', 'we', 'i']);

/** Whether nothing but an adjunct (time, place, medium, recipient) follows position j up to a clause end. */
export function onlyAdjunctFollows(ctx: DocContext, j: number, head: string, hi: number, limit = 12): boolean {
  if (j >= hi || CLAUSE_ENDS.has(nm(ctx, j)) || nm(ctx, j) === ',') return true;
  // "warned he may delay …": a subject pronoun after a recipient cue opens the content clause; a recipient would be
  // "him", "them".
  if (SUBJECT_ONLY.has(nm(ctx, j))) return false;
  const startsAdjunct = PREPOSITIONS.has(nm(ctx, j)) || TIMES_OF_DAY.has(nm(ctx, j)) || RECIPIENT_CUES.has(head);
  if (!startsAdjunct) return false;
  for (let k = j; k < hi && k < j + limit; k++) {
    const m = nm(ctx, k);
    if (m === 'that' || isOpenQuoteMark(ctx, k) || m === ':' || m === 'to') return false;
    if (CLAUSE_ENDS.has(m) || m === ',') return true;
  }
  return j + limit >= hi;
}

/**
 * Where reported content stops before the sentence end (PolNeAR leaves out what the author adds): a trailing
 * participial clause (", using her experience …"), a relative clause on the last noun (", who headed …"), or a
 * new clause ("… and she performed well").
 */
export function contentTail(ctx: DocContext, s: number, e: number): number {
  for (let k = s + 2; k < e - 1; k++) {
    if (ctx.quoteOf[k] >= 0) continue;
    const comma = isCommaAt(ctx, k);
    const n = nm(ctx, k + 1);
    if (comma && n.length > 4 && n.endsWith('ing') && n !== 'including' && n !== 'according' && !isCapitalized(ctx, k + 1)) return k;
    if (comma && (n === 'who' || n === 'which')) return k;
    if (nm(ctx, k) === 'and' && /^(he|she|they|we|i)$/.test(n)) return isCommaAt(ctx, k - 1) ? k - 1 : k;
  }
  return e;
}

/** Token i is a comma. One compare for every test in contentTail: a compare of its own before "and he" had seen only
 * one kind of string when contentTail was compiled, and the next kind deoptimised it ("wrong instance type"). */
function isCommaAt(ctx: DocContext, i: number): boolean {
  return ctx.tokens.text(i) === ',';
}

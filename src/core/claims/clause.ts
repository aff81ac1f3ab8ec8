// Token scans around a cue that processSentence (extract.ts) decides by: where an introductory clause ends, quotes
// next to the sentence, commas, complements, and an infinitive "to" that belongs to the content.
import type { Sentence } from '../text/token';
import type { DocContext } from './context';
import { isCapitalized, isCloseQuoteMark, isOpenQuoteMark, isWord, nm } from './context';
import type { CueMatch } from './cues';
import { DETERMINERS, PERSONAL_SUBJECTS, PRONOUNS } from './words';

const SUBORDINATORS = new Set(['after', 'while', 'when', 'before', 'although', 'though', 'if', 'as', 'since', 'because',
  'once', 'despite', 'asked', 'speaking', 'responding', 'talking', 'writing', 'addressing', 'asked']);

/** End of a sentence-initial adverbial clause ("Speaking on CNN, …", "After he said X, …"): its first comma. */
export function introClauseEnd(ctx: DocContext, a: number, b: number): number {
  let i = a;
  while (i < b && !isWord(ctx, i)) i++;
  if (i >= b || !SUBORDINATORS.has(nm(ctx, i))) return -1;
  for (let k = i + 1; k < b; k++) if (ctx.tokens.text(k) === ',' && ctx.quoteOf[k] < 0) return k;
  return -1;
}

/**
 * First token of a quote whose closing mark is token at - 1 and that lies before token `at` in the same paragraph, or
 * -1 ("“…” ¶ Much is not known about …" is a new paragraph's subject, not the quote's speaker).
 */
export function quoteEndingAt(ctx: DocContext, at: number): number {
  if (at <= 0 || !isCloseQuoteMark(ctx, at - 1)) return -1;
  if (at < ctx.tokens.length && ctx.text.slice(ctx.tokens.end(at - 1), ctx.tokens.start(at)).includes('\n')) return -1;
  const q = ctx.quoteOf[at - 1];
  let i = at - 1;
  while (i > 0 && ctx.quoteOf[i - 1] === q) i--;
  return isOpenQuoteMark(ctx, i) && at - i >= 4 ? i : -1;
}

/** A quote opening right after the cue's sentence (the "he declared:\n\n“…”" pattern), as a token index. */
export function nextQuoteStart(ctx: DocContext, s: Sentence, after: number): number {
  const i = after < s.endToken ? after : s.endToken;
  if (i >= ctx.tokens.length || !isOpenQuoteMark(ctx, i)) return -1;
  // A line without a colon ("Ceasefire talks", a subhead) promises no quote in the next paragraph.
  if (i === s.endToken && i > 0 && ctx.tokens.text(i - 1) !== ':' && ctx.text.slice(ctx.tokens.end(i - 1), ctx.tokens.start(i)).includes('\n')) return -1;
  return i;
}

/**
 * "vowed to cut taxes", "sought to “take our fight”": PolNeAR puts the infinitive marker in the content, so a
 * cue phrase ending in "to" gives it back when a verb (a lower-case word that cannot open a noun phrase) follows.
 */
// Cues whose "to" is a preposition before a noun phrase ("according to officials", "responded to critics").
const PREPOSITIONAL_TO = /^(?:according|refer|referr|respon|repl|point|compar|liken|allud|object|react|spoke|speak|talk|turn|wrote|writ|said|say|explain|told|tell|appeal|testif)\w* /;

export function withoutInfinitiveTo(ctx: DocContext, c: CueMatch, b: number): CueMatch {
  const t = c.end - 1;
  if (t <= c.start || nm(ctx, t) !== 'to' || c.end >= b || PREPOSITIONAL_TO.test(c.key)) return c;
  const verbLike = isOpenQuoteMark(ctx, c.end) || opensVerb(ctx, c.end);
  return verbLike ? { start: c.start, end: t, key: c.key } : c; // a literal of the same shape: a spread made another map
}

/** A lower-case word that cannot open a noun phrase: the verb after an infinitive "to". */
export function opensVerb(ctx: DocContext, i: number): boolean {
  const n = nm(ctx, i);
  return isWord(ctx, i) && !isCapitalized(ctx, i) && !DETERMINERS.has(n) && !PRONOUNS.has(n) && !/\d/.test(n);
}

/** A lower-case word that carries on the interrupted clause (not a new participial, relative or according-to). */
export function continuesClause(ctx: DocContext, i: number): boolean {
  if (!isWord(ctx, i) || isCapitalized(ctx, i) || isOpenQuoteMark(ctx, i)) return false;
  const n = nm(ctx, i);
  return !n.endsWith('ing') && n !== 'according' && n !== 'who' && n !== 'which' && n !== 'and' && n !== 'but';
}

/**
 * A word that starts the rest of a clause interrupted by a parenthetical attribution: one that carries on the clause
 * ("The plan, he said, would …") or a capitalised word opening the reported clause after an introductory phrase
 * ("After all, she argued, Obama got …", "If she wins, Clinton suggested, women won't …").
 */
export function resumesClause(ctx: DocContext, i: number): boolean {
  // "…, sources said, as the two neighbours seek …": an "as" clause is the scene around the attribution, not the
  // rest of what was said (PolNeAR: "…,” Spencer said, as a few young fighters worked out …").
  if (asClauseAt(ctx, i, ctx.tokens.length) || timeRelationAt(ctx, i, ctx.tokens.length)) return false;
  if (continuesClause(ctx, i)) return true;
  return isWord(ctx, i) && isCapitalized(ctx, i) && !isOpenQuoteMark(ctx, i) && nm(ctx, i) !== 'according';
}

/** The first comma outside quotes in [from, hi) within 30 tokens, or -1 (a quote, "that" or a colon first: -1). */
export function commaAfter(ctx: DocContext, from: number, hi: number): number {
  for (let k = from; k < hi && k < from + 30; k++) {
    if (ctx.quoteOf[k] >= 0 || nm(ctx, k) === 'that' || nm(ctx, k) === ':') return -1;
    if (nm(ctx, k) === ',') return k;
  }
  return -1;
}

/** The first comma in [s, e), or e. */
export function firstComma(ctx: DocContext, s: number, e: number): number {
  let k = s;
  while (k < e && ctx.tokens.text(k) !== ',') k++;
  return k;
}

/** Whether separator `sep` closes a quote ("…,”" or "…”,"). */
export function quoteEnds(ctx: DocContext, sep: number): boolean {
  return sep >= 0 && (isCloseQuoteMark(ctx, sep) || (sep > 0 && nm(ctx, sep) === ',' && isCloseQuoteMark(ctx, sep - 1)));
}

/**
 * Whether token `close` closes, after a comma, a quote opened inside sentence [a, …) after a word ("urged both allies
 * to “avoid unilateral steps,” spokesperson Tammy Bruce said"): a partial quote ends the clause, not a whole quote.
 */
export function partialQuoteEnds(ctx: DocContext, close: number, a: number): boolean {
  return close >= 2 && nm(ctx, close - 1) === ',' && partialQuoteCloses(ctx, close, a);
}

/** Whether token `close` closes a quote opened inside sentence [a, …) after a word ("thanked Iraq for its “balanced
 * positions”, the statement noted"). */
export function partialQuoteCloses(ctx: DocContext, close: number, a: number): boolean {
  if (close < 1 || !isCloseQuoteMark(ctx, close)) return false;
  const q = ctx.quoteOf[close];
  let open = close;
  while (open > a && ctx.quoteOf[open - 1] === q) open--;
  return open > a + 1 && isOpenQuoteMark(ctx, open) && isWord(ctx, open - 1) && ctx.quoteOf[open - 1] < 0;
}

// Words before a quoted title: "on “Meet the Press”", "NBC’s “Today”" (with "to" or "of" a quote is mostly content:
// "urged voters to “turn away”").
const TITLE_PREPOSITIONS = new Set(['on', 'in', 'at', 'with', "'s", '’s']);

/**
 * Whether "that", a colon or an opening quote follows position j before the next comma or clause end. A quote after a
 * capitalised word, a possessive or "on"/"in"/"at"/"with" is a title in an adjunct ("“…,” he said on “Meet the
 * Press.”", "told NBC’s “Today”"), skipped: the content is the quote before the cue.
 */
export function complementFollows(ctx: DocContext, j: number, b: number): boolean {
  // "…, who rate the stock “overweight,” said they expected …": a subject pronoun and its verb open the content.
  if (j + 1 < b && PERSONAL_SUBJECTS.has(nm(ctx, j)) && isWord(ctx, j + 1) && !isCapitalized(ctx, j + 1)) return true;
  for (let k = j; k < b; k++) {
    const n = nm(ctx, k);
    if (n === 'that' || n === ':') return true;
    if (isOpenQuoteMark(ctx, k)) {
      if (k === j || !isWord(ctx, k - 1) || !(isCapitalized(ctx, k - 1) || TITLE_PREPOSITIONS.has(nm(ctx, k - 1)))) return true;
      while (k + 1 < b && ctx.quoteOf[k + 1] === ctx.quoteOf[k]) k++;
    }
    if (n === ',' || n === '.' || n === ';' || n === '?' || n === '!') return false;
  }
  return false;
}

/** An "as" clause at i, before hi (not "as well as", not "as saying"). */
export function asClauseAt(ctx: DocContext, i: number, hi: number): boolean {
  return i + 1 < hi && nm(ctx, i) === 'as' && isWord(ctx, i + 1) && nm(ctx, i + 1) !== 'well' && !nm(ctx, i + 1).endsWith('ing');
}

const TIME_QUANTITIES = new Set(['just', 'only', 'barely', 'mere', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'few', 'several', 'some']);
const TIME_UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/** "days before …", "just hours after …", "shortly before …" at i: when the news happened, the reporter's words. */
export function timeRelationAt(ctx: DocContext, i: number, hi: number): boolean {
  let k = i;
  while (k < hi && k < i + 2 && (TIME_QUANTITIES.has(nm(ctx, k)) || /^\d+$/.test(nm(ctx, k)))) k++;
  if (k < hi && (TIME_UNITS.has(nm(ctx, k)) || (k === i && (nm(ctx, k) === 'shortly' || nm(ctx, k) === 'soon')))) k++;
  else return false;
  return k < hi && (nm(ctx, k) === 'before' || nm(ctx, k) === 'after' || nm(ctx, k) === 'ahead');
}


// A claim's speaker span in characters, shaped as PolNeAR marks sources: no opening preposition or auxiliary, the
// subject of a clause it ran into, the apposition of a source after its cue, and no weekday, time adjunct, aside
// adverb or contracted verb at its edges.
import type { DocContext } from './context';
import { opensWithin } from './content';
import { isCapitalized, isWord, nm } from './context';
import { datelineEnd } from './dateline';
import type { TokenRange } from './source';
import { clauseSubject } from './speaker-clause';
import { APOSTROPHE_S, DETERMINERS, FINITE, isGerund, PREPOSITIONS, RELATIVE_PRONOUNS, TIME_LEADS, TIMES_OF_DAY, WEEKDAYS } from './words';

// PolNeAR's sources never open with an auxiliary and almost never with a preposition (30 of 18,370 on train;
// "about" is left out: it opens "about half of voters"). Ours did where a rule walked back over one ("with Gorka",
// "from her", "Did they | note"), so a reader saw the word as part of the speaker.
const NOT_OPENING_A_SOURCE = new Set([
  'with', 'in', 'from', 'at', 'by', 'of', 'including', 'for', 'on', 'among', 'to',
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'be', 'been', 'can', 'could', 'do', 'did', 'does',
]);

/** The speaker span in characters: trimmed at its edges, and cut to the subject when it runs into a clause. */
export function speakerChars(ctx: DocContext, src: TokenRange, cue: TokenRange | null, contentStart: number, contentEnd: number): { start: number; end: number } {
  const s = sourceStart(ctx, src.start, src.end);
  const cut = cue ? clauseSubject(ctx, s, src.end, cue.start) : null;
  const r = cut ?? { start: s, end: sourceEnd(ctx, s, src.end) };
  const [start, wide] = withoutWeekday(ctx, r.start, withApposition(ctx, cue, contentStart, contentEnd, r.start, withoutTail(ctx, r.start, r.end)));
  const end = beforeTimeAdjunct(ctx, start, wide);
  const last = ctx.tokens.text(end - 1);
  const clitic = CLITIC_RE.exec(last);
  return { start: ctx.tokens.start(start), end: ctx.tokens.end(end - 1) - (clitic && clitic.index > 0 ? clitic[0].length : 0) };
}

// What a source does not end with (PolNeAR, which keeps a trailing comma 604 times against 53): an aside adverb
// ("Clinton, meanwhile,"), a contracted verb ("He’s been", "we’re", "I've"); "Stumpf’s" stays (a possessive).
const ASIDE_ADVERBS = new Set(['meanwhile', 'however', 'though', 'too', 'also', 'instead', 'nonetheless', 'nevertheless', 'moreover', 'then']);
const PRONOUNS_BEFORE_IS = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what']);
const TRAILING_ADVERBS = new Set(['now', 'again']);
const CLITIC_RE = /['’](?:re|ve|d|ll|m)$/i;

/** End of [s, e) without a comma-set aside adverb and its commas, or a pronoun's contracted "'s". */
function withoutTail(ctx: DocContext, s: number, e: number): number {
  const end = e - s > 1 && ctx.tokens.text(e - 1) === ',' ? e - 1 : e;
  if (end - s > 2 && ASIDE_ADVERBS.has(nm(ctx, end - 1)) && ctx.tokens.text(end - 2) === ',') return end - 2;
  if (e - s > 1 && APOSTROPHE_S.has(ctx.tokens.text(e - 1)) && PRONOUNS_BEFORE_IS.has(nm(ctx, e - 2))) return e - 1;
  // "Senator Bernie Sanders now said": the adverb is the verb's (PolNeAR's sources never end so; "today" they keep:
  // "most Democrats today").
  if (e - s > 1 && TRAILING_ADVERBS.has(nm(ctx, e - 1)) && !isCapitalized(ctx, e - 1)) return e - 1;
  return e;
}

/**
 * "…,” said Dr. Harold Varmus, the Nobel Prize-winning former NIH director.", "said Biden, who served as a US senator
 * for 36 years.": PolNeAR's source after its cue takes the apposition or relative clause after it, to the sentence
 * end (890 of its train+dev sources; ours stopped at the name). Only when the content came before the cue (not
 * "According to the poll, she led …") or lies in a later sentence (the quote that goes on after "…,” said Griffin, an
 * Obama backer.", which PolNeAR gives the same source); not a participle or an adjunct after the comma (", adding
 * that …", ", in a statement"), and never over a quote, colon or semicolon.
 */
function withApposition(ctx: DocContext, cue: TokenRange | null, contentStart: number, contentEnd: number, s: number, e: number): number {
  if (!cue || s < cue.end || e >= ctx.tokens.length) return e;
  const relative = restrictiveWho(ctx, s, e);
  if (!relative && (ctx.tokens.text(e) !== ',' || !isWord(ctx, e + 1))) return e;
  if (contentEnd > cue.start && ctx.sentOf[contentStart] === ctx.sentOf[s]) return e;
  // "…, according to public filings, a huge sum for …": what follows an according-to source goes on with the content.
  for (let k = cue.start; k < cue.end; k++) if (nm(ctx, k) === 'according') return e;
  if (relative) return relativeEnd(ctx, s, e);
  const w = nm(ctx, e + 1);
  // An auxiliary resumes the reported clause: "The plan, said Smith, would cut taxes".
  if (isGerund(w) || PREPOSITIONS.has(w) || NOT_APPOSITION.has(w) || FINITE.has(w)) return e;
  const last = ctx.sentences[ctx.sentOf[s]].endToken;
  let k = e + 1;
  for (; k < last; k++) {
    const t = ctx.tokens.text(k);
    if (ctx.quoteOf[k] >= 0 || t === ':' || t === ';') return e;
  }
  while (k > e + 1 && !isWord(ctx, k - 1)) k--;
  return k > e + 1 && k - e <= MAX_APPOSITION ? k : e;
}

/** "…,” said a prominent committee member who supports Trump, asking for anonymity": a described source (a determiner
 * first) and the restrictive relative clause after it, which PolNeAR's source keeps. */
function restrictiveWho(ctx: DocContext, s: number, e: number): boolean {
  return nm(ctx, e) === 'who' && !isCapitalized(ctx, e) && DETERMINERS.has(nm(ctx, s)) && !isCapitalized(ctx, s + 1);
}

/** The end of the relative clause at e: the next comma, quote, colon or semicolon, or the sentence end. */
function relativeEnd(ctx: DocContext, s: number, e: number): number {
  const last = ctx.sentences[ctx.sentOf[s]].endToken;
  let k = e + 1;
  for (; k < last; k++) {
    const t = ctx.tokens.text(k);
    if (ctx.quoteOf[k] >= 0 || t === ',' || t === ':' || t === ';') break;
  }
  while (k > e + 1 && !isWord(ctx, k - 1)) k--;
  return k > e + 1 && k - e <= MAX_APPOSITION ? k : e;
}

const NOT_APPOSITION = new Set(['and', 'but', 'as', 'while', 'because', 'though', 'although', 'when', 'if', 'according',
  'so', 'however', 'meanwhile']);
const MAX_APPOSITION = 40;

/**
 * [s, e) without a weekday next to a name at either edge ("Mr. Mandelson Tuesday said", "Wednesday Ambassador Imad
 * Moustapha said") or "on" and a weekday at its end ("Nasser Kanaani on Monday condemned", "the board of elections on
 * Monday said"): news style puts the day there; the day is when, not who. PolNeAR's sources end so only inside a
 * relative clause or a participle ("who endorsed Mr. Rubio on Tuesday", "A court document filed Thursday").
 */
function withoutWeekday(ctx: DocContext, s: number, e: number): [number, number] {
  if (e - s < 2) return [s, e];
  const after = afterLeadingTime(ctx, s, e);
  if (after > s) return [after, e];
  if (!WEEKDAYS.has(nm(ctx, e - 1))) return [s, e];
  // "Security officials Sunday said", "The court Wednesday said": after people or a body too (not a participle's
  // time, "a poll released Monday", nor a document's, "A statement Monday said", "His speech Tuesday").
  if (speakerWord(ctx, e - 2)) return [s, e - 1];
  if (e - s >= 3 && nm(ctx, e - 2) === 'on' && !clauseInside(ctx, s + 1, e - 2)) return [s, e - 2];
  // "U.N. officials late Thursday said" (not "A report released late Monday").
  if (e - s >= 3 && (nm(ctx, e - 2) === 'late' || nm(ctx, e - 2) === 'early') && speakerWord(ctx, e - 3)) return [s, e - 2];
  return [s, e];
}

/**
 * Where a span that opens with a time adjunct without its comma continues with a name or a determiner ("Wednesday
 * Ambassador Imad Moustapha", "Earlier this week Burmese authorities", "Sunday morning Mr. Trump", "Last year only 32
 * percent of …"), or s: the time is when, not who. Not a possessive ("Monday night's results").
 */
function afterLeadingTime(ctx: DocContext, s: number, e: number): number {
  let k = s;
  // "In 2021 the Nuclear Regulation Authority said": a year before a determiner or a name.
  // (Not a year that modifies a noun: "2013 FOIA reply", "2016 Democrats".)
  if (YEAR_RE.test(nm(ctx, k)) && k + 1 < e && k > 0 && nm(ctx, k - 1) === 'in' && (DETERMINERS.has(nm(ctx, k + 1)) || isCapitalized(ctx, k + 1))) return k + 1;
  if (TIME_LEADS.has(nm(ctx, k)) && k + 1 < e) k++;
  if (k + 1 < e && (nm(ctx, k) === 'this' || nm(ctx, k) === 'last')) k++;
  if (!SPAN_TIMES.has(nm(ctx, k)) || (k === s && !WEEKDAYS.has(nm(ctx, k)))) return s;
  k++;
  if (k < e && TIMES_OF_DAY.has(nm(ctx, k))) k++;
  if (k >= e || APOSTROPHE_S.has(ctx.tokens.text(k))) return s;
  return isCapitalized(ctx, k) || DETERMINERS.has(nm(ctx, k)) ? k : s;
}

const YEAR_RE = /^(?:19|20)\d\d$/;

/** Times that open a span ("Wednesday", "this week", "Last year"; a time of day only after one: "Sunday morning"). */
const SPAN_TIMES = new Set([...WEEKDAYS, 'week', 'month', 'year', 'weekend', 'night']);

/** Whether token k can end who speaks: a name's word, a plural noun, or a body's or speaker's noun. */
function speakerWord(ctx: DocContext, k: number): boolean {
  return isCapitalized(ctx, k) || pluralNoun(ctx, k) || SPEAKING_BODIES.has(nm(ctx, k));
}

/** Singular nouns of a body or person that speaks, after which a weekday is when it spoke. */
const SPEAKING_BODIES = new Set(['court', 'newspaper', 'paper', 'ministry', 'agency', 'parliament', 'spokesman', 'spokeswoman',
  'coalition', 'president', 'government', 'military', 'army', 'police', 'committee', 'commission', 'council', 'office',
  'department', 'group', 'organization', 'union', 'party', 'company', 'official', 'minister', 'embassy', 'tribunal']);

/** A lower-case word in -s that is no participle or verb form ("officials", "authorities"; not "was", "has"). */
function pluralNoun(ctx: DocContext, k: number): boolean {
  const w = nm(ctx, k);
  return ctx.tokens.kind(k) === 'word' && !isCapitalized(ctx, k) && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !FINITE.has(w);
}

/**
 * "Vice President Joe Biden on Monday hit the campaign trail", "Trump earlier Tuesday", "Sen. Bernie Sanders on
 * Wednesday morning": a span that opens with a name and runs from the name's last word into a time adjunct ends
 * before it (PolNeAR's sources never keep it). Not after a comma or inside a relative clause ("Carson, who will
 * address the convention on Tuesday night").
 */
function beforeTimeAdjunct(ctx: DocContext, s: number, e: number): number {
  // "Earlier this week Trump secured …": a sentence that opens with the adjunct has no name before it.
  if (e - s < 3 || !isCapitalized(ctx, s) || TIME_OPENERS.has(nm(ctx, s)) || TIME_WORDS.has(nm(ctx, s))) return e;
  for (let k = s + 1; k + 1 < e; k++) {
    const t = ctx.tokens.text(k);
    if (t === ',' || RELATIVE_PRONOUNS.has(nm(ctx, k))) return e;
    if (TIME_OPENERS.has(t) && isCapitalized(ctx, k - 1) && TIME_WORDS.has(nm(ctx, k + 1))) return k;
  }
  return e;
}

const TIME_OPENERS = new Set(['on', 'last', 'earlier', 'late', 'early', 'this', 'later']);
const TIME_WORDS = new Set([...WEEKDAYS, ...TIMES_OF_DAY, 'week', 'month', 'year', 'weekend']);

/** A relative word in [from, to): the span holds a clause of its own, whose time the day may be. */
function clauseInside(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (RELATIVE_PRONOUNS.has(nm(ctx, k))) return true;
  return false;
}


const QUANTIFIER_AFTER_AT = new Set(['least', 'most']);
// Not "earlier", "later", "today": adjectives or nouns there as often ("Earlier reports said").
const SENTENCE_ADVERBS = new Set(['now', 'still', 'then', 'instead', 'meanwhile', 'meantime', 'however', 'yet', 'perhaps', 'indeed', 'also']);

/** A source's first token, past prepositions and auxiliaries that open it when words follow them. */
function sourceStart(ctx: DocContext, start: number, end: number): number {
  // "ANKARA (AA) - Turkish President Recep Tayyip Erdogan on Tuesday said": the dateline is where and who reports.
  // The dash stands apart ("81-year-old", "U.S.-led" hold one inside a word).
  // "Baghdad, INA - The Iraqi government said": a source found after the dateline's comma starts after it too.
  const first = ctx.sentences[ctx.sentOf[start]]?.firstToken ?? start;
  const body = first === start ? datelineEnd(ctx, start, end) : start - first <= 3 ? Math.max(start, datelineEnd(ctx, first, end)) : start;
  let s = body > start && body < end && /\s/.test(ctx.text[ctx.tokens.start(body - 1) - 1] ?? '') ? body : start;
  // "At least half of voters": "at" opens a quantifier there, not a prepositional phrase.
  while (s < end - 1 && NOT_OPENING_A_SOURCE.has(nm(ctx, s)) && !(nm(ctx, s) === 'at' && QUANTIFIER_AFTER_AT.has(nm(ctx, s + 1)))) s++;
  // "Now Bloomberg says", "Perhaps Russia will oppose", "Meanwhile Rihanna, who …, spoke": a sentence adverb is the
  // clause's, not the source's (PolNeAR's train sources never open with these; 55 sources follow "now").
  while (s < end - 1 && SENTENCE_ADVERBS.has(nm(ctx, s)) && isWord(ctx, s + 1)) s++;
  // "For his part, Ali al-Fatlawi, …, said" (wire copy): the rest of the opener after "For" went in.
  if (s + 3 < end && POSSESSIVES.has(nm(ctx, s)) && nm(ctx, s + 1) === 'part' && ctx.tokens.text(s + 2) === ',') s += 3;
  return s;
}
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** A source's end token, past the ")" that closes a parenthesis it opened ("the Guards Corps (IRGC)"). */
function sourceEnd(ctx: DocContext, start: number, end: number): number {
  return end < ctx.tokens.length && ctx.tokens.text(end) === ')' && opensWithin(ctx, start, end) ? end + 1 : end;
}

// The source found left of a cue, with session 7's corrections to leftNP and appositiveNP (source.ts) and session 23's
// coordinated subjects and appositions of several segments. Kept out of extract.ts's processSentence, which is long
// enough already.
import type { DocContext } from './context';
import { isCapitalized, isWord, nm } from './context';
import { DASHES } from './dateline';
import type { TokenRange } from './source';
import { appositiveNP, asideSubject, leftNP, subjectNP } from './source';
import { DETERMINERS, FINITE, IRREGULAR_PAST, isGerund, MONTHS, TIMES_OF_DAY, WEEKDAYS, NP_LEFT_STOPS, PREPOSITIONS, PRONOUNS, RELATIVE_PRONOUNS, SUBORDINATORS, VERB_GROUP } from './words';

/**
 * The noun phrase right before the cue, unless it is a lower-case time or place adjunct after a comma ("Speaker Paul
 * D. Ryan, the nation's highest-ranking Republican, on Tuesday called"): then the subject before that aside, or the
 * apposition before the comma.
 */
export function leftSource(ctx: DocContext, a: number, cueStart: number, floor: number): TokenRange | null {
  const src = leftNP(ctx, cueStart, floor);
  // "…, with both sides pledging to …": the noun phrase after "with" is the participle's own subject, no aside of the
  // clause before (the speaker span drops the "with").
  if (src && src.end === cueStart && nm(ctx, src.start) === 'with' && nm(ctx, cueStart).endsWith('ing')) return src;
  if (src && src.start - 1 > floor && ctx.tokens.text(src.start - 1) === ',' && !isCapitalized(ctx, src.start)
    && PREPOSITIONS.has(nm(ctx, src.start))) {
    const aside = asideSubject(ctx, a, src.start, floor);
    return aside ? subjectWithAside(ctx, aside, src.start) : appositiveNP(ctx, src.start, floor) ?? src;
  }
  if (src && nm(ctx, cueStart).endsWith('ing') && timeBefore(ctx, cueStart)) {
    // "Three senators sent a letter to Mayor Ann Lee on Tuesday urging her to resign": after a time adjunct the
    // participle hangs from the clause, whose verb the walk ran over; the subject before that verb urges, not the
    // addressee ("a letter the Sanders campaign sent the DNC on Monday alleging …": the campaign). (Right
    // after a noun it is a reduced relative, whose noun PolNeAR makes the source: "ads attacking rivals".)
    const verb = finiteVerbIn(ctx, src);
    const subject = verb > 0 ? leftNP(ctx, verb, floor) : null;
    if (subject && subject.end === verb) return subject;
  }
  return src ? withCoordinated(ctx, a, withRelativeHead(ctx, a, src, floor), floor) : src;
}

/** Whether a time word ends right before token i ("on Tuesday", "this week", "last month"). */
function timeBefore(ctx: DocContext, i: number): boolean {
  const w = nm(ctx, i - 1);
  return WEEKDAYS.has(w) || TIME_NOUNS.has(w) || TIMES_OF_DAY.has(w) || MONTHS.has(w);
}
const TIME_NOUNS = new Set(['week', 'month', 'year', 'today', 'yesterday', 'weekend']);

/** The first lower-case past tense after the first word of r ("sent", "wrote", "issued"), else -1. */
function finiteVerbIn(ctx: DocContext, r: TokenRange): number {
  for (let k = r.start + 1; k < r.end; k++) {
    const w = nm(ctx, k);
    if (!isCapitalized(ctx, k) && IRREGULAR_PAST.has(w)) return k;
  }
  return -1;
}

/** Relative pronouns that can be their clause's subject (not "whom", "whose": words.ts RELATIVE_PRONOUNS has them). */
const SUBJECT_RELATIVES = new Set(['who', 'that', 'which']);
const NOT_RESTRICTIVE = new Set([',', '—', '–', '-', '--', '(', ')', ';', ':']);
/** Longest subject with its relative clause taken whole (tokens). */
const MAX_RELATIVE_SUBJECT = 40;

/**
 * Whether the relative pronoun at r is its clause's subject, a verb right after it: "who backed", "that monitors",
 * "which was". Not an object relative, whose own subject and verb hold the cue ("the scandal that The Boston Globe |
 * exposed"), nor "that" as a determiner or complementiser ("Add that paltry sum", "The fact that he ran").
 */
function opensPredicate(ctx: DocContext, r: number): boolean {
  const v = r + 1;
  if (v >= ctx.tokens.length || !isWord(ctx, v) || isCapitalized(ctx, v)) return false;
  const w = nm(ctx, v);
  if (DETERMINERS.has(w) || PRONOUNS.has(w)) return false;
  if (nm(ctx, r) === 'who') return true;
  return VERB_GROUP.has(w) || FINITE.has(w) || w.endsWith('ed') || (w.endsWith('s') && !w.endsWith('ss'));
}

/**
 * "Voters who backed Sanders in the primary | say", "Groups that have monitored the region | say": the clause's subject
 * with a restrictive relative clause that ends before the cue is the source, as PolNeAR marks it. The noun phrase
 * before the cue alone was the relative clause's tail ("Sanders in the primary", resolved to Sanders) or, past
 * leftNP's length limit, any words of it. A bare relative pronoun ("People who | said") speaks its own clause's cue.
 */
function withRelativeHead(ctx: DocContext, a: number, src: TokenRange, floor: number): TokenRange {
  const subject = subjectNP(ctx, a, src.start);
  if (!subject || subject.end >= src.end) return src;
  const r = subject.end;
  if (!SUBJECT_RELATIVES.has(nm(ctx, r)) || isCapitalized(ctx, r) || src.start < r || src.end - subject.start > MAX_RELATIVE_SUBJECT) return src;
  // An earlier cue inside the relative clause ("who backed | Sanders …") may have moved the floor past its pronoun.
  if (subject.start < floor && floor <= r) return src;
  if (!opensPredicate(ctx, r)) return src;
  let own = false; // the relative clause has words of its own past the cue's auxiliaries ("People who have long | said")
  let verbs = true; // still in the clause's first verb group ("who have been")
  let subordinate = false; // past a subordinator: its clause's verbs are not the sentence's
  for (let k = r + 1; k < src.end; k++) {
    const w = nm(ctx, k);
    if (NOT_RESTRICTIVE.has(ctx.tokens.text(k)) || ctx.quoteOf[k] >= 0 || w === 'what') return src;
    // A finite verb after the clause's own words is the sentence's: "All that happened | was that the boy told",
    // "Candidates who fit that profile | have wasted little time … articulating".
    if (verbs) verbs = VERB_GROUP.has(w) || FINITE.has(w);
    else if (SUBORDINATORS.has(w)) subordinate = true; // "who spoke on condition of anonymity because he was …"
    else if (FINITE.has(w) && !subordinate) return src;
    if (k > r + 1 && (isCapitalized(ctx, k) || DETERMINERS.has(w) || PREPOSITIONS.has(w) || PRONOUNS.has(w))) own = true;
  }
  return own ? { start: subject.start, end: src.end } : src;
}

/**
 * "Mr. Autor and Mr. Hanson emphasize …", "On Sunday, Mr. Rubio and Senator Ted Cruz urged …": the noun phrase before
 * the cue is the last conjunct of the clause's subject, and the whole coordination is the source (PolNeAR marks it
 * so). Only when the clause's subject, walked from its start, runs through the "and" right up to that phrase, or the
 * conjunct before the "and" can only be a subject: a subject pronoun ("She and her husband supported …") or a name
 * with nothing lower-case in it but "of", "the", "for" ("when Mrs. Clinton and Ms. Warren said …"). "a woman asked
 * for a photo and Clinton | said" keeps "Clinton". (The subject walk runs over a verb it does not know, "Sanders won
 * New Hampshire and Clinton | said"; a guard against a lower-case word before a name cost more right coordinations,
 * "Republican presidential hopefuls Jeb Bush and Chris Christie", than it saved on the corpus.)
 */
function withCoordinated(ctx: DocContext, a: number, src: TokenRange, floor: number): TokenRange {
  const k = src.start - 1;
  if (k <= floor || (nm(ctx, k) !== 'and' && nm(ctx, k) !== 'or') || isCapitalized(ctx, k)) return src;
  const subject = subjectNP(ctx, a, src.end);
  if (subject && subject.start >= floor && subject.start < k && subject.end === src.end) return withListItems(ctx, subject, floor);
  // "President Obama, Hillary Clinton, and other Democrats": a comma may stand before the "and".
  const leftEnd = k - 1 > floor && ctx.tokens.text(k - 1) === ',' ? k - 1 : k;
  const left = leftNP(ctx, leftEnd, floor);
  if (!left || left.end !== leftEnd || !(nominativePronoun(ctx, left) || (onlyName(ctx, left) && (leftEnd === k || listItem(ctx, left)))
    || (leftEnd === k && (hisCounterpart(ctx, src) || afterClauseComma(ctx, left, floor))))) return src;
  return withListItems(ctx, { start: left.start, end: src.end }, floor);
}

/** "…, the airline and police said.": the first conjunct opens right after the comma that ends the content clause. */
function afterClauseComma(ctx: DocContext, left: TokenRange, floor: number): boolean {
  if (left.start - 1 <= floor || ctx.tokens.text(left.start - 1) !== ',' || left.end - left.start > 4) return false;
  for (let j = left.start; j < left.end; j++) {
    const w = nm(ctx, j);
    if (!isWord(ctx, j) || isGerund(w) || w.endsWith('ed') || FINITE.has(w) || VERB_GROUP.has(w) || PREPOSITIONS.has(w)) return false;
  }
  return true;
}

/** "Iran's Foreign Minister Abbas Araghchi and his Omani counterpart Badr Al Busaidi discussed …": the second
 * conjunct is the first one's counterpart, so the two are one coordinated subject. */
function hisCounterpart(ctx: DocContext, r: TokenRange): boolean {
  const first = nm(ctx, r.start);
  if (first !== 'his' && first !== 'her') return false;
  for (let j = r.start + 1; j < r.end && j <= r.start + 3; j++) if (nm(ctx, j) === 'counterpart') return true;
  return false;
}

/** "Ben Carson, Ted Cruz and Rand Paul": names of two words or more before the coordination, each after a comma. */
function withListItems(ctx: DocContext, r: TokenRange, floor: number): TokenRange {
  let start = r.start;
  while (start - 2 > floor && ctx.tokens.text(start - 1) === ',') {
    const item = leftNP(ctx, start - 1, floor);
    if (!item || item.end !== start - 1 || !onlyName(ctx, item) || !listItem(ctx, item)) break;
    start = item.start;
  }
  return start === r.start ? r : { start, end: r.end };
}

/** A name of two words or more that opens with no preposition or time word ("Hillary Clinton", not "In Iowa"). */
function listItem(ctx: DocContext, r: TokenRange): boolean {
  let words = 0;
  for (let j = r.start; j < r.end; j++) if (isWord(ctx, j)) words++;
  const first = nm(ctx, r.start);
  return words >= 2 && !PREPOSITIONS.has(first) && !NP_LEFT_STOPS.has(first) && !ADJUNCT_WORDS.has(first);
}

const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);
const IN_NAMES = new Set(['of', 'the', 'for']);

function nominativePronoun(ctx: DocContext, r: TokenRange): boolean {
  return r.end - r.start === 1 && NOMINATIVE.has(nm(ctx, r.start));
}

/** Capitalised words, and lower-case only "of", "the", "for" ("Senator Ted Cruz of Texas", "the World Bank"). */
function onlyName(ctx: DocContext, r: TokenRange): boolean {
  let named = false;
  for (let j = r.start; j < r.end; j++) {
    if (!isWord(ctx, j)) continue;
    if (isCapitalized(ctx, j)) named = true;
    else if (!IN_NAMES.has(nm(ctx, j))) return false;
  }
  return named;
}

/** '“We are ready,” Peter Kelly, a neurologist at …, told': after the quote that opens the sentence at a, where the
 * speaker's name starts; else a. */
function afterOpeningQuote(ctx: DocContext, a: number, cueStart: number): number {
  const q = ctx.quoteOf[a];
  if (q < 0) return a;
  let k = a;
  while (k < cueStart && ctx.quoteOf[k] === q) k++;
  return k < cueStart && isWord(ctx, k) ? k : a;
}

/**
 * "X, a …, said": the apposition before the cue; but when the aside has commas of its own ("Clinton, during a
 * meeting in Columbus, Ohio, said") and the apposition found starts lower-case, the clause subject before the aside.
 */
export function appositionSource(ctx: DocContext, a: number, cueStart: number, floor: number): TokenRange | null {
  const src = appositiveNP(ctx, cueStart, floor);
  const aside = asideSubject(ctx, a, cueStart, floor) ?? asideSubject(ctx, afterOpeningQuote(ctx, a, cueStart), cueStart, floor);
  // The apposition's head cut inside the subject ("Immigration Services" of "United States Citizenship and Immigration
  // Services, the agency that oversees …,") is the subject's too.
  return aside && (!src || placeAfterPlace(ctx, src) || (src.start > aside.start && (!isCapitalized(ctx, src.start) ||
    (src.start < aside.end && !RELATIVE_PRONOUNS.has(nm(ctx, aside.start))))))
    ? subjectWithAside(ctx, aside, cueStart) : src;
}

/** "…, who rents a flat in Croydon, South London, with her children, said": the place's own region, no apposition. */
function placeAfterPlace(ctx: DocContext, r: TokenRange): boolean {
  const k = r.start;
  return k >= 3 && ctx.tokens.text(k - 1) === ',' && isCapitalized(ctx, k - 2) && PLACE_PREPOSITIONS.has(nm(ctx, k - 3));
}
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'of', 'at']);

/**
 * The clause subject with the comma-delimited aside after it up to `end` (a token right after a comma), when every
 * segment of that aside is an apposition: "Christopher Harvey, an African-American delegate from Houston, Texas,",
 * "Hogan Gidley, a former director of …, whose roots are …,", "Marvin Teske, 53, a security guard …," (PolNeAR marks
 * them whole, with the closing comma). An adjunct keeps the subject alone: "Clinton, during a town hall meeting in
 * Columbus, Ohio,", "Fiorina, speaking to Iowans,", "Ryan, the nation's highest-ranking Republican, on Tuesday".
 */
function subjectWithAside(ctx: DocContext, subject: TokenRange, end: number): TokenRange {
  for (let k = subject.end; k < end - 1; k++) {
    if (ctx.tokens.text(k) === ',' && opensAdjunct(ctx, k + 1)) return subject;
  }
  return { start: subject.start, end };
}

/** Whether the word at j opens an adjunct rather than an apposition ("of RBC Capital Markets" is an apposition). */
function opensAdjunct(ctx: DocContext, j: number): boolean {
  const n = nm(ctx, j);
  if (n === 'of' || isCapitalized(ctx, j)) return false;
  return PREPOSITIONS.has(n) || NP_LEFT_STOPS.has(n) || VERB_GROUP.has(n) || isGerund(n) || (n.length > 4 && n.endsWith('ly'))
    || ADJUNCT_WORDS.has(n);
}

const ADJUNCT_WORDS = new Set(['however', 'too', 'meanwhile', 'moreover', 'instead', 'now', 'here', 'there', 'again',
  'though', 'therefore', 'indeed', 'nonetheless', 'nevertheless', 'like', 'unlike', 'including']);

const SAY_FORMS = new Set(['say', 'says', 'said']);

/**
 * "…, a decision parents say will force …", "a bill the developer says would kill …": a noun with an indefinite
 * article and the subject of its relative clause (no pronoun between) read as one source; the subject alone speaks.
 */
export function zeroRelativeSubject(ctx: DocContext, src: TokenRange | null, head: string): TokenRange | null {
  if (!src || !SAY_FORMS.has(head) || src.end - src.start < 3 || src.end - src.start > 4) return src;
  const art = nm(ctx, src.start);
  if ((art !== 'a' && art !== 'an') || !isWord(ctx, src.start + 1) || isCapitalized(ctx, src.start + 1)) return src;
  const s = src.start + 2;
  const n = src.end - s;
  const plural = n === 1 && isWord(ctx, s) && !isCapitalized(ctx, s) && /[^s]s$/.test(nm(ctx, s));
  const the = n === 2 && nm(ctx, s) === 'the' && isWord(ctx, s + 1);
  return plural || the ? { start: s, end: src.end } : src;
}

/**
 * "Weaver, who came out and endorsed …", "Mrs. Clinton, who was distracted while saying …": a cue inside a relative
 * clause (no comma, dash, colon or quote between the pronoun and `from`) has the pronoun as its subject, which
 * PolNeAR marks as the source. Looks back from token `from` (inclusive) to the sentence start `a`, 25 tokens at most.
 */
export function relativeBefore(ctx: DocContext, a: number, from: number): TokenRange | null {
  for (let k = from; k > a && k > from - 25; k--) {
    const t = ctx.tokens.text(k);
    if (ctx.quoteOf[k] >= 0 || t === ',' || t === ';' || t === ':' || t === '(' || t === ')' || DASHES.has(t)) return null;
    const n = nm(ctx, k);
    if ((n === 'who' || n === 'which') && !isCapitalized(ctx, k)) return { start: k, end: k + 1 };
  }
  return null;
}

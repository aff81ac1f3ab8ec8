// Sentence-level attributions without a verb cue: "Joe Scarborough: Donald Trump Playing Dumb …" (a line that opens
// with a short capitalised name and a colon attributes the rest of the line to that name, headline and link-list
// style) and "In a CNN poll released Sunday, Clinton led …" (a sentence opening with a poll or survey as source).
import { rawClaim } from './raw-claim';
import type { Sentence } from '../text/token';
import type { DocContext } from './context';
import { isCapitalized, isOpenQuoteMark, isWord, nm } from './context';
import { APOSTROPHE_S, DETERMINERS } from './words';
import { trimEnd } from './content';
import { FORM_FIELDS, labelColon, sectionLabelEnd, startsLine } from './lines';
import type { RawClaim } from './extract';

const MAX_HEAD = 4;
/** Title-case kickers of a headline ("Interview: EU climate chief on …", "Analysis: …"): a genre, not a speaker. */
const KICKERS = new Set(['interview', 'analysis', 'opinion', 'explainer', 'exclusive', 'watch', 'live', 'update', 'breaking',
  'factbox', 'timeline', 'editorial', 'comment', 'review', 'profile', 'obituary', 'photos', 'video', 'podcast', 'insight', 'focus',
  'correction', 'clarification', 'latest', 'scoop', 'source', 'photo', 'photos', 'image', 'credit', 'reporting', 'editing',
  'writing', 'related', 'tags', 'topics', 'note', 'disclaimer', 'from', 'published', 'updated', 'date', 'subject', 'contact']);

/** Where a line's text starts after a kicker label at token a ("Analysis: …", "Q&A: …", "EXCLUSIVE: …"), or a. */
export function afterKicker(ctx: DocContext, a: number, b: number): number {
  if (!startsLine(ctx, a)) return a;
  const section = sectionLabelEnd(ctx, a, b); // "Driving the news: The round values …, the sources said."
  if (section > a) return section;
  let k = a;
  if (k + 2 < b && ctx.tokens.text(k) === 'Q' && ctx.tokens.text(k + 1) === '&' && ctx.tokens.text(k + 2) === 'A') k += 3;
  else if (k < b && isWord(ctx, k) && (KICKERS.has(nm(ctx, k)) || (ctx.tokens.text(k).length > 2 && ctx.tokens.text(k) === ctx.tokens.text(k).toUpperCase()))) k++;
  return k > a && k + 1 < b && ctx.tokens.text(k) === ':' ? k + 1 : a;
}

/** The claim of a "Name: text" line starting sentence s, or null. */
export function headlineClaim(ctx: DocContext, s: Sentence): RawClaim | null {
  const b = s.endToken;
  if (!startsLine(ctx, s.firstToken)) return null;
  const a = s.firstToken + timestampLength(ctx, s.firstToken, b);
  const k = labelColon(ctx, a, b, MAX_HEAD, false);
  const headline = isHeadline(ctx, s);
  const label = k >= 0 ? k : Math.max(headline ? roleLabelColon(ctx, a, b) : -1, titledNameLabelColon(ctx, a, b));
  if (label < 0) return headline ? coordinatedSaysClaim(ctx, a, b) ?? finalSaysClaim(ctx, a, b) ?? trailingSourceClaim(ctx, a, b) : null;
  return labelClaim(ctx, a, label, b);
}

/** Role nouns that end a headline's label written in sentence case ("Judiciary chief: …", "Iran's FM: …"). */
const LABEL_HEADS = new Set(['chief', 'minister', 'fm', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials',
  'commander', 'leader', 'envoy', 'president', 'premier', 'diplomat', 'adviser', 'advisor', 'ambassador', 'governor', 'mayor']);

/** The colon after a headline's label of up to MAX_HEAD words opening with a capital and ending with a role noun
 * ("Judiciary chief: No leniency …", "Iran’s top diplomat: …"), or -1. */
function roleLabelColon(ctx: DocContext, a: number, b: number): number {
  if (a >= b || !isWord(ctx, a) || !isCapitalized(ctx, a)) return -1;
  let words = 0;
  for (let k = a; k < b && k < a + MAX_HEAD + 3; k++) {
    if (ctx.tokens.text(k) === ':') return words <= MAX_HEAD && LABEL_HEADS.has(nm(ctx, k - 1)) ? k : -1;
    if (isWord(ctx, k)) words++;
  }
  return -1;
}

/** The colon after a line's label that is a role and a name ("Treasury spokesperson Dana Kim: The department is …",
 * "Opposition leader Kemi Badenoch: …", a list of reactions), or -1: capitalised words, a role noun, then one to three
 * capitalised words of the name. */
function titledNameLabelColon(ctx: DocContext, a: number, b: number): number {
  let k = a;
  while (k < b && k < a + 3 && isWord(ctx, k) && isCapitalized(ctx, k) && !LABEL_HEADS.has(nm(ctx, k))) k++;
  if (k >= b || !LABEL_HEADS.has(nm(ctx, k))) return -1;
  const name = ++k;
  while (k < b && k < name + 3 && isWord(ctx, k) && isCapitalized(ctx, k)) k++;
  return k > name && k < b && ctx.tokens.text(k) === ':' ? k : -1;
}

/** Short labels of an editor's note ("Editor's note:") or a link to another story ("Related news:", "Read more:"). */
const NOTE_LABEL_ENDS = new Set(['note', 'notes', 'disclaimer']);
const LINK_LABEL_OPENERS = new Set(['related', 'read', 'see', 'also']);

/** The claim of the label [a, k) and the line's text after its colon at k, or null when too little follows. */
function labelClaim(ctx: DocContext, a: number, k: number, b: number): RawClaim | null {
  // A one-word all-capitals head is a kicker ("UPDATE:", "VIDEO:") or an interview label ("Q:"), not a speaker.
  if (k === a + 1 && (ctx.tokens.text(a) === ctx.tokens.text(a).toUpperCase() || KICKERS.has(ctx.tokens.text(a).toLowerCase())
    || FORM_FIELDS.has(ctx.tokens.text(a).toLowerCase()))) return null;
  if (k === a + 2 && ctx.tokens.text(a) === 'The' && KICKERS.has(ctx.tokens.text(a + 1).toLowerCase())) return null; // "The Latest:"
  if (k <= a + 3 && (NOTE_LABEL_ENDS.has(nm(ctx, k - 1)) || LINK_LABEL_OPENERS.has(nm(ctx, a)))) return null;
  const e = trimEnd(ctx, k + 1, b);
  if (e - (k + 1) < 3 || !sameLine(ctx, k, e - 1) || namesItsSpeaker(ctx, k + 1, e) || FIGURE_RE.test(ctx.tokens.text(k + 1))) return null;
  return rawClaim(k + 1, e, { start: k, end: k + 1 }, { start: a, end: k });
}

/** A figure opening what follows a label ("Revenue: $2.31 billion vs. …"): a data line, nobody's words. */
const FIGURE_RE = /^(?:[$€£¥₹]|\d)/u;

/** Speech verbs of headlines ("Guterres warns of …", "Zelensky Says …"). */
const HEADLINE_SPEECH = new Set(['says', 'warns', 'urges', 'vows', 'calls', 'slams', 'denies', 'rejects', 'claims', 'insists',
  'accuses', 'hails', 'tells', 'blames', 'defends', 'admits', 'pledges', 'threatens', 'demands', 'praises', 'criticises',
  'criticizes', 'condemns', 'stresses', 'announces', 'confirms', 'rules', 'dismisses', 'questions', 'promises']);

/** Speech verbs that open a headline's second predicate ("…, says terror ecosystem on last legs", "Prime Minister
 * receives …, stresses Iraq's keenness on …"). */
const SECOND_SPEECH = new Set(['says', 'warns', 'claims', 'insists', 'vows', 'adds', 'stresses', 'urges', 'affirms', 'reiterates',
  'underlines', 'emphasises', 'emphasizes', 'calls', 'discusses']);
const INVERTING = new Set(['says', 'warns', 'claims', 'insists', 'vows', 'adds', 'urges', 'calls']);
/** Longest subject read before a headline's first verb ("Union Home Minister Amit Shah"). */
const MAX_SUBJECT = 6;

/**
 * "Amit Shah reviews J-K security, says terror ecosystem on last legs", "PML-N rejects demand, says talks will
 * continue": a headline of two predicates, the second a speech verb after a comma, says its content in the subject's
 * name (a capitalised subject, then a lower-case verb in -s). Not "…, says Trump" (a name after the verb: inverted).
 */
function coordinatedSaysClaim(ctx: DocContext, a: number, b: number): RawClaim | null {
  let v = a;
  // "Egypt's PM inaugurates …": a possessive stays in the subject.
  while (v < b && v < a + MAX_SUBJECT && (!isWord(ctx, v) || isCapitalized(ctx, v) || APOSTROPHE_S.has(ctx.tokens.text(v))) && ctx.quoteOf[v] < 0) v++;
  if (v === a || v >= b || !isWord(ctx, v) || isCapitalized(ctx, v) || !nm(ctx, v).endsWith('s') || NOT_NAMES.has(nm(ctx, a))) return null;
  for (let k = v + 1; k + 2 < b; k++) {
    if (ctx.tokens.text(k) !== ',') continue;
    // After "says", "warns" a capitalised word may be an inverted speaker ("…, says Trump"); not after "stresses".
    if (!SECOND_SPEECH.has(nm(ctx, k + 1)) || isCapitalized(ctx, k + 1) || !isWord(ctx, k + 2) ||
      (isCapitalized(ctx, k + 2) && INVERTING.has(nm(ctx, k + 1)))) return null;
    const e = trimEnd(ctx, k + 2, b);
    return e - (k + 2) >= 2 ? rawClaim(k + 2, e, { start: k + 1, end: k + 2 }, { start: a, end: v }) : null;
  }
  return null;
}

/** Last words of a headline's source after ", says" written in lower case ("…, says foreign ministry"). */
const SOURCE_HEADS = new Set(['ministry', 'official', 'officials', 'police', 'governor', 'minister', 'spokesman', 'spokeswoman',
  'spokesperson', 'source', 'sources', 'analysts', 'experts', 'report', 'study', 'survey', 'army', 'military', 'government',
  'agency', 'envoy', 'president', 'pm', 'fm', 'mayor', 'chief', 'court', 'un', 'who', 'imf', 'lawmakers', 'residents', 'witnesses']);

/** "Ethiopia, Sudan agree to reopen Metema border crossing, says foreign ministry": up to four words after a final
 * ", says" ending with a source noun are the headline's source, what comes before the comma its content. */
function finalSaysClaim(ctx: DocContext, a: number, b: number): RawClaim | null {
  let e = b;
  while (e > a && !isWord(ctx, e - 1)) e--;
  if (e - a < 6 || !SOURCE_HEADS.has(nm(ctx, e - 1))) return null;
  for (let k = e - 2; k > a + 2 && k >= e - 5; k--) {
    if ((nm(ctx, k) === 'says' || nm(ctx, k) === 'said') && ctx.tokens.text(k - 1) === ',') {
      const end = trimEnd(ctx, a, k - 1);
      return rawClaim(a, end, { start: k, end: k + 1 }, { start: k + 1, end: e });
    }
    if (!isWord(ctx, k)) return null;
  }
  return null;
}

/** Titles before a name ("Governor Yusuf", "President Tinubu"). */
const TITLES = new Set(['governor', 'president', 'minister', 'pm', 'cm', 'senator', 'mayor', 'chief', 'premier', 'chancellor']);

/** Title-case words that open a clause, not a name ("If Obama Says It, It's True"). */
const NOT_NAMES = new Set(['if', 'when', 'why', 'how', 'what', 'as', 'the', 'a', 'an', 'and', 'but', 'who', 'where', 'while']);

/** "Sudan: Guterres warns of …": after a topic label the line names its own speaker, one to three names before a
 * speech verb. */
function namesItsSpeaker(ctx: DocContext, from: number, e: number): boolean {
  // "Kano: Governor Yusuf sacks commissioner …": a title and a name open the line, and a verb follows.
  if (from + 2 < e && TITLES.has(nm(ctx, from)) && isCapitalized(ctx, from) && isCapitalized(ctx, from + 1) && isWord(ctx, from + 2)
    && !isCapitalized(ctx, from + 2)) return true;
  for (let k = from + 1; k < e && k <= from + 3; k++) {
    if (!isWord(ctx, k - 1) || !isCapitalized(ctx, k - 1) || NOT_NAMES.has(nm(ctx, k - 1))) return false;
    if (isWord(ctx, k) && HEADLINE_SPEECH.has(nm(ctx, k))) return true;
  }
  return false;
}

/**
 * "'We will not be intimidated': Zelensky rejects Kremlin ultimatum": a line that opens with a quote and a colon
 * quotes the person the rest of the line names first (the capitalised words after the colon, up to a lower-case
 * word); with no such name ("'Devastating': A mosque …") the quote has no source here. Null when the line is no such.
 */
export function quoteColonClaim(ctx: DocContext, s: Sentence): RawClaim | null {
  const a = s.firstToken;
  if (!startsLine(ctx, a) || !isOpenQuoteMark(ctx, a)) return null;
  const q = ctx.quoteOf[a];
  let k = a;
  while (k < s.endToken && ctx.quoteOf[k] === q) k++;
  if (k >= s.endToken || k - a < 3 || ctx.tokens.text(k) !== ':' || !sameLine(ctx, a, k)) return null;
  let e = k + 1;
  while (e < s.endToken && isWord(ctx, e) && isCapitalized(ctx, e) && sameLine(ctx, k, e)) e++;
  const named = e > k + 1 && e < s.endToken && isWord(ctx, e) && !isCapitalized(ctx, e) && !DETERMINERS.has(nm(ctx, k + 1));
  return rawClaim(a, k, { start: k, end: k + 1 }, named ? { start: k + 1, end: e } : null);
}

/** A live blog's entry time before its headline ("14:05 GMT – Zelensky: …", "10:30am - …"): how many tokens, or 0. */
function timestampLength(ctx: DocContext, i: number, b: number): number {
  const k = timeEnd(ctx, i, b);
  return k > i && k + 1 < b && DASHES.has(ctx.tokens.text(k)) ? k + 1 - i : 0;
}

/** The end of a time and its zone at token i ("14:05 GMT"), or i when no time is there. */
function timeEnd(ctx: DocContext, i: number, b: number): number {
  if (i >= b || !TIME_RE.test(ctx.tokens.text(i))) return i;
  return i + 1 < b && TIME_ZONE_RE.test(ctx.tokens.text(i + 1)) ? i + 2 : i + 1;
}
// "14:05", "10.30am", and the wires' "1250" before a time zone ("1250 GMT - …").
const TIME_RE = /^(?:\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|[012]\d[0-5]\d)$/i;

/** Whether [s, e) is only a live blog's entry time ("09:55 GMT" before "– Our correspondent … reports"): no content. */
export function isTimestamp(ctx: DocContext, s: number, e: number): boolean {
  let k = timeEnd(ctx, s, e);
  if (k === s) return false;
  if (k < e && DASHES.has(ctx.tokens.text(k))) k++;
  return k === e && (e > s + 1 || ctx.tokens.text(s).length !== 4);
}
const TIME_ZONE_RE = /^(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|IST|[ap]\.?m\.?)$/i;
const DASHES = new Set(['–', '—', '-', '--', '|']);

/** Whether sentence s is a headline: the document's first line, or a live blog entry's (after its time). */
export function isHeadline(ctx: DocContext, s: Sentence): boolean {
  return !/\S/.test(ctx.text.slice(0, ctx.tokens.start(s.firstToken))) ||
    (startsLine(ctx, s.firstToken) && timestampLength(ctx, s.firstToken, s.endToken) > 0);
}

function sameLine(ctx: DocContext, i: number, j: number): boolean {
  return !ctx.text.slice(ctx.tokens.end(i), ctx.tokens.start(j)).includes('\n');
}

const EVIDENCE = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'report', 'analysis']);

/** "In a Washington Post/ABC News poll released Sunday, content": cue "In", source up to the comma. */
export function pollClaim(ctx: DocContext, s: Sentence): RawClaim | null {
  const a = s.firstToken;
  const b = s.endToken;
  if (ctx.tokens.text(a) !== 'In') return null;
  let evidence = false;
  let k = a + 1;
  for (; k < b && k < a + 16; k++) {
    const t = ctx.tokens.text(k);
    if (t === ',') break;
    if (ctx.quoteOf[k] >= 0 || t === ':' || t === ';') return null;
    if (EVIDENCE.has(t.toLowerCase())) evidence = true;
  }
  if (!evidence || k >= b || k === a + 1 || ctx.tokens.text(k) !== ',') return null;
  const e = trimEnd(ctx, k + 1, b);
  if (e - (k + 1) < 3) return null;
  return rawClaim(k + 1, e, { start: a, end: a + 1 }, { start: a + 1, end: k });
}

/** Words that end a headline after a colon or dash without naming its source ("…: Live Updates", "… - Analysis"). */
const NOT_SOURCES = new Set([...KICKERS, ...NOT_NAMES, 'updates', 'report', 'reports', 'sources', 'officials', 'what', 'we', 'know', 'part']);
const SOURCE_MARKS = new Set([':', '-', '–', '—']);

/**
 * Wire headlines that name their source last: "N. Korea fires ballistic missile into East Sea: JCS", "Kremlin sees no
 * grounds for optimism - Peskov", "Iran will not retreat from its rights: Araghchi". Up to three capitalised words
 * after the last colon or dash end the line; the headline before them is in sentence case (a title-case one may end
 * in "…: What We Know") and has no speech verb of its own. The mark is the cue.
 */
function trailingSourceClaim(ctx: DocContext, a: number, b: number): RawClaim | null {
  let e = b;
  while (e > a && !isWord(ctx, e - 1)) e--;
  let k = e;
  while (k > a && e - k <= 4 && (isCapitalized(ctx, k - 1) || ctx.tokens.text(k - 1) === '.')) k--;
  if (k === e || k - 1 <= a || !SOURCE_MARKS.has(ctx.tokens.text(k - 1)) || !sameLine(ctx, a, e - 1)) return null;
  for (let i = k; i < e; i++) if (isWord(ctx, i) && NOT_SOURCES.has(nm(ctx, i))) return null;
  let lower = 0;
  for (let i = a + 1; i < k - 1; i++) {
    const w = nm(ctx, i);
    // "Police announce the suspect’s name: Syed Farook": a headline with its own speech verb names its speaker first.
    if (HEADLINE_SPEECH.has(w) || HEADLINE_SPEECH.has(w + 's')) return null;
    if (/^[a-z]/.test(ctx.tokens.text(i)) && !DETERMINERS.has(w)) lower++;
  }
  const end = trimEnd(ctx, a, k - 1);
  return lower >= 2 && end - a >= 3 ? rawClaim(a, end, { start: k - 1, end: k }, { start: k, end: e }) : null;
}

// Claims whose content comes before the cue ("…, he said.", "“…,” said X.", "X will win, according to a poll."):
// where that content starts and ends, and what may resume after the attribution ("The plan, he said, would …").
import { rawClaim } from './raw-claim';
import type { DocContext } from './context';
import { isCapitalized, isCloseQuoteMark, isOpenQuoteMark, isWord, nm } from './context';
import { timeAdjunctEnd, trimEnd, trimStart } from './content';
import type { CueMatch } from './cues';
import { tailEnd, type Env } from './env';
import type { RawClaim } from './extract';
import { absorbClaims, finalAccordingSource, quoteKeepsSpeaker } from './final-attribution';
import { afterKicker } from './headline';
import { asClauseAt, commaAfter, partialQuoteEnds, resumesClause } from './clause';
import { appositionEnd, officePlaceEnd } from './according-apposition';
import type { TokenRange } from './source';
import { rightNP, withAuthor } from './source';
import { openingDatelineEnd } from './dateline';
import { APOSTROPHE_S, DETERMINERS, PREPOSITIONS, SAYING_VERBS, SUBJECT_END, SUBORDINATORS, TOLD_FORMS, VERB_GROUP } from './words';

/** End (exclusive) of content that stops at separator `sep`: a closing quote stays in, a comma goes out. */
function contentEndAtSeparator(ctx: DocContext, sep: number): number {
  if (isCloseQuoteMark(ctx, sep)) return sep + 1;
  if (sep > 0 && isCloseQuoteMark(ctx, sep - 1)) return sep;
  return sep;
}

/** Last words of an "according to" phrase that tell how, not who ("according to plan", "according to his wont"). */
const MANNER_SOURCES = new Set(['schedule', 'plan', 'plans', 'rules', 'law', 'laws', 'wont', 'script', 'tradition', 'custom', 'design']);

/** Whether only closing punctuation follows token e in the sentence ending at b. */
function endsSentenceAt(ctx: DocContext, e: number, b: number): boolean {
  for (let k = e; k < b; k++) if (isWord(ctx, k)) return false;
  return true;
}

/**
 * Where a content that precedes its cue starts, from `lo` up to the separator: past leading punctuation, and past a
 * dateline ("WASHINGTON (AP) — …, officials said."), which is the author's. A dateline opens one of an article's
 * first sentences (after the headline); later, "NATO — the alliance — …" is content.
 */
function startBefore(ctx: DocContext, lo: number, sep: number): number {
  const si = ctx.sentOf[lo];
  const from = openingDatelineEnd(ctx, lo, sep);
  const s = trimStart(ctx, ctx.sentences[si].firstToken === from ? afterKicker(ctx, from, sep) : from, sep);
  return afterNoteworthy(ctx, s, sep);
}

const NOTING = new Set(['noting', 'mentioning', 'recalling', 'remembering']);

/**
 * "It is worth noting that X …, according to Y", "It is noteworthy that …" (Iraqi and Iranian wires): the reporter's
 * framing before what Y says; the content starts after its "that".
 */
function afterNoteworthy(ctx: DocContext, s: number, e: number): number {
  if (s + 3 >= e || nm(ctx, s) !== 'it' || (nm(ctx, s + 1) !== 'is' && !APOSTROPHE_S.has(ctx.tokens.text(s + 1)))) return s;
  const k = nm(ctx, s + 2) === 'worth' && NOTING.has(nm(ctx, s + 3)) ? s + 4 : nm(ctx, s + 2) === 'noteworthy' ? s + 3 : -1;
  return k > 0 && k + 1 < e && nm(ctx, k) === 'that' ? k + 1 : s;
}

/**
 * The claims of an "according to" cue in sentence [a, b) whose earlier content may end at separator `sep`; `lo` is
 * where this cue's region may start, `first` the sentence's first claim in `out`. Returns the new `lo`; a claim whose
 * content runs on goes to `opened`. A function of its own: processSentence is large, and each recompile after a
 * deoptimisation in one of its branches cost 0.3–0.4 s of compiler time.
 */
export function accordingClaims(ctx: DocContext, env: Env, cue: CueMatch, a: number, b: number, sep: number, lo: number,
  out: RawClaim[], first: number, firstLo: number, opened: { claim: RawClaim | null }): number {
  let who = withAuthor(ctx, rightNP(ctx, cue.end, b), b);
  // "…, according to the SITE Intelligence Group, which monitors extremist statements.": the relative clause is the
  // source's, as PolNeAR marks it.
  // Not a relative that reports on its own ("…, according to Interfax, which said two people …"): that is the next claim.
  if (who && who.end + 1 < b && nm(ctx, who.end) === ',' && sourceRelativeToEnd(ctx, who.end + 1, b) && !reportsItself(ctx, who.end + 2, b)) who = { start: who.start, end: trimEnd(ctx, who.start, b) };
  // "…, according to the city's mayor, Sami Er.": the name in apposition that ends the sentence is the source's.
  if (who && who.end + 1 < b && nm(ctx, who.end) === ',' && nameToEnd(ctx, who.end + 1, b)) who = { start: who.start, end: trimEnd(ctx, who.start, b) };
  // "…, according to three regional and western officials with knowledge of the talks.": a conjunction that runs on to
  // the sentence end with no verb still names the source.
  if (who && nm(ctx, who.end) === 'and' && conjunctToEnd(ctx, who.end + 1, b)) who = { start: who.start, end: trimEnd(ctx, who.start, b) };
  // "…, according to the sources, but the team is expected to …": the clause after is the reporter's, as at the end.
  // So is the scene after it: "…, according to the UN's humanitarian office, as aid workers warned that …".
  const linkAfter = who !== null && who.end + 1 < b && nm(ctx, who.end) === ','
    && (CLAUSE_LINKS_AFTER.has(nm(ctx, who.end + 1)) || asClauseAt(ctx, who.end + 1, b));
  if (who && cue.start - 1 > a && (nm(ctx, cue.start - 1) === ',' || partialQuoteEnds(ctx, cue.start - 1, a)) && out.length > first
    && (trimEnd(ctx, who.end, b) === who.end || finalAccordingSource(ctx, who.end, b) || linkAfter || sourcelessSince(out, first)
    || appositionToEnd(ctx, who.end, b))) {
    // "“…,” Sanders said, according to CNN." / "X said Y, according to a report.": a final according-to takes
    // the whole clause, the attributions in it included (PolNeAR is univocal) — but a quote keeps its speaker.
    if (quoteKeepsSpeaker(ctx, out, first, cue.start - 1)) return b;
    const start = absorbClaims(ctx, out, first, cue.start - 1);
    if (start >= 0) { lo = Math.min(start, firstLo); sep = cue.start - 1; }
  }
  // "According to early results of exit polls conducted for the AP by Edison Research, …": the source runs to
  // the comma that opens the content.
  const found = !(sep >= 0 && sep > lo) ? commaAfter(ctx, cue.end, b) : -1;
  const place = found > cue.end ? officePlaceEnd(ctx, found, b) : -1;
  const comma = place > 0 ? found : found > cue.end ? appositionEnd(ctx, cue.end, found, b) : found;
  if (comma > cue.end) who = { start: cue.end, end: comma };
  const after = place > 0 ? place : who ? who.end : cue.end;
  // "Homelessness rose by 14 percent according to the charity Shelter.": no comma, but the source ends the sentence.
  // Not a manner ("go according to schedule", "won according to how well …").
  if (!(sep >= 0 && sep > lo) && who !== null && cue.start - lo >= 3 && endsSentenceAt(ctx, who.end, b) && !MANNER_SOURCES.has(nm(ctx, who.end - 1))
    && !SUBORDINATORS.has(nm(ctx, lo))) sep = cue.start;
  if (sep >= 0 && sep > lo) {
    const s0 = startBefore(ctx, lo, sep);
    const e0 = trimEnd(ctx, s0, contentEndAtSeparator(ctx, sep));
    if (e0 > s0) { subjectBeforeRelative(ctx, out, s0, cue, who); out.push(rawClaim(s0, e0, cue, who)); }
    lo = after;
    if (nm(ctx, sep) === ',' && after + 1 < b && nm(ctx, after) === ',' && resumesClause(ctx, after + 1) && !linkAfter && !opensApposition(ctx, after + 1)
      && !sourceRelativeToEnd(ctx, after + 1, b)) {
      // "The plan, according to officials, would …"
      const c2: RawClaim = rawClaim(after + 1, trimEnd(ctx, after + 1, tailEnd(ctx, env, cue.key, after + 1, b)), cue, who);
      if (c2.contentEnd > c2.contentStart) { out.push(c2); opened.claim = c2; }
      lo = b;
    }
  } else {
    const s0 = trimStart(ctx, after, b);
    const c: RawClaim = rawClaim(s0, trimEnd(ctx, s0, b), cue, who);
    if (c.contentEnd > c.contentStart) { out.push(c); opened.claim = c; }
    lo = b;
  }
  return lo;
}

/**
 * "The ban, which prohibits …, will take effect in March, officials said.": when the content before a cue starts at s0
 * right after the last claim, a relative clause of its own ("which prohibits …"), the subject that clause interrupted
 * ("The ban") is the content's first piece (PolNeAR keeps the nested claim and splits the outer content around it).
 */
function subjectBeforeRelative(ctx: DocContext, out: RawClaim[], s0: number, cue: CueMatch, who: TokenRange | null): void {
  const r = out.length > 0 ? out[out.length - 1] : null;
  if (!r || !r.source || r.source.end !== r.source.start + 1 || r.contentEnd !== s0 - 1 || nm(ctx, s0 - 1) !== ',') return;
  const rel = nm(ctx, r.source.start);
  const comma = r.source.start - 1;
  if ((rel !== 'which' && rel !== 'who') || comma <= 0 || nm(ctx, comma) !== ',') return;
  const prev = out.length > 1 ? out[out.length - 2] : null;
  let lo = ctx.sentences[ctx.sentOf[comma]].firstToken;
  if (prev && prev.contentEnd > lo && prev.contentEnd <= comma) lo = Math.max(prev.contentEnd, prev.cue ? prev.cue.end : 0, prev.source ? prev.source.end : 0);
  const s = startBefore(ctx, lo, comma);
  const e = trimEnd(ctx, s, comma);
  if (e > s && e - s <= 12) out.push(rawClaim(s, e, cue, who));
}

/**
 * Whether no claim of the sentence so far has a source: a raising or passive cue's ("Two people are confirmed dead,
 * according to police, and three remain missing"), whose source the according-to names wherever the sentence goes on.
 */
function sourcelessSince(out: readonly RawClaim[], first: number): boolean {
  for (let i = first; i < out.length; i++) if (out[i].source) return false;
  return true;
}

/** Whether [i, b) is a name of one to four capitalised words and the sentence's end punctuation. */
function nameToEnd(ctx: DocContext, i: number, b: number): boolean {
  let k = i;
  while (k < b && k < i + 4 && isWord(ctx, k) && isCapitalized(ctx, k)) k++;
  return k > i && trimEnd(ctx, i, b) === k;
}

/** The comma after a short addressee starting at j ("Radio-Canada", "reporters", "me on Friday"), else j. */
function addresseeEnd(ctx: DocContext, j: number, b: number): number {
  for (let k = j; k < b && k < j + 5; k++) {
    if (nm(ctx, k) === ',') return k > j ? k : j;
    if (ctx.quoteOf[k] >= 0 || !isWord(ctx, k)) return j;
  }
  return j;
}

/** Words that open a clause of its own after ", according to X,": a contrast, not the rest of the content (an "and" may
 * go on with the same subject: "X watched the videos, according to their attorneys, and said …"). */
const CLAUSE_LINKS_AFTER = new Set(['but', 'though', 'although', 'while', 'whereas', 'yet']);

/** Whether [i, b) runs to the sentence end with no comma, quote or verb ("western officials with knowledge of …"). */
function conjunctToEnd(ctx: DocContext, i: number, b: number): boolean {
  if (i >= b - 1) return false;
  for (let k = i; k < b; k++) {
    const w = nm(ctx, k);
    if (ctx.quoteOf[k] >= 0 || w === ',' || w === ';' || w === 'that' || VERB_GROUP.has(w) || SUBJECT_END.has(w)) return false;
  }
  return true;
}

/** Whether [i, b) is ", a senior counsel at the project." — an apposition to the source that runs to the sentence end. */
function appositionToEnd(ctx: DocContext, i: number, b: number): boolean {
  if (i + 2 >= b || nm(ctx, i) !== ',') return false;
  const n = nm(ctx, i + 1);
  return (n === 'a' || n === 'an' || n === 'the') && conjunctToEnd(ctx, i + 2, b);
}

/** A relative clause's verb at i that says something of its own ("which said", "who told"). */
function reportsItself(ctx: DocContext, i: number, b: number): boolean {
  return i < b && SAYING_VERBS.has(nm(ctx, i));
}

/** Whether [i, b) is a non-restrictive relative clause ("who asked not to be named …") that runs to the sentence end:
 * no quote, no further comma or semicolon (after one the sentence's own clause may resume: "…, which saw it, plans"). */
function sourceRelativeToEnd(ctx: DocContext, i: number, b: number): boolean {
  if (i >= b || (nm(ctx, i) !== 'who' && nm(ctx, i) !== 'which')) return false;
  for (let k = i; k < b; k++) if (ctx.quoteOf[k] >= 0 || nm(ctx, k) === ';' || nm(ctx, k) === ',') return false;
  return true;
}

/**
 * "…, said Richard Curtin, the chief economist for …": after a source that follows its cue, a comma and an article
 * open that source's apposition, not the rest of the reported clause (13 such claims on train, none in gold).
 */
function appositionAfterInverted(ctx: DocContext, cue: CueMatch, source: TokenRange | null, i: number): boolean {
  return source !== null && source.start >= cue.end && opensApposition(ctx, i);
}

/** Lower-case words that open a source's apposition: determiners and the commonest role words. */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'another', 'its', 'his', 'her', 'their', 'then', 'former', 'deputy',
  'chief', 'senior', 'executive', 'director', 'president', 'chairman', 'head', 'spokesman', 'spokeswoman', 'spokesperson',
  'professor', 'editor', 'founder', 'author', 'historian', 'analyst', 'adviser', 'advisor', 'aide', 'strategist', 'economist',
  'minister', 'secretary', 'commander', 'governor', 'mayor', 'leader', 'lawyer', 'attorney', 'researcher', 'lecturer']);

/**
 * Whether token i opens an apposition of the source before it: an article, owner or role word ("its president and
 * CEO", "executive director of …"), a possessive name ("Mr. Netanyahu's former national security adviser",
 * "Politifact's editor") or a name that ends the sentence.
 */
function opensApposition(ctx: DocContext, i: number): boolean {
  if (APPOSITION_OPENERS.has(nm(ctx, i)) && (!isCapitalized(ctx, i) || DETERMINERS.has(nm(ctx, i)))) return true;
  // A name that ends the sentence: "…, said the company's chief executive, John J. Ferriola."
  const last = ctx.sentences[ctx.sentOf[i]].endToken - 1;
  for (let k = i; k < i + 6 && k <= last; k++) {
    const t = ctx.tokens.text(k);
    if (APOSTROPHE_S.has(t)) return k > i;
    if (k === last && k > i && (t === '.' || t === '!' || t === '?')) return true;
    if (!isCapitalized(ctx, k) && t !== '.') return false;
  }
  return false;
}

/**
 * The claims of a cue whose content precedes it, up to separator `sep` ("…, he said." / "“…,” said X."), from `lo`;
 * `j` is where the cue (or its inverted source) ends, `final` whether the attribution took the whole clause.
 * Returns the new `lo`; a claim resumed after a parenthetical attribution goes to `opened`. Its own function for
 * the reason given at accordingClaims.
 */
export function contentBefore(ctx: DocContext, env: Env, cue: CueMatch, b: number, sep: number, lo: number, j: number,
  final: boolean, source: TokenRange | null, nextCue: number, out: RawClaim[], opened: { claim: RawClaim | null }): number {
  const s0 = startBefore(ctx, lo, sep);
  const e0 = trimEnd(ctx, s0, contentEndAtSeparator(ctx, sep));
  // Content comes first, so a preposition at the end of the cue opens an adjunct: "wrote | in a post".
  const cueT = cue.end - cue.start > 1 && PREPOSITIONS.has(nm(ctx, cue.end - 1)) ? { start: cue.start, end: cue.end - 1, key: cue.key } : cue;
  // Words between the source and its cue are the source's apposition ("…: ''…,'' Isaac Boltansky, an analyst at X, wrote
  // in a note"), never its content.
  if (e0 > s0 && !(source && source.end <= s0)) { subjectBeforeRelative(ctx, out, s0, cueT, source); out.push(rawClaim(s0, e0, cueT, source)); }
  // "“A,” he said, “B.”" — the quote after is a continuation of the same claim.
  let k = j;
  while (k < b && !isOpenQuoteMark(ctx, k) && nm(ctx, k) !== '.' && k < j + 8) k++;
  // "…,” Spicer said, adding, “…”": a quote after the next cue (starting at `nextCue`) is that cue's content.
  if (k < b && isOpenQuoteMark(ctx, k) && nm(ctx, k - 1) === ',' && nextCue >= k) {
    const q = ctx.quotes[ctx.quoteOf[k]];
    let e = k;
    while (e < ctx.tokens.length && ctx.tokens.end(e) <= q.end) e++;
    out.push(rawClaim(k, e, cue, source));
    return e;
  }
  // "The federal government, he told Radio-Canada, had …", "The plan, he said on Tuesday, would …": the addressee
  // after "told" or a time adjunct is part of the parenthetical.
  if (j < b && nm(ctx, j) !== ',') {
    const time = timeAdjunctEnd(ctx, j, b);
    if (time > j && time < b && nm(ctx, time) === ',') j = time;
    else if (TOLD_FORMS.has(nm(ctx, cue.end - 1))) j = addresseeEnd(ctx, j, b);
  }
  if (!final && sep >= 0 && nm(ctx, sep) === ',' && j + 1 < b && nm(ctx, j) === ',' && resumesClause(ctx, j + 1)) {
    // The apposition is no content, and no later cue inside it takes the content before ("…, predicted Madeleine
    // Kunin, the former governor challenged by Sanders").
    if (appositionAfterInverted(ctx, cue, source, j + 1)) return b;
    // "The plan, he said, would cut taxes": the reported clause resumes after the parenthetical attribution.
    const c2: RawClaim = rawClaim(j + 1, trimEnd(ctx, j + 1, tailEnd(ctx, env, cue.key, j + 1, b)), cueT, source);
    if (c2.contentEnd > c2.contentStart) { out.push(c2); opened.claim = c2; }
    return b;
  }
  return j;
}

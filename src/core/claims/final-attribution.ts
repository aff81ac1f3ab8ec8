// A final attribution ("…, she said.", "…, said X, a fellow at …", "…, according to X.") takes the whole clause
// before it, the claims already found in it included: PolNeAR is univocal.
import type { DocContext } from './context';
import { isCapitalized, isOpenQuoteMark, isWord, nm } from './context';
import { asClauseAt, opensVerb, timeRelationAt } from './clause';
import { onlyAdjunctFollows, timeAdjunctEnd } from './content';
import type { RawClaim } from './extract';
import { DETERMINERS, INVERSION_CUES, isGerund, PRONOUNS } from './words';

/**
 * When the claims from index `first` on end right before `sep` (nothing but punctuation between), drops them and
 * returns where the first of them (source, cue or content) started; else -1 ("…, which stood at 263, according
 * to X" attributes only the relative clause).
 */
export function absorbClaims(ctx: DocContext, out: RawClaim[], first: number, sep: number): number {
  if (out.length > first && askedIntro(ctx, out[first])) return -1;
  let start = sep;
  let end = 0;
  let cueLast = false; // the last claim ends with its cue: its content came first ("“…,” X said at an event")
  let raised = false; // … a raising cue's, with no source: "The talks | are expected | to focus on …, the sources said."
  for (let i = first; i < out.length; i++) {
    const r = out[i];
    start = Math.min(start, r.contentStart, r.cue ? r.cue.start : start, r.source ? r.source.start : start);
    const e = Math.max(r.contentEnd, r.cue ? r.cue.end : 0, r.source ? r.source.end : 0);
    if (e >= end) { end = e; cueLast = r.cue !== null && r.contentEnd <= r.cue.start; raised = cueLast && r.source === null; }
  }
  // After a raising cue, "to" and a verb carry its clause on to the final attribution.
  const carried = raised && end + 1 < sep && nm(ctx, end) === 'to' && opensVerb(ctx, end + 1);
  // "… will discuss a new sanctions package on Wednesday, three diplomats said": a time adjunct left after the last
  // claim is the clause's too.
  if (!carried && (cueLast ? !cueAdjunctOnly(ctx, end, sep) : hasWord(ctx, end, sep) && !listTail(ctx, end, sep) && !predicateTail(ctx, end, sep)
    && timeAdjunctEnd(ctx, end, sep) !== sep)) return -1;
  out.length = first;
  return start;
}

/** Participles that open a sentence with the question put to its subject ("Asked whether he feared …, Temirov paused."). */
const QUESTION_INTROS = new Set(['Asked', 'Pressed', 'Questioned']);

/** Whether a claim is such an opening question: what was asked, never the content of the main clause's cue. */
function askedIntro(ctx: DocContext, r: RawClaim): boolean {
  return r.cue !== null && r.source === null && QUESTION_INTROS.has(ctx.tokens.text(r.cue.start)) && r.contentStart > r.cue.start;
}

/**
 * Whether the last claim before separator `sep` is a quote followed by its own speaker and cue ("“…,” Sanders
 * said, according to CNN.", "“…,” Netanyahu told a cabinet meeting, according to his office."): the words are
 * the speaker's, the according-to only names where the report comes from, so the quote keeps its speaker. (PolNeAR
 * gives such quotes to the according-to source as often as not; a reader asks who said them.)
 */
export function quoteKeepsSpeaker(ctx: DocContext, out: readonly RawClaim[], first: number, sep: number): boolean {
  if (out.length <= first) return false;
  const r = out[out.length - 1];
  // The quote may have opened a sentence or more before ("“I staged … women. If their words …,” Sokolova told …").
  const q = ctx.quoteOf[r.contentStart];
  const quoted = isOpenQuoteMark(ctx, r.contentStart) || (q >= 0 && ctx.quotes[q].start < ctx.tokens.start(r.contentStart));
  if (r.cue === null || r.source === null || r.contentEnd > r.cue.start || !quoted) return false;
  return cueAdjunctOnly(ctx, Math.max(r.cue.end, r.source.end), sep);
}

/**
 * Whether only an adjunct, without a comma, follows position j to the sentence end, or to a comma before "as" ("…,
 * sources said, as the two neighbours seek …": the scene around the attribution) or the reporter's framing ("…, two
 * sources told Reuters, in what would be the most significant step …") or, after a speech verb, a participle ("…,
 * the researchers wrote, suggesting …"): the attribution is final.
 */
export function finalAttribution(ctx: DocContext, j: number, head: string, b: number): boolean {
  let end = b;
  for (let k = j; k < b; k++) {
    if (ctx.tokens.text(k) !== ',') continue;
    // "…, the researchers wrote, suggesting that …": a participle after the comma opens a claim of its own.
    if (!asClauseAt(ctx, k + 1, b) && !timeRelationAt(ctx, k + 1, b) && !framingAt(ctx, k + 1, b) && !(INVERSION_CUES.has(head) && k + 1 < b && isGerund(nm(ctx, k + 1)))) return false;
    end = k;
    break;
  }
  return onlyAdjunctFollows(ctx, j, head, end);
}


/** Nouns of a reporter's framing after "in a": "in a move that …", "in a sign of …", "in a blow to …". */
const FRAMING_NOUNS = new Set(['move', 'sign', 'step', 'blow', 'rebuke', 'setback', 'boost', 'reversal', 'departure', 'bid', 'shift']);

/** Whether "in what …" or "in a move …" opens at token i (the reporter's framing of the news). */
function framingAt(ctx: DocContext, i: number, b: number): boolean {
  if (i + 2 >= b || nm(ctx, i) !== 'in') return false;
  const n = nm(ctx, i + 1);
  return n === 'what' || ((n === 'a' || n === 'an') && FRAMING_NOUNS.has(nm(ctx, i + 2)));
}

/** After a final inverted source, only an adjunct or an apposition to the end (", said X, a fellow at …"). */
export function finalInverted(ctx: DocContext, j: number, head: string, b: number): boolean {
  if (j + 1 >= b || nm(ctx, j) !== ',') return finalAttribution(ctx, j, head, b);
  if (asClauseAt(ctx, j + 1, b)) return true; // "…, said X, as the crowd cheered."
  const n = nm(ctx, j + 1);
  if (!DETERMINERS.has(n) && n !== 'who' && !isCapitalized(ctx, j + 1)) return false;
  for (let k = j + 1; k < b; k++) if (ctx.quoteOf[k] >= 0) return false;
  return true;
}

/**
 * Whether the noun phrase of a sentence-final "according to" ends at e or runs on to the sentence end b with
 * modifiers only, no clause break (comma, semicolon, colon, dash, parenthesis, quote): "…, according to an
 * account she gave to friends.", "…, according to people close to the campaign." take the whole clause before.
 */
export function finalAccordingSource(ctx: DocContext, e: number, b: number): boolean {
  for (let k = e; k < b; k++) {
    if (ctx.quoteOf[k] >= 0 || CLAUSE_BREAKS.has(nm(ctx, k))) return false;
  }
  return true;
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', '-', '--']);

function hasWord(ctx: DocContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isWord(ctx, k)) return true;
  return false;
}

/**
 * Whether [s, e) is the rest of a list the last claim's content stopped inside: a comma, then names, articles and one
 * "and"/"or" ("China is willing to work … within frameworks such as the United Nations, | the Shanghai Cooperation
 * Organization and BRICS, Xi said."), no verb or clause.
 */
function listTail(ctx: DocContext, s: number, e: number): boolean {
  if (s >= e || nm(ctx, s) !== ',' || e - s > 12) return false;
  let conjunction = false;
  for (let k = s + 1; k < e; k++) {
    const n = nm(ctx, k);
    if (n === 'and' || n === 'or') conjunction = true;
    else if (n !== ',' && !DETERMINERS.has(n) && !isCapitalized(ctx, k)) return false;
  }
  return conjunction;
}

/**
 * Whether [s, e) is a second predicate of the last claim's subject: ", and supports the Iraqi people in …" after
 * "China firmly supports Iraq in …" — the verb after "and" has no subject of its own, so the clause before the final
 * cue runs from that subject on ("…, Han said." says both).
 */
function predicateTail(ctx: DocContext, s: number, e: number): boolean {
  if (s + 2 >= e || nm(ctx, s) !== ',' || nm(ctx, s + 1) !== 'and') return false;
  const n = nm(ctx, s + 2);
  return isWord(ctx, s + 2) && !isCapitalized(ctx, s + 2) && !DETERMINERS.has(n) && !PRONOUNS.has(n) && /(?:s|ed)$/.test(n);
}

/**
 * Whether [s, e) after a cue whose content came before it is a short adjunct or addressee ("said at a press
 * conference", "told reporters", "said Monday in Cheyenne"): no clause of its own starts there.
 */
function cueAdjunctOnly(ctx: DocContext, s: number, e: number): boolean {
  if (e - s > 10) return false;
  for (let k = s; k < e; k++) {
    const n = nm(ctx, k);
    if (ctx.quoteOf[k] >= 0 || n === ',' || n === 'that' || n === 'who' || n === 'which' || n === ':' || n === ';') return false;
  }
  return true;
}

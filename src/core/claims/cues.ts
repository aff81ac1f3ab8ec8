// Attribution cues in a sentence: longest learned cue phrase at each token outside quotes, widened to its verb group
// ("has also said") and a trailing colon ("said:").
import type { DocContext } from './context';
import { isCapitalized, isCloseQuoteMark, isWord, nm } from './context';
import type { CueLexicon, CueNode } from './lexicon';
import { docLexicon } from './doc-lexicon';
import type { CueModel } from './cue-model';
import { cueFeatures, cueScore, scoreCue } from './cue-model';
import { COLON, complementFeatures, markerKind } from './complement-cues';
import { APOSTROPHE_S, BE_FORMS, isNumberStart, NAMING_VERBS, PERSONAL_SUBJECTS, QUOTED_AS, TIME_LEADS, VERB_GROUP } from './words';
import { isPluralNoun, notACue } from './not-a-cue';
import { SUMMARY_NOUNS } from './source';
import { withMannerCues } from './manner-cues';

/**
 * "Araqchi was quoted as saying", "Tusk is quoted as saying": after a phrase ending in "quoted" (or "cited"), the words
 * "as saying" belong to the cue (PolNeAR marks "is quoted as saying" so), not to a second cue "saying"; so does a "by"
 * phrase before them naming where ("Tim Cook was cited by the Nikkei as saying"): the subject said it. How many tokens
 * to add.
 */
function quotedAsSaying(ctx: DocContext, e: number, b: number): number {
  const last = nm(ctx, e - 1);
  if (e + 1 >= b || (last !== 'quoted' && last !== 'cited')) return 0;
  if (nm(ctx, e) === 'as') return QUOTED_AS.has(nm(ctx, e + 1) ?? '') ? 2 : 0;
  if (nm(ctx, e) !== 'by') return 0;
  for (let k = e + 2; k + 1 < b && k <= e + 7; k++) {
    if (nm(ctx, k) === 'as') return QUOTED_AS.has(nm(ctx, k + 1)) ? k + 2 - e : 0;
    if (!isWord(ctx, k) || ctx.quoteOf[k] >= 0) return 0;
  }
  return 0;
}

export interface CueMatch {
  readonly start: number;
  readonly end: number;
  /** Normalised text of the learned phrase (without the verb-group widening). */
  readonly key: string;
}

/**
 * Cue matches in sentence [a, b). With a model, lexicon matches are candidates that the classifier accepts or
 * rejects; `onCandidate` (training) sees every candidate with its features. `scores`, when given, is refilled with
 * each returned cue's classifier score (NOT_JUDGED for a phrase accepted without one).
 */
export function findCues(
  ctx: DocContext, lex: CueLexicon, a: number, b: number, model?: CueModel,
  onCandidate?: (m: CueMatch, feats: number[], complement: boolean) => void, scores?: number[],
): CueMatch[] {
  const out: CueMatch[] = [];
  if (scores) scores.length = 0;
  const words = docLexicon(ctx, lex);
  // Only the tokens a phrase can start at (found once per document), in order; a match skips those inside it.
  const starts = words.phraseStarts();
  // Complement candidates (complement-cues.ts), for the classifier only: taken in token order with the phrases,
  // each unless a candidate phrase covers it.
  const comps = model || onCandidate ? words.complementStarts() : NONE;
  let cc = comps.length ? firstAtOrAfter(comps, a) : 0;
  let candEnd = a; // end of the last candidate phrase, accepted or not
  // End of the last candidate in this sentence that is nearly always a cue (lexicon P ≥ 0.8, as "said", "told"),
  // accepted or not, so that training (every candidate) and extraction see the same value. (CV on train: P ≥ 0.2…0.8
  // all gained, 0.8 most; bench/claims-experiments.md, session 9 claims-coord9.)
  let strongEnd = -1;
  for (let c = firstAtOrAfter(starts, a); c < starts.length && starts[c] < b; c++) {
    const i = starts[c];
    for (; cc < comps.length && comps[cc] < i; cc++) {
      if (comps[cc] < candEnd) continue;
      const m = complementCue(ctx, lex, comps[cc], out, strongEnd, a, b, model, onCandidate);
      if (m) { out.push(m); if (scores) scores.push(COMPLEMENT_SCORE[0]); }
    }
    // "Moody's said": the cue is the verb, the "'s" the name's (a noun after it is PolNeAR's cue with the "'s":
    // "Trump's attacks on").
    if (i + 1 < b && nameEndingS(ctx, i, a) && SAYS_FORMS.test(nm(ctx, i + 1))) continue;
    const first = words.startNode(i) as CueNode;
    const found = words.longestFrom(first, i, b);
    if (!found) continue;
    let len = found.depth;
    // "also called" + "called on": let a phrase starting inside the match extend it; not "according to" + "to state"
    // ("according to state records": the source's adjective).
    for (let k = i + 1; k < i + len && found.key !== 'according to'; k++) {
      const inner = words.longestFrom(lex.root.byId.get(words.wordId(k)) ?? null, k, b);
      len = Math.max(len, k - i + (inner ? inner.depth : 0));
    }
    // "said Friday's proceedings": the possessor after a phrase's last word belongs to what follows.
    if (len > 1 && i + len < b && APOSTROPHE_S.has(ctx.tokens.text(i + len))) len--;
    // "said about four million pilgrims": "about" before a number approximates it, it names no topic.
    if (len > 1 && i + len < b && nm(ctx, i + len - 1) === 'about' && isNumberStart(ctx.tokens.text(i + len))) len--;
    len += quotedAsSaying(ctx, i + len, b);
    const s = verbGroupStart(ctx, i, out.length ? out[out.length - 1].end : a, a);
    let e = i + len;
    if (e < b && ctx.tokens.text(e) === ':') e++;
    candEnd = e;
    if (notACue(ctx, i, e, a, b) || continuesDoing(ctx, lex, e, b)) continue;
    if (!onCandidate && (countedNoun(ctx, i, e, a) || reportingSubject(ctx, i, e, b))) continue;
    const whole = len === found.depth;
    const m: CueMatch = { start: s, end: e, key: whole ? found.key : phrase(ctx, i, i + len) };
    // Phrases that are nearly always whole cues ("said", "according to") need no classifier.
    const pr = whole ? found.prob : lex.prob(m.key);
    const viaStem = first.viaStem; // another form of a cue word: only the classifier may take it
    const coord = coordination(ctx, strongEnd, s);
    if (pr[0] >= 0.8) strongEnd = e;
    if (viaStem && !model && !onCandidate) continue;
    // "Saied, for his part, has rejected …": a name opening its sentence that only looks like a form of a cue word.
    // (A participle opening it is a cue: "Adopting the recommendations …, the board …".)
    if (viaStem && i === a && isCapitalized(ctx, i) && e < b && nm(ctx, e) === ',' && !nm(ctx, i).endsWith('ing')) continue;
    let score = NOT_JUDGED;
    if (onCandidate) {
      const feats = cueFeatures(ctx, pr, m.key, s, i, e, a, b, viaStem, coord);
      onCandidate(m, [...feats], false);
      if (model && (score = scoreCue(model, feats)) <= model.threshold) continue;
    } else if (model && !(!viaStem && pr[0] >= 0.8 && pr[1] >= 0.6) && !cueWhateverScored(ctx, s, i, e, b)) {
      if ((score = cueScore(ctx, model, pr, m.key, s, i, e, a, b, viaStem, coord)) <= model.threshold && !verbThenThat(ctx, i, e, b)) continue;
    }
    out.push(m);
    if (scores) scores.push(score);
    while (c + 1 < starts.length && starts[c + 1] < e) c++;
  }
  for (; cc < comps.length && comps[cc] < b; cc++) {
    if (comps[cc] < candEnd) continue;
    const m = complementCue(ctx, lex, comps[cc], out, strongEnd, a, b, model, onCandidate);
    if (m) { out.push(m); if (scores) scores.push(COMPLEMENT_SCORE[0]); }
  }
  if (!onCandidate) withMannerCues(ctx, a, b, out, scores, NOT_JUDGED);
  return out;
}

/** Reporting verbs that follow a plural noun as its verb ("Newspaper reports revealed", "Her comments suggested";
 * PolNeAR: 1 gold cue of 25,000 right before one of these). */
const REPORTING_AFTER = new Set(['revealed', 'reveal', 'showed', 'show', 'suggested', 'suggest', 'indicated', 'indicate']);

/**
 * A plural noun right before a reporting verb is its subject, no cue ("Newspaper reports revealed …"). Applied when
 * extracting only: as negatives in the cue classifier's training they cost honest CV 0.17 attribution F1 (row 25-8).
 */
function reportingSubject(ctx: DocContext, i: number, e: number, b: number): boolean {
  return e === i + 1 && e < b && REPORTING_AFTER.has(nm(ctx, e)) && isPluralNoun(nm(ctx, i));
}

/** News outlets that report: a form of "report" right after one is its verb. */
const OUTLETS = new Set(['media', 'newspaper', 'newspapers', 'television', 'tv', 'radio', 'agency', 'agencies', 'outlets', 'network',
  'broadcaster', 'daily', 'paper', 'website', 'channel']);

/**
 * "State media reported five people died", "Local media reported there were clashes", "The newspaper is reporting
 * …": a news outlet's "reported" or "reporting" is a cue, whatever the classifier says of what follows (it read a
 * number or "there" after "reported" as PolNeAR's "reported $5 million in revenue"; PolNeAR marks 9 of 9 such
 * verbs). Extracting only, as reportingSubject.
 */
function mediaReported(ctx: DocContext, s: number, i: number, e: number): boolean {
  const w = nm(ctx, i);
  return e === i + 1 && (w === 'reported' || w === 'reporting') && s > 0 && OUTLETS.has(nm(ctx, s - 1));
}
/** Cues the classifier is not asked about: a news outlet's "reported", a document's "states", "posted on X that". */
function cueWhateverScored(ctx: DocContext, s: number, i: number, e: number, b: number): boolean {
  return mediaReported(ctx, s, i, e) || documentStates(ctx, s, i, e, b) || postedThat(ctx, i, e, b) || emphaticVerb(ctx, i, e, b)
    || summaryRelative(ctx, i, e);
}

/** Past tenses of naming (words.ts NAMING_VERBS; "described" takes "as" in its own cue) or disputing in a relative clause
 *  on a noun that sums up the clause before. */
const SUMMING_VERBS = new Set([...NAMING_VERBS].filter((w) => w.endsWith('ed') && w !== 'described').concat(['branded', 'denied', 'disputed']));

/**
 * "…, a figure the Wardell campaign called “fantasy math.”": such a verb after ", a figure" and its subject is a cue
 * whatever the classifier says (it rejected it after another cue in the sentence: "He cited the poll, a figure …").
 */
function summaryRelative(ctx: DocContext, i: number, e: number): boolean {
  if (e !== i + 1 || !SUMMING_VERBS.has(nm(ctx, i))) return false;
  for (let j = i - 2; j >= 2 && i - j <= 6; j--) {
    if (!isWord(ctx, j)) return false;
    if (SUMMARY_NOUNS.has(nm(ctx, j)) && (nm(ctx, j - 1) === 'a' || nm(ctx, j - 1) === 'an')) return CLAUSE_BREAKS.has(ctx.tokens.text(j - 2));
  }
  return false;
}
const CLAUSE_BREAKS = new Set([',', '—', '–', '-', '--', ';']);

/** Verbs of stating and estimating (past tenses; "contend" and "maintain" in every form) whose "that" clause is what was
 *  stated. */
const THAT_VERBS = new Set(['estimated', 'predicted', 'projected', 'calculated', 'concluded', 'confirmed', 'announced',
  'acknowledged', 'admitted', 'argued', 'insisted', 'warned', 'asserted', 'noted', 'contend', 'contends', 'contended', 'maintain',
  'maintains', 'maintained']);

/**
 * "The Department of Agriculture estimated in December that the harvest would …": such a verb with "that" right after
 * it or after a short time adjunct ("in December", "on Monday", "last week") is a cue where the classifier rejects it.
 */
function verbThenThat(ctx: DocContext, i: number, e: number, b: number): boolean {
  // Right after its subject: not passive ("was confirmed that"), nor a second verb ("… and admitted that", whose subject
  // may be another's).
  if (e !== i + 1 || i === 0 || !THAT_VERBS.has(nm(ctx, i)) || isCapitalized(ctx, i) || BE_FORMS.has(nm(ctx, i - 1)) || !isWord(ctx, i - 1)
    || COORDINATING.has(nm(ctx, i - 1))) return false;
  for (let k = e; k < b && k <= e + 3; k++) {
    const n = nm(ctx, k);
    if (n === 'that') return true;
    if (!isWord(ctx, k) || ctx.quoteOf[k] >= 0 || (k === e && n !== 'in' && !TIME_LEADS.has(n))) return false;
  }
  return false;
}
const COORDINATING = new Set(['and', 'but', 'or', 'then']);

/** Verbs of stating with emphasis, in wire copy ("affirmed his country's support for …", "underlined the need to …"). */
const EMPHATIC = new Set(['affirmed', 'reaffirmed', 'stressed', 'emphasized', 'emphasised', 'underlined', 'reiterated']);
/** What opens such a verb's object or clause. */
const EMPHATIC_OBJECT = new Set(['his', 'her', 'its', 'their', 'the', 'that']);

/**
 * "The Iranian Ambassador affirmed his country's support for …": a finite emphatic verb before a possessive, "the" or
 * "that" is a cue whatever the classifier says (27 gold cues in train, none of them left out); not "were stressed", nor
 * "underscored", whose subject is as often an event ("Cruz's fusillade underscored the importance of …").
 */
function emphaticVerb(ctx: DocContext, i: number, e: number, b: number): boolean {
  return e === i + 1 && e < b && EMPHATIC.has(nm(ctx, i)) && EMPHATIC_OBJECT.has(nm(ctx, e)) && !(i > 0 && BE_FORMS.has(nm(ctx, i - 1)));
}

/** Documents whose text "states" something ("…, the complaint states."; the lexicon's "states" is mostly the noun). */
const STATING_DOCUMENTS = new Set(['complaint', 'affidavit', 'lawsuit', 'suit', 'filing', 'indictment', 'report', 'document',
  'statement', 'letter', 'memo', 'warrant', 'motion', 'ruling', 'order', 'policy', 'website', 'release']);

/** "the complaint states", "The affidavit states that …": a document's "states" is a cue whatever the classifier says. */
function documentStates(ctx: DocContext, s: number, i: number, e: number, b: number): boolean {
  if (e !== i + 1 || nm(ctx, i) !== 'states' || s === 0) return false;
  // "The letter, which Science has seen, states that …": after an aside, "states that" is the verb.
  // (Not "Massachusetts and Vermont, states that vote on March 1": the noun in apposition to places.)
  return STATING_DOCUMENTS.has(nm(ctx, s - 1)) || (nm(ctx, s - 1) === ',' && e < b && nm(ctx, e) === 'that' && !isCapitalized(ctx, i)
    && s > 1 && !isCapitalized(ctx, s - 2));
}
/** "posted on Instagram that …", "posted on X:", "posted on X after the story ran:": a post's content follows, whatever the
 *  classifier makes of the platform. */
function postedThat(ctx: DocContext, i: number, e: number, b: number): boolean {
  if (e !== i + 1 || nm(ctx, i) !== 'posted') return false;
  if (afterQuoteAndName(ctx, i)) return true; // "“…,” Tunde Okafor posted on X after the match."
  if (e >= b || nm(ctx, e) !== 'on') return false;
  for (let k = e + 1; k < b && k <= e + 4; k++) if (nm(ctx, k) === 'that' || nm(ctx, k) === ':') return true;
  // "posted on X after an early version of the story ran:" and the post below: a colon ending the sentence.
  return b - e <= 14 && nm(ctx, b - 1) === ':';
}
/** Whether one to four capitalised words or a personal pronoun come between a closing quote (with its comma) and i. */
function afterQuoteAndName(ctx: DocContext, i: number): boolean {
  let k = i - 1;
  if (k >= 0 && PERSONAL_SUBJECTS.has(nm(ctx, k))) k--;
  else while (k >= 0 && i - k <= 4 && isWord(ctx, k) && isCapitalized(ctx, k)) k--;
  return k < i - 1 && k >= 0 && isCloseQuoteMark(ctx, k);
}

// Verbs of claiming that, after a plural noun, have it as their subject ("witnesses claim", "critics argued"); "claims",
// "reports" are left out: after a cue they are its object nouns ("denying claims of plagiarism").
const CONTINUE = new Set(['continue', 'continues', 'continued', 'continuing']);

/**
 * "Israel has continued to strike targets": "continued" ends a quote's attribution ("…," he continued) but before "to"
 * and a verb that is no cue word it is an aspect of that verb, not speech. "continued to portray", "continuing to
 * attack" stay candidates (the verb after "to" is a cue word in the lexicon, or the stem of one).
 */
function continuesDoing(ctx: DocContext, lex: CueLexicon, e: number, b: number): boolean {
  if (e + 1 >= b || nm(ctx, e) !== 'to' || !CONTINUE.has(nm(ctx, e - 1))) return false;
  const verb = nm(ctx, e + 1);
  return lex.prob(verb)[0] < 0.05 && lex.stemNode(verb) === null;
}

const COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'dozen', 'dozens', 'hundreds', 'thousands', 'millions']);

/**
 * One word in -s after a count is a plural noun, no cue: "The two sides signed …", "728 claims were filed …" (a year
 * is no count: "2016 marks the first time"). Applied when extracting only: PolNeAR has no gold cue there, and the cue
 * classifier trained without these negatives took more of the same words elsewhere (honest CV attribution −0.12;
 * with them +0.06, bench/claims-experiments.md row 23-1).
 */
function countedNoun(ctx: DocContext, i: number, e: number, a: number): boolean {
  if (e !== i + 1 || i <= a || !nm(ctx, i).endsWith('s')) return false;
  const word = nm(ctx, i - 1);
  return COUNTS.has(word) || (/^\d[\d,]*$/.test(word) && word !== '1' && !/^(?:1[89]|20)\d\d$/.test(word));
}

/**
 * The complement candidate at token w (complement-cues.ts), widened to its verb group after the last cue in `out`,
 * as a cue when the classifier accepts it, else null. Only an accepted one is a cue, in training too, so that the
 * lexicon candidates' examples are what they were without complements.
 */
function complementCue(
  ctx: DocContext, lex: CueLexicon, w: number, out: readonly CueMatch[], strongEnd: number, a: number, b: number,
  model: CueModel | undefined, onCandidate: ((m: CueMatch, feats: number[], complement: boolean) => void) | undefined,
): CueMatch | null {
  const s = verbGroupStart(ctx, w, out.length ? out[out.length - 1].end : a, a);
  const marker = markerKind(nm(ctx, w + 1));
  const e = marker === COLON ? w + 2 : w + 1;
  const m: CueMatch = { start: s, end: e, key: nm(ctx, w) };
  const pr = lex.prob(m.key); // statistics of a phrase below the lexicon's thresholds ("think"), or [0, 0]
  const feats = complementFeatures(ctx, pr, m.key, s, w, e, a, b, coordination(ctx, strongEnd, s), marker);
  if (onCandidate) onCandidate(m, [...feats], true);
  if (!model) return null;
  const score = scoreCue(model, feats);
  COMPLEMENT_SCORE[0] = score - COMPLEMENT_MARGIN; // on the phrases' scale: how far it cleared the threshold
  return score > model.threshold + COMPLEMENT_MARGIN || (!onCandidate && verbThenThat(ctx, w, w + 1, b)) ? m : null;
}

/** The score of the last complement candidate complementCue judged (findCues' `scores`). */
const COMPLEMENT_SCORE = new Float64Array(1);

/**
 * The score findCues reports for a cue no classifier judged ("said", "according to", or every cue without a model):
 * above every classifier score, so that a decision reading scores sees these phrases as the surest cues.
 */
export const NOT_JUDGED = 100;

const NONE = new Int32Array(0);
/**
 * A complement candidate is a cue when its score clears the classifier's threshold by this much: their claims find
 * a right source less often than the phrases' (nested filter CV on train, margins 0…4: attribution 72.15 / 72.15 /
 * 72.26 / 72.21 / 72.21, overlap 79.42 / 79.38 / 79.44 / 79.31 / 79.29; rechecked after retraining the other models:
 * 72.17 / 72.18 / 72.17 / 72.07 / 72.10; bench/claims-experiments.md, session 12 cuethat12).
 */
export const COMPLEMENT_MARGIN = 2;

/**
 * Start of the cue whose phrase starts at token i, widened to its verb group ("has also said"), not before lo; a is
 * the sentence's first token.
 */
function verbGroupStart(ctx: DocContext, i: number, lo: number, a: number): number {
  let s = i;
  while (s > lo && inVerbGroup(ctx, s - 1, a)) s--;
  // "n't" splits into n ' t with the placeholder tokenizer: keep the verb group whole.
  if (s > lo + 1 && nm(ctx, s - 1) === "'" && nm(ctx, s - 2) === 'n') s -= 2;
  while (s > lo && inVerbGroup(ctx, s - 1, a)) s--;
  return s;
}

/** A verb-group word at k; capitalised inside a sentence it is a name ("Theresa May said", "While Will acknowledges"). */
function inVerbGroup(ctx: DocContext, k: number, a: number): boolean {
  return VERB_GROUP.has(nm(ctx, k)) && ctx.tokens.kind(k) === 'word' && (k === a || !isCapitalized(ctx, k));
}

/** "Moody's said", "McDonald's says": the "'s" of a name before it, not a contracted "has" ("He's said"). */
function nameEndingS(ctx: DocContext, k: number, a: number): boolean {
  return k > a && APOSTROPHE_S.has(ctx.tokens.text(k)) && isCapitalized(ctx, k - 1) && !CONTRACTING.has(nm(ctx, k - 1));
}

/** Verb forms a name's "'s" may stand before ("said", "says", "told", "warned"). */
const SAYS_FORMS = /^(?:said|says|told|tells|wrote|writes|[a-z]+ed)$/;

/** Words whose "'s" is a contracted "is" or "has" even when capitalised ("It's", "That's", "Here's"). */
const CONTRACTING = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'let']);

/**
 * How a candidate starting at s follows the last likely cue of its sentence (ending at strongEnd, −1: none):
 * 0 none, 1 right after "and"/"but" ("… and predicted"), 2 right after a comma ("…, adding"), 3 otherwise.
 */
export function coordination(ctx: DocContext, strongEnd: number, s: number): number {
  if (strongEnd < 0 || s < strongEnd) return 0;
  const w = nm(ctx, s - 1);
  if (w === 'and' || w === 'but') return 1;
  return w === ',' ? 2 : 3;
}

/** Index of the first value >= x in the sorted array, or its length. */
function firstAtOrAfter(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The normalised words of tokens [s, e), space-separated: a cue's key. */
export function phrase(ctx: DocContext, s: number, e: number): string {
  let k = nm(ctx, s);
  for (let i = s + 1; i < e; i++) k += ' ' + nm(ctx, i);
  return k;
}

// Sources of cues whose grammatical subject is not the speaker (split from source.ts): an expletive subject ("It is
// said that …"), a raising or evidential cue ("X is expected to", "X seems"), a passive ("was criticized for …") whose
// speaker, if any, is the agent after "by". PolNeAR marks such a subject as a content piece and the source empty.
import type { DocContext } from './context';
import { isCapitalized, isOpenQuoteMark, isWord, nm } from './context';
import { opensVerb } from './clause';
import type { TokenRange } from './source';
import { isAdverb, rightNP } from './source';
import { BE_FORMS, MESSAGES, MONTHS, QUOTED_AS, RECEIVED, SAYING_VERBS, VERB_GROUP, WEEKDAYS } from './words';

/** "It is said that …", "There is concern that …": an empty subject of a passive or existential cue. */
export function isExpletiveSource(ctx: DocContext, src: TokenRange | null, cueStart: number): boolean {
  if (!src || src.end - src.start !== 1) return false;
  const n = nm(ctx, src.start);
  if (n !== 'it' && n !== 'there') return false;
  return /^(is|was|are|were|has|had|have|be|been|being|seems|seemed|appears|appeared|'s)$/.test(nm(ctx, cueStart));
}

/**
 * Raising and evidential cues ("X is expected to", "X seems", "X appears", "X reportedly") attribute nothing to
 * their grammatical subject: PolNeAR marks such a subject as content and leaves the source empty.
 */
export function isRaisingCue(key: string): boolean {
  if (RAISING.test(key)) return true;
  // "does not seem", "may seem": auxiliaries, modals and negation before.
  let from = 0;
  for (;;) {
    const sp = key.indexOf(' ', from);
    if (sp < 0 || !VERB_GROUP.has(key.slice(from, sp))) break;
    from = sp + 1;
  }
  return SEEM.test(from ? key.slice(from) : key);
}

// "seemed to confirm", "seem to show": with the verb after "to" in the cue, PolNeAR gives its subject as the source
// (train: 15 of 17 such gold cues); bare "seemed", "appears to" stay raising (1 of 150).
const SEEM = /^(?:seems?|seemed|appears?|appeared)(?: to| like)?$/;

const RAISING = /^(?:is|was|are|were|be|been) (?:expected|seen|known|believed|thought|understood|said|reported|rumored|considered|projected|likely)\b|^(?:seems?|seemed|appears?|appeared|reportedly|allegedly|purportedly|supposedly|reputedly|apparently|looks?|looked)(?: like| to)?$/;

const BE = /^(?:is|was|were|are|be|been|being|'s|'re)$/;
const PARTICIPLE = /^(?:\w{3,}ed|told|said|shown|seen|known|given|taken|written|heard|held|brought|caught|drawn|thrown)$/;

/**
 * "He has been harshly criticized for …", "Mr. Quiros was accused of …": the subject of a passive cue is its
 * target, not its source: PolNeAR leaves the source empty unless a "by" phrase names it (passiveAgent).
 */
export function isPassiveCue(ctx: DocContext, cue: TokenRange): boolean {
  // "Tusk is quoted as saying …", "Cook was cited by the Nikkei as saying …": the subject said it; "by state media" is
  // where, not who.
  if (cue.end - cue.start >= 3 && nm(ctx, cue.end - 2) === 'as' && QUOTED_AS.has(nm(ctx, cue.end - 1))) return false;
  let be = false;
  for (let i = cue.start; i < cue.end; i++) {
    const n = nm(ctx, i);
    if (BE.test(n)) be = true;
    // "Republicans are worried about …", "Mr. Autor is still persuaded of …": a psychological state, whose subject
    // holds the attitude and is the source (PolNeAR), not a passive's target.
    else if (be && PARTICIPLE.test(n)) return !EXPERIENCER.has(n);
    else if (be && !VERB_GROUP.has(n) && !/ly$/.test(n)) return false;
  }
  return false;
}

/** "The court was told Marsh had …", "I was told that …": before what was said, the subject of a passive "told" is
 * who heard it, no piece of the content (PolNeAR marks the that-clause alone); "Jokes are told, …" keeps its subject. */
export function toldRecipient(ctx: DocContext, cue: TokenRange): boolean {
  return nm(ctx, cue.end - 1) === 'told' && cue.end < ctx.tokens.length && isWord(ctx, cue.end) && nm(ctx, cue.end) !== 'by';
}

// Words that may stand between "be" and a passive participle cue outside the cue ("is perhaps best | known for",
// "was widely | criticized"): -ly adverbs and these.
const BE_ADVERBS = new Set(['not', 'also', 'perhaps', 'best', 'well', 'often', 'long', 'already', 'still', 'now', 'never',
  'always', 'even', 'so', 'more', 'most', 'less', 'least', 'much', 'once', 'first', 'since', 'too', 'ever']);
const BE_BEFORE = new Set([...BE_FORMS, "'re", '’re']);

/**
 * "He is perhaps best | known for …", "The rollout was widely | criticized as …": a passive whose "be" (and adverbs)
 * the cue phrase left out: the index of that "be", else -1. ("'s" is left out: "he's predicted" is "has".)
 */
export function passiveBeBeforeCue(ctx: DocContext, cue: TokenRange, a: number): number {
  const p = nm(ctx, cue.start);
  if (isCapitalized(ctx, cue.start) || !PARTICIPLE.test(p) || EXPERIENCER.has(p)) return -1;
  let j = cue.start - 1;
  while (j >= a && j >= cue.start - 4 && !isCapitalized(ctx, j) && (BE_ADVERBS.has(nm(ctx, j)) || isAdverb(ctx, j))) j--;
  return j >= a && !isCapitalized(ctx, j) && BE_BEFORE.has(nm(ctx, j)) ? j : -1;
}

// Participles whose "by" phrase is a cause, not a speaker: "FBI officials were angered by the deal".
const EXPERIENCER = new Set(['angered', 'troubled', 'alarmed', 'worried', 'concerned', 'frustrated', 'disappointed',
  'pleased', 'encouraged', 'shocked', 'surprised', 'upset', 'bothered', 'offended', 'outraged', 'stunned', 'impressed',
  'inspired', 'motivated', 'moved', 'disturbed', 'dismayed', 'heartened', 'saddened', 'angry', 'convinced', 'persuaded',
  'unconvinced', 'divided', 'torn', 'focused', 'inclined', 'poised', 'determined', 'committed', 'prepared', 'interested',
  'excited', 'thrilled', 'delighted', 'relieved', 'satisfied', 'dissatisfied', 'scared', 'terrified', 'horrified',
  'appalled', 'infuriated', 'incensed', 'enraged', 'irritated', 'annoyed', 'confused', 'puzzled', 'baffled', 'intrigued',
  'fascinated', 'energized', 'emboldened', 'galvanized', 'confident', 'resigned']);

/** The word before "by" (the cue's last word, or the one before it when "by" ends the cue), and where "by" is, or -1. */
function byAt(ctx: DocContext, cue: TokenRange, hi: number): number {
  if (nm(ctx, cue.end - 1) === 'by') return cue.end - 1;
  return cue.end < hi && nm(ctx, cue.end) === 'by' && ctx.quoteOf[cue.end] < 0 ? cue.end : -1;
}

/**
 * A participle cue with its agent right after it, with or without a form of "be" ("an option seen by organizers as
 * …", "When asked by a reporter whether …", "was first reported by | MSNBC"); not "concluded by saying" (a means)
 * nor "angered by the deal" (a cause).
 */
export function isAgentParticiple(ctx: DocContext, cue: TokenRange, hi: number): boolean {
  if (askedAside(ctx, cue)) return true;
  const by = byAt(ctx, cue, hi);
  if (by < 0 || by + 1 >= hi || by - 1 < cue.start) return false;
  const p = nm(ctx, by - 1);
  // "she said in a statement released by the team": who issued the message, not who said it (PolNeAR: the subject);
  // but "In a statement released by Post Editor-in-Chief Martin Baron, …" has no other speaker.
  return PARTICIPLE.test(p) && !EXPERIENCER.has(p) && !nm(ctx, by + 1).endsWith('ing') && !(SAYING_VERBS.has(nm(ctx, cue.start)) && messageIssuedBy(ctx, by));
}

/** Whether the "by" at `by` names who issued a message ("in a statement released by the team"). */
export function messageIssuedBy(ctx: DocContext, by: number): boolean {
  return by >= 2 && MESSAGES.has(nm(ctx, by - 2)) && PARTICIPLE.test(nm(ctx, by - 1));
}

/** "Ramokgopa, asked whether he would intervene, said …": the subject was asked, by someone the sentence leaves out. */
function askedAside(ctx: DocContext, cue: TokenRange): boolean {
  return cue.end === cue.start + 1 && cue.start > 0 && ctx.tokens.text(cue.start - 1) === ',' && nm(ctx, cue.start) === 'asked'
    && cue.end < ctx.tokens.length && QUESTION_OPENERS.has(nm(ctx, cue.end));
}
const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'when', 'who', 'to']);

/** Words after "by" that make it a deadline: "by the end of June", "by next week", "by early 2026", "by midnight". */
const DEADLINE_WORDS = new Set(['end', 'middle', 'close', 'start', 'beginning', 'time', 'next', 'early', 'late', 'mid', 'then',
  'now', 'tomorrow', 'tonight', 'noon', 'midnight', 'year-end', 'weekend', 'summer', 'autumn', 'fall', 'winter', 'spring']);

/** Whether the words from k are a deadline (a month, weekday, year or DEADLINE_WORDS, after "the" or not). */
function deadlineAt(ctx: DocContext, k: number, hi: number): boolean {
  const j = nm(ctx, k) === 'the' && k + 1 < hi ? k + 1 : k;
  const w = nm(ctx, j);
  return MONTHS.has(w) || WEEKDAYS.has(w) || DEADLINE_WORDS.has(w) || /^(?:19|20)\d\d$/.test(w);
}

/** The agent of a passive cue: right after its "by" (isAgentParticiple), else a "by" phrase a few tokens on. */
export function cueAgent(ctx: DocContext, cue: TokenRange, hi: number): TokenRange | null {
  return isAgentParticiple(ctx, cue, hi) ? rightNP(ctx, byAt(ctx, cue, hi) + 1, hi) : passiveAgent(ctx, cue.end, hi);
}

/** The agent of a passive cue: the noun phrase after "by" a few tokens on ("called a charlatan by fellow physicians"). */
export function passiveAgent(ctx: DocContext, from: number, hi: number): TokenRange | null {
  for (let k = from; k < hi && k < from + 8; k++) {
    const n = nm(ctx, k);
    // "A decision is expected by June": a deadline, no agent.
    // "said in a statement received by Rudaw": the outlet that got the message, not who said it.
    if (n === 'by' && k > from && RECEIVED.has(nm(ctx, k - 1))) return null;
    if (n === 'by' && ctx.quoteOf[k] < 0) return k + 1 < hi && deadlineAt(ctx, k + 1, hi) ? null : rightNP(ctx, k + 1, hi);
    if (n === 'that' || n === ',' || n === ';' || isOpenQuoteMark(ctx, k)) return null;
    // "are said to be urging the governor to play by the rules": an infinitive's clause is the content, not the agent's.
    if (n === 'to' && k + 1 < hi && opensVerb(ctx, k + 1)) return null;
  }
  return null;
}

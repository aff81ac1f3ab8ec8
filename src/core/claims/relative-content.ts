// "Three families who say their relatives were sickened by contaminated meat | filed a lawsuit Tuesday": the content of
// a cue inside a relative clause ends where the main clause's verb resumes, not at the sentence end. So does that of a
// noun cue opening its sentence ("Abernethy's claim that knife crime has risen | is technically correct").
import type { DocContext } from './context';
import { isCapitalized, isWord, nm } from './context';
import { trimEnd } from './content';
import type { RawClaim } from './extract';
import { DETERMINERS, FINITE, isNumberStart, isPastForm, POSSESSIVE_DETERMINERS, PREPOSITIONS, PRONOUNS, SUBORDINATORS, VERB_GROUP } from './words';

const LINKS = new Set(['and', 'or', 'but', 'then', 'nor', 'yet', 'so', 'that', 'who', 'which']);


/** Cuts the content of each claim whose source is a relative pronoun right before its cue (see the file comment). */
export function relativeContentEnds(ctx: DocContext, raw: RawClaim[]): void {
  for (const r of raw) {
    const src = r.source;
    if (!src || !r.cue || src.end - src.start !== 1 || r.cue.start !== src.end || r.contentStart < r.cue.end) continue;
    const w = nm(ctx, src.start);
    if ((w !== 'who' && w !== 'that') || isCapitalized(ctx, src.start)) continue;
    const k = mainVerbAt(ctx, r.contentStart, r.contentEnd);
    if (k > 0) r.contentEnd = trimEnd(ctx, r.contentStart, k);
  }
}

/** Nouns of what someone said that may open a sentence as its subject with their "that" clause. */
const SUBJECT_NOUN_CUES = new Set(['claim', 'claims', 'assertion', 'allegation', 'allegations', 'suggestion', 'argument', 'contention',
  'insistence', 'belief', 'notion', 'theory', 'statement', 'promise', 'pledge', 'prediction', 'warning']);
/** The sentence's main verbs after such a subject: a verdict on the claim ("is technically correct", "was false"). */
const VERDICT_VERBS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'seems', 'seemed', 'appears', 'appeared']);
/** Words before the noun, at most ("Councillor Ruth Abernethy's claim"). */
const MAX_SUBJECT_LEAD = 6;

/** Cuts the content of each claim whose noun cue opens its sentence before the verdict on it (see the file comment). */
export function subjectClaimEnds(ctx: DocContext, raw: RawClaim[]): void {
  for (const r of raw) {
    const c = r.cue;
    if (!c || c.end - c.start !== 1 || r.contentStart !== c.end || nm(ctx, r.contentStart) !== 'that' || !SUBJECT_NOUN_CUES.has(nm(ctx, c.start))) continue;
    const a = ctx.sentences[ctx.sentOf[c.start]].firstToken;
    if (c.start - a > MAX_SUBJECT_LEAD || !leadIsNounPhrase(ctx, a, c.start)) continue;
    const k = verdictAt(ctx, r.contentStart + 1, r.contentEnd);
    if (k > 0) r.contentEnd = trimEnd(ctx, r.contentStart, k);
  }
}

/** Whether [a, e) is only a noun phrase's opening: names, a possessive, determiners, adjectives (no verb). */
function leadIsNounPhrase(ctx: DocContext, a: number, e: number): boolean {
  for (let k = a; k < e; k++) {
    const n = nm(ctx, k);
    if (isCapitalized(ctx, k) || POSSESSIVE_DETERMINERS.has(n) || DETERMINERS.has(n) || n === "'s" || n === '’s') continue;
    if (!isWord(ctx, k) || FINITE.has(n) || VERB_GROUP.has(n) || isPastForm(n)) return false;
  }
  return true;
}

/** The verdict verb in (s, e) after the "that" clause's own verb and a word that ends a phrase, else -1. */
function verdictAt(ctx: DocContext, s: number, e: number): number {
  let verb = false;
  for (let k = s; k < e; k++) {
    if (ctx.tokens.text(k) === ',' || SUBORDINATORS.has(nm(ctx, k))) return -1;
    if (ctx.quoteOf[k] >= 0 || !isWord(ctx, k)) continue;
    const n = nm(ctx, k);
    if (!verb) { verb = FINITE.has(n) || VERB_GROUP.has(n) || isPastForm(n); continue; }
    if (VERDICT_VERBS.has(n) && k > s && !VERB_GROUP.has(nm(ctx, k - 1)) && !FINITE.has(nm(ctx, k - 1))) return k;
  }
  return -1;
}

/**
 * The first past tense in (s, e), after the content clause's own verb, that follows a noun and takes an object (a
 * determiner, possessive or number after it): the main clause's verb. -1 when none.
 */
function mainVerbAt(ctx: DocContext, s: number, e: number): number {
  let verb = false;
  for (let k = s + 1; k + 1 < e; k++) {
    // A comma or a subordinate clause ("if the candidate won …", "after he designed …") may hold verbs of its own.
    if (ctx.tokens.text(k) === ',' || SUBORDINATORS.has(nm(ctx, k))) return -1;
    if (ctx.quoteOf[k] >= 0 || !isWord(ctx, k) || isCapitalized(ctx, k)) continue;
    const n = nm(ctx, k);
    if (!verb) { verb = FINITE.has(n) || isPastForm(n); continue; }
    if (!isPastForm(n) || !nounEnd(ctx, k - 1)) continue;
    const next = nm(ctx, k + 1);
    if ((DETERMINERS.has(next) && next !== 'one') || POSSESSIVE_DETERMINERS.has(next) || isNumberStart(ctx.tokens.text(k + 1))) return k;
  }
  return -1;
}

/** Whether token i can end a noun phrase: a word that is no verb, function word or -ly adverb. */
function nounEnd(ctx: DocContext, i: number): boolean {
  const n = nm(ctx, i);
  return isWord(ctx, i) && !FINITE.has(n) && !VERB_GROUP.has(n) && !DETERMINERS.has(n) && !POSSESSIVE_DETERMINERS.has(n)
    && !PREPOSITIONS.has(n) && !LINKS.has(n) && !PRONOUNS.has(n) && !n.endsWith('ly') && !isPastForm(n);
}

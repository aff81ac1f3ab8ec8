// A speaker span that ran from a clause's subject into its verb phrase ("September 27 they published the results of
// their check by | announcing", "Sanders hasn't | said", "Cruz pivoted to | attacking"; a span ending in "his" or a
// name is left as it is: there PolNeAR marks the clause subject only about half the time):
// the walk left of a cue (source.ts leftNP) stops only at punctuation and a few function words, so a cue deep in a
// clause took the clause before it. PolNeAR marks the subject's noun phrase ("they", "Sanders", "Cruz"):
// the span shown as the speaker is cut to it. Only the span changes (candidate.ts), after every learned model:
// their inputs and the claims stay as they are.
import type { DocContext } from './context';
import { isCapitalized, isWord, nm } from './context';
import { abbreviationStop } from './source';
import type { TokenRange } from './source';
import { DETERMINERS, FINITE, isPastForm, POSSESSIVE_DETERMINERS, PREPOSITIONS, isMannerAdverb } from './words';

/** Subject pronouns: unambiguously a clause's subject ("it" is left out: it is an object as often). */
const SUBJECTS = new Set(['he', 'she', 'they', 'we']);

/** Function words that cannot end a noun phrase besides the prepositions and determiners of words.ts. */
const LINKERS = new Set(['to', 'and', 'or', 'but', 'than', 'into', 'onto', 'upon', 'against', 'among', 'between', 'without',
  'within', 'under', 'toward', 'towards', 'across', 'behind', 'beyond', 'like', 'as']);

/**
 * Prepositions that open an adjunct of the clause's own verb: a gerund after them has the clause's subject as its
 * subject, whatever object stands between ("the New Jersey governor tripped up Rubio by | calling", "Red Crescent
 * Societies joined with other organizations in | calling for"), unlike "to", whose subject may be the object ("led
 * some to | speculate").
 */
const ADJUNCT_LEADS = new Set(['by', 'in', 'while', 'without', 'after', 'before', 'upon']);

const COORDINATORS = new Set(['and', 'but', 'or']);

/** What follows these belongs to the noun (a relative clause): no cut after them. */
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose', 'where']);

/** Subjects that name no speaker before a verb ("It is worth", "There is some", "That is why critics", "Why had he"). */
const EXPLETIVES = new Set(['it', 'there', 'that', 'this', 'here', 'how', 'what', 'why', 'when', 'where', 'whether']);

/** A lower-case finite verb at i: an auxiliary or modal, or a contracted negative ("isn't", "didn’t"). */
function isFiniteVerb(ctx: DocContext, i: number): boolean {
  if (isCapitalized(ctx, i)) return false;
  const n = nm(ctx, i);
  return FINITE.has(n) || (n.length > 3 && n.endsWith("n't"));
}

/** Past tenses spelt as their present or noun ("The company cut 200 jobs and | said"): verbs only before a coordinated cue. */
const BARE_PAST = new Set(['cut', 'put', 'set', 'hit', 'shut', 'let', 'quit', 'spread', 'cost', 'hurt', 'read', 'bid']);

/** A lower-case past tense at i right after a word that can end a subject ("Clinton lagged", not "a signed"). */
function isPastVerb(ctx: DocContext, i: number, from: number, bare: boolean): boolean {
  if (isCapitalized(ctx, i) || i - 1 < from || !isWord(ctx, i - 1)) return false;
  const n = nm(ctx, i);
  if (!isPastForm(n) && !(bare && BARE_PAST.has(n))) return false;
  return !isFunctionWord(nm(ctx, i - 1));
}

function isFunctionWord(n: string): boolean {
  return PREPOSITIONS.has(n) || LINKERS.has(n) || POSSESSIVE_DETERMINERS.has(n) || (DETERMINERS.has(n) && n !== 'one');
}

function isPossessive(ctx: DocContext, i: number): boolean {
  const n = nm(ctx, i);
  return n === "'s" || n === "'";
}

const WORD = 0;
const SKIP = 1;
const STOP = 2;

/** How a walk along a span to its verb takes token i: a possessive, hyphen, ampersand or abbreviation's stop is
 * skipped; other punctuation and a relative pronoun stop it (the span holds no plain subject); a word is read. */
function walkStep(ctx: DocContext, i: number): number {
  if (!isWord(ctx, i)) {
    const t = ctx.tokens.text(i);
    return isPossessive(ctx, i) || t === '-' || t === '&' || (t === '.' && abbreviationStop(ctx, i)) ? SKIP : STOP;
  }
  return RELATIVES.has(nm(ctx, i)) ? STOP : WORD;
}

/** Whether a noun phrase opens in (v, end): a determiner, possessive, number or name after the verb at v. */
function objectAfter(ctx: DocContext, v: number, end: number): boolean {
  for (let i = v + 1; i < end; i++) {
    const n = nm(ctx, i);
    if (DETERMINERS.has(n) || POSSESSIVE_DETERMINERS.has(n) || isPossessive(ctx, i) || isCapitalized(ctx, i) || ctx.tokens.kind(i) === 'number') return true;
  }
  return false;
}

/**
 * The subject of the clause [s, e): a subject pronoun after the first word ("September 27 they published …", "Late
 * Saturday he"), else the words before the first finite verb (with `lexical`, or past tense) unless an expletive
 * stands before it or a noun phrase after it (any phrase, when the span ends in an adjunct's preposition). Null when punctuation or a relative pronoun comes first, or no verb.
 */
function subjectBeforeVerb(ctx: DocContext, s: number, e: number, lexical: boolean, adjunct: boolean, coordinated: boolean): TokenRange | null {
  for (let i = s + 1; i < e; i++) {
    const step = walkStep(ctx, i);
    if (step === SKIP) continue;
    if (step === STOP) return null;
    const n = nm(ctx, i);
    if (SUBJECTS.has(n) && !isCapitalized(ctx, i)) return { start: i, end: i + 1 };
    if (isFiniteVerb(ctx, i) || (lexical && isPastVerb(ctx, i, s, coordinated))) {
      // "Little did they | know", "Why had he | asserted": an inverted subject after its auxiliary.
      if (i + 1 < e && SUBJECTS.has(nm(ctx, i + 1))) return { start: i + 1, end: i + 2 };
      // "It is worth | noting": no speaker to cut to. "has left 62 percent of voters | saying", "Clinton's critique is
      // a typical Democratic line of | attack on": an object after the verb may be the cue's own subject or owner
      // (the span's last word opens none: "He made the | case").
      if (i === s + 1 && EXPLETIVES.has(nm(ctx, s))) return null;
      if (!adjunct && !coordinated && objectAfter(ctx, i, e - 1)) return null;
      // "Trump quickly | pivoted to": an adverb before the verb is no part of the subject.
      let end = i;
      while (end - 1 > s && isMannerAdverb(ctx.tokens.text(end - 1))) end--;
      return { start: s, end };
    }
  }
  return null;
}

/**
 * The speaker span [s, e) of a claim whose cue starts at `cueStart`, cut to the subject of the clause it holds
 * (subjectBeforeVerb); null to keep it. Kept: spans right of the cue, and spans ending in a name or possessive, which
 * may be the cue's own subject or owner: "had Republicans | wondering", "on Donald Trump's | claim" (PolNeAR marks
 * them), "is doubling down on his | attacks on" (PolNeAR marks "his" about one time in three, else the subject:
 * train, session 17). Past tenses other than auxiliaries count as the verb only after a final function word ("Cruz
 * pivoted to | arguing"), where the span cannot be a noun phrase.
 */
export function clauseSubject(ctx: DocContext, s: number, e: number, cueStart: number): TokenRange | null {
  if (e > cueStart || e - s < 2) return null;
  const light = lightVerbSubject(ctx, s, e);
  if (light) return light;
  const last = e - 1;
  const n = nm(ctx, last);
  // "The company cut 200 jobs and | said", "X flew to Arequipa on Sunday and | announced": a cue coordinated with the verb
  // phrase before it shares that phrase's subject (an object or name there is no speaker).
  // Not a participle's: "precedents restricting …, limiting … and | requiring" coordinates it with the participles before.
  const coordinated = COORDINATORS.has(nm(ctx, cueStart - 1)) && !isCapitalized(ctx, cueStart - 1) && !nm(ctx, cueStart).endsWith('ing');
  if (!coordinated && (isCapitalized(ctx, last) || POSSESSIVE_DETERMINERS.has(n) || isPossessive(ctx, last))) return null;
  return subjectBeforeVerb(ctx, s, e, isFunctionWord(n) || coordinated, ADJUNCT_LEADS.has(n), coordinated);
}

/**
 * Verbs whose object is never the one who speaks in the cue after them: "Hillary Clinton took to Twitter | to say",
 * "Ramos used his acceptance speech | to call for", "Clinton spent much of the run-up … | portraying", "She began |
 * thinking about" (PolNeAR marks the subject). Unlike "urged X to", "led some to", whose object is the speaker.
 */
const LIGHT_VERBS = new Set(['took', 'takes', 'used', 'uses', 'spent', 'spends', 'began', 'begins']);

/** The subject before a light verb in [s, e) (see LIGHT_VERBS), or null. */
function lightVerbSubject(ctx: DocContext, s: number, e: number): TokenRange | null {
  for (let i = s + 1; i < e; i++) {
    const step = walkStep(ctx, i);
    if (step === SKIP) continue;
    if (step === STOP) return null;
    const n = nm(ctx, i);
    if (LIGHT_VERBS.has(n) && !isCapitalized(ctx, i) && isWord(ctx, i - 1) && !isFunctionWord(nm(ctx, i - 1))) {
      if (EXPLETIVES.has(nm(ctx, s)) && i === s + 1) return null;
      // "Ryan and Priebus have spent the last week trying | to tell": the auxiliary goes with the verb.
      let end = i;
      while (end - 1 > s && (isMannerAdverb(ctx.tokens.text(end - 1)) || isFiniteVerb(ctx, end - 1))) end--;
      return { start: s, end };
    }
  }
  return null;
}

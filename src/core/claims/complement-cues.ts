// Complement candidates: a word the cue lexicon never proposes, right before a complement marker ("Election
// scholars caution | that …", "it's unclear | whether …", "raised questions about | how …", "the statement | : …"),
// is a candidate for the cue classifier, which decides with features that say so (cue-model.ts). Most such words
// are no cues (a relative "that": "the plan | that he …"), so the rules alone never take them.
import type { DocContext } from './context';
import { insideQuote, nm } from './context';
import { cls, hashString, mix, wordHash } from './cue-model';
import { PREPOSITIONS, PRONOUNS, VERB_GROUP } from './words';

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Markers that open a complement clause or a quoted statement after a cue word, in the order of markerKind. */
const MARKERS = ['that', 'whether', 'how', 'why', 'what', ':'];

/**
 * Words that are never such a cue: determiners, conjunctions, pronouns, auxiliaries and fillers ("and that", "so
 * that", "is that", "now that", "the one that").
 */
const NEVER = set(`the a an this that these those another some any each every no all both either neither such
  and or but nor so yet for because since as if than then though although while whereas unless until once when
  where which who whom whose what why how whether now just only even also still not here there one ones thing
  things something anything everything nothing way ways time times part much more most less least many few other
  others same kind sort lot lots`);

/** 1 … 6: the marker kind of a word (that, whether, how, why, what, colon), or 0. Raw text will do: a marker after a word is lower case. */
export function markerKind(w: string): number {
  return MARKERS.indexOf(w) + 1;
}

/**
 * 0: the word (normalised) is never a complement candidate; 2: only before a wh-marker (a preposition: "questions
 * about | how", where "about that" is a demonstrative); 1: before any marker.
 */
export function complementWord(w: string): number {
  if (w.length < 2 || NEVER.has(w) || PRONOUNS.has(w) || VERB_GROUP.has(w)) return 0;
  return PREPOSITIONS.has(w) ? 2 : 1;
}

const isWh = (marker: number): boolean => marker >= 2 && marker <= 5;

/**
 * Is token j - 1 a complement candidate, given that token j is a marker of that kind outside quotes? A lower-case
 * word outside quotes, in the same sentence, that complementWord allows. `words` caches complementWord per word
 * type (−1: not yet known).
 */
export function complementBefore(ctx: DocContext, j: number, marker: number, words: Int8Array): boolean {
  const i = j - 1;
  if (i < 0 || ctx.quoteOf[j] >= 0) return false;
  const t = ctx.typeOf[i];
  let wk = words[t];
  if (wk < 0) {
    const c = ctx.tokens.text(i).charCodeAt(0);
    wk = words[t] = ctx.tokens.kind(i) === 'word' && c >= 97 && c <= 122 ? complementWord(nm(ctx, i)) : 0;
  }
  if (wk === 0 || (wk === 2 && !isWh(marker))) return false;
  return ctx.sentOf[i] === ctx.sentOf[j] && !insideQuote(ctx, i);
}

/** markerKind of a colon, which joins the cue as in "said:". */
export const COLON = 6;

const bucket = (p: number): number => Math.min(9, Math.floor(p * 10));

/**
 * Hashed features of a complement candidate: the word at w, widened to its verb group [s, w], cue [s, e) (e past a
 * colon), before a marker of kind `marker`, in sentence [a, b); `pr` its lexicon probabilities (0 when unknown),
 * `coord` as cues.ts coordination. Templates and ids of their own (101…, bit 30), so these mostly negative examples
 * do not move the weights of the lexicon candidates' features ("said | that" and "plan | that" share no weight).
 */
export function complementFeatures(ctx: DocContext, pr: readonly [number, number], key: string, s: number, w: number, e: number, a: number, b: number, coord: number, marker: number): Int32Array {
  const f = COMP_BUF;
  const k = hashString(key);
  const after = marker === COLON ? e : e + 1; // the word after the marker
  const self = cls(ctx, w, a, b);
  const before = cls(ctx, s - 1, a, b);
  const next = cls(ctx, after, a, b);
  f[0] = mix(101, 0); // a bias of their own (COMPLEMENT_BIAS_FEATURE)
  f[1] = mix(102, k);
  f[2] = mix(103, marker);
  f[3] = mix(104, bucket(pr[0]));
  f[4] = mix(105, bucket(pr[1]));
  f[5] = mix(106, wordHash(ctx, s - 1, a, b));
  f[6] = mix(107, wordHash(ctx, s - 2, a, b));
  f[7] = mix(108, wordHash(ctx, after, a, b));
  f[8] = mix(109, wordHash(ctx, after + 1, a, b));
  f[9] = mix(110, before);
  f[10] = mix(111, self);
  f[11] = mix(112, next);
  f[12] = mix(mix(113, marker), self);
  f[13] = mix(mix(114, marker), before);
  f[14] = mix(mix(115, marker), next);
  f[15] = mix(mix(116, k), marker);
  f[16] = mix(mix(117, marker), wordHash(ctx, after, a, b)); // "that he" (a clause) against "that is" (a relative)
  f[17] = mix(118, s === a ? 0 : e >= b - 1 ? 1 : 2);
  f[18] = mix(119, s < w ? 1 : 0);
  f[19] = mix(120, coord);
  f[20] = mix(mix(121, k), wordHash(ctx, after, a, b));
  f[21] = mix(mix(122, k), wordHash(ctx, s - 1, a, b));
  for (let x = 0; x < f.length; x++) f[x] |= OWN_IDS;
  return f;
}

/**
 * Bit 30 set on every complement feature id (mix() gives 30 bits): the two classifiers share one table
 * (train-claims-cues.ts withComplementModel) and their ids can never collide.
 */
const OWN_IDS = 0x40000000;

/** The id of the feature every complement candidate has: the weight that carries the complement classifier's bias. */
export const COMPLEMENT_BIAS_FEATURE = mix(101, 0) | OWN_IDS;

const COMP_BUF = new Int32Array(22);

// The content-end model: where reported content that runs on after its cue stops ("… in favor of X | , led by Y",
// "… Machado | in early-morning tweets"). A binary averaged perceptron scores each boundary candidate from left to
// right; the first one above the threshold ends the content. Trained by scripts/train-claims-ends.ts on PolNeAR
// train; weights in models/claims-end-model.json. Replaces the hand-written tail rules (content.ts contentTail),
// whose verdict is one of its features.
import MODEL from '../../../models/claims-end-model.json';
import type { DocContext } from './context';
import { glued, isCapitalized, isWord, nm } from './context';
import type { PackedWeights } from './weight-table';
import { cls, hashInt, hashString, mix, smallWeightsCache, TypeWeights, wordHash } from './cue-model';
import { WeightTable } from './weight-table';

export interface EndModel {
  readonly weights: WeightTable;
  readonly bias: number;
  readonly threshold: number;
}

interface ModelFile { readonly bias: number; readonly threshold: number; readonly weights: Record<string, number> | PackedWeights }

let shipped: EndModel | null = null;

export function loadEndModel(m: ModelFile): EndModel {
  return { bias: m.bias, threshold: m.threshold, weights: WeightTable.from(m.weights) };
}

export function shippedEndModel(): EndModel {
  if (!shipped) shipped = loadEndModel(MODEL as unknown as ModelFile);
  return shipped;
}

/**
 * Words that can open what follows the content (adjuncts, new clauses, relative clauses). Left out: words that
 * ended a gold content less than 2 % of the times they were candidates in train ("to", "for", "about", "or", …).
 */
const BOUNDARY_WORDS = new Set(`and but in on at as when while after before during because since with by which who
  whom whose where though although including despite then until without so`.split(/\s+/).filter(Boolean));

const BOUNDARY_PUNCT = new Set([',', ';', '—', '–', '-', '--', '(', ':', '.', '?', '!']);

/** Whether the content may end right before token k (outside quotes, at punctuation or a linking word). */
export function isEndCandidate(ctx: DocContext, k: number): boolean {
  if (ctx.quoteOf[k] >= 0) return false;
  // A hyphen with no space on either side joins one word ("U.S.-led"), and so does an en dash between names or
  // numbers ("the Metema–Gallabat crossing", "2019–2021"; not "the event–organized by …–on his blog").
  if (!isWord(ctx, k)) return BOUNDARY_PUNCT.has(ctx.tokens.text(k)) && !(ctx.tokens.text(k) === '-' && glued(ctx, k)) && !enDashCompound(ctx, k);
  return BOUNDARY_WORDS.has(nm(ctx, k));
}

function enDashCompound(ctx: DocContext, k: number): boolean {
  if (ctx.tokens.text(k) !== '–' || k === 0 || k + 1 >= ctx.tokens.length || !glued(ctx, k)) return false;
  return /^[\p{Lu}\d]/u.test(ctx.tokens.text(k - 1)) && /^[\p{Lu}\d]/u.test(ctx.tokens.text(k + 1));
}

const distBucket = (d: number): number => (d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : 8);

/** Number of features endFeatures produces. */
export const END_FEATURES = 21;

/**
 * Features of ending content [s, …) right before token k, in a clause that ends at hi, for a cue with hashed key,
 * written into `f`. `commas` = boundary punctuation already passed, `that` = 1 when "that" occurs in [s, k),
 * `rule` = 1 when the hand-written tail rule would end here.
 */
export function endFeatures(f: Int32Array | number[], ctx: DocContext, key: number, s: number, k: number, hi: number, commas: number, that: number, rule: number): void {
  const w0 = wordHash(ctx, k, s, hi);
  const w1 = wordHash(ctx, k + 1, s, hi);
  const w2 = wordHash(ctx, k + 2, s, hi);
  const c1 = cls(ctx, k + 1, s, hi);
  const ing = k + 1 < hi && nm(ctx, k + 1).endsWith('ing') ? 1 : 0;
  f[0] = mix(1, w0);
  f[1] = mix(2, w1);
  f[2] = mix(3, w2);
  f[3] = mix(4, wordHash(ctx, k - 1, s, hi));
  f[4] = mix(5, c1);
  f[5] = mix(mix(6, w0), w1);
  f[6] = mix(mix(7, w0), c1);
  f[7] = mix(8, key);
  f[8] = mix(mix(9, key), w0);
  f[9] = mix(mix(10, w0), distBucket(k - s));
  f[10] = mix(mix(11, w0), distBucket(hi - k));
  f[11] = mix(mix(12, w0), Math.min(commas, 3));
  f[12] = mix(mix(13, w0), isCapitalized(ctx, k + 1) ? 1 : 0);
  f[13] = mix(14, rule);
  f[14] = mix(mix(15, cls(ctx, k - 1, s, hi)), w0);
  f[15] = mix(mix(16, w0), that);
  f[16] = mix(mix(17, w0), ing);
  f[17] = mix(mix(18, w0), w2 === SENT_END_HASH ? 1 : 0);
  // The content's first word: a clause ("that …", "he …") keeps trailing adjuncts more often than a noun phrase.
  f[18] = mix(mix(19, wordHash(ctx, s, s, hi)), w0);
  // What follows up to the next break: a short segment closed by a comma and then a verb is a parenthetical the
  // content runs past ("that John Kasich | , the governor there, | has a small lead"); one that runs to the clause
  // end is a trailing addition ("… Khizr Khan | , the father of a slain U.S. soldier.").
  const m = nextBreak(ctx, k, hi);
  f[19] = mix(mix(20, w0), distBucket(m - k));
  f[20] = mix(mix(21, w0), wordHash(ctx, m + 1, s, hi));
}

/** The first comma, dash, semicolon, colon or opening parenthesis after token k outside quotes, or hi when none. */
export function nextBreak(ctx: DocContext, k: number, hi: number): number {
  for (let m = k + 1; m < hi; m++) if (isBreak(ctx.tokens.text(m)) && ctx.quoteOf[m] < 0) return m;
  return hi;
}

/** , ; — – - -- ( : (by character code: this runs over most tokens of every content that runs on after its cue). */
function isBreak(t: string): boolean {
  const c = t.charCodeAt(0);
  if (t.length === 1) return c === 44 || c === 59 || c === 0x2014 || c === 0x2013 || c === 45 || c === 40 || c === 58;
  return t === '--';
}

const SENT_END_HASH = hashString('</S>') | 0; // as wordHash returns it

export function scoreEnd(model: EndModel, feats: ArrayLike<number>): number {
  return model.weights.score(model.bias, feats);
}

/**
 * Scans the boundary candidates of content [s, hi) left to right and calls `visit` with each one's features
 * (a buffer reused between calls); stops when `visit` returns true and returns that position, else hi.
 */
export function scanEnds(ctx: DocContext, key: number, s: number, hi: number, rule: number,
  visit: (k: number, feats: Int32Array) => boolean): number {
  let commas = 0;
  let that = 0;
  // Ending at the clause's own final punctuation is no cut: stop before it.
  let last = hi;
  while (last > s + 1 && TRAILING_PUNCT.has(ctx.tokens.text(last - 1)) && ctx.quoteOf[last - 1] < 0) last--;
  for (let k = s + 1; k < last; k++) {
    if (ctx.quoteOf[k] >= 0) continue; // no candidates inside quotes (and no "that" worth noting there)
    if (that === 0 && nm(ctx, k - 1) === 'that') that = 1;
    if (!isEndCandidate(ctx, k)) continue;
    endFeatures(BUF, ctx, key, s, k, hi, commas, that, k === rule ? 1 : 0);
    if (visit(k, BUF)) return k;
    if (!isWord(ctx, k)) commas++;
  }
  return hi;
}

const BUF = new Int32Array(END_FEATURES);
const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '-', '(', ')']);

// endScore's one-word features as TypeWeights prefixes: the candidate word (template 1), the two after it (2, 3)
// and the one before (4).
const W0 = 0, W1 = 1, W2 = 2, WB = 3;
const PREFIXES = Int32Array.of(1, 2, 3, 4);

/**
 * End (exclusive, untrimmed) of content starting at s in [s, hi), by the model: scanEnds' candidates, each scored
 * as endFeatures' weights summed in their order (the same double), with the one-word features from the document's
 * TypeWeights and the per-cue and rule features looked up once (15 table lookups per candidate instead of 21).
 */
export function modelContentEnd(ctx: DocContext, model: EndModel, key: string, s: number, hi: number, rule: number): number {
  const table = model.weights;
  const tw = TypeWeights.of(ctx, table, PREFIXES);
  const kh = hashInt(key);
  const keyW = table.get(mix(8, kh));
  const k9 = mix(9, kh);
  const sm = smallWeights(table);
  const first = mix(19, wordHash(ctx, s, s, hi));
  let commas = 0;
  let that = 0;
  let last = hi;
  let next = -1; // nextBreak(k) for the current candidate: found again only once k has passed it
  while (last > s + 1 && TRAILING_PUNCT.has(ctx.tokens.text(last - 1)) && ctx.quoteOf[last - 1] < 0) last--;
  for (let k = s + 1; k < last; k++) {
    if (ctx.quoteOf[k] >= 0) continue;
    if (that === 0 && nm(ctx, k - 1) === 'that') that = 1;
    if (!isEndCandidate(ctx, k)) continue;
    if (next <= k) next = nextBreak(ctx, k, hi);
    const w0 = wordHash(ctx, k, s, hi);
    const w1 = wordHash(ctx, k + 1, s, hi);
    const w2 = wordHash(ctx, k + 2, s, hi);
    const c1 = cls(ctx, k + 1, s, hi);
    const ing = k + 1 < hi && nm(ctx, k + 1).endsWith('ing') ? 1 : 0;
    // The table features first, in one gather (their cache misses overlap), then every weight in endFeatures' order.
    const keys = END_KEYS;
    keys[0] = mix(5, c1);
    keys[1] = mix(mix(6, w0), w1);
    keys[2] = mix(mix(7, w0), c1);
    keys[3] = mix(k9, w0);
    keys[4] = mix(mix(10, w0), distBucket(k - s));
    keys[5] = mix(mix(11, w0), distBucket(hi - k));
    keys[6] = mix(mix(12, w0), Math.min(commas, 3));
    keys[7] = mix(mix(13, w0), isCapitalized(ctx, k + 1) ? 1 : 0);
    keys[8] = mix(mix(15, cls(ctx, k - 1, s, hi)), w0);
    keys[9] = mix(mix(16, w0), that);
    keys[10] = mix(mix(17, w0), ing);
    keys[11] = mix(mix(18, w0), w2 === SENT_END_HASH ? 1 : 0);
    keys[12] = mix(first, w0);
    keys[13] = mix(mix(20, w0), distBucket(next - k));
    keys[14] = mix(mix(21, w0), wordHash(ctx, next + 1, s, hi));
    const w = END_WEIGHTS;
    table.gather(keys, 15, w);
    const acc = END_ACC;
    acc[0] = model.bias;
    tw.add(acc, ctx, W0, k, s, hi);
    tw.add(acc, ctx, W1, k + 1, s, hi);
    tw.add(acc, ctx, W2, k + 2, s, hi);
    tw.add(acc, ctx, WB, k - 1, s, hi);
    acc[0] += w[0];
    acc[0] += w[1];
    acc[0] += w[2];
    acc[0] += keyW;
    acc[0] += w[3];
    acc[0] += w[4];
    acc[0] += w[5];
    acc[0] += w[6];
    acc[0] += w[7];
    acc[0] += sm[16 * 14 + (k === rule ? 1 : 0)];
    acc[0] += w[8];
    acc[0] += w[9];
    acc[0] += w[10];
    acc[0] += w[11];
    acc[0] += w[12];
    acc[0] += w[13];
    acc[0] += w[14];
    if (acc[0] > model.threshold) return k;
    if (!isWord(ctx, k)) commas++;
  }
  return hi;
}

const END_ACC = new Float64Array(1);
const END_KEYS = new Int32Array(15);
const END_WEIGHTS = new Float64Array(15);

/** The rule feature's weights (template 14, value 0 / 1), per table. */
const smallWeights = smallWeightsCache([14]);

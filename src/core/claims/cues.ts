// Attribution cues in a sentence: longest learned cue phrase at each token outside quotes, widened to its verb group
// ("has also said") and a trailing colon ("said:").
import type { DocContext } from './context';
import { nm } from './context';
import { insideQuote } from './context';
import type { CueLexicon, CueNode } from './lexicon';
import type { CueModel } from './cue-model';
import { cueFeatures, scoreCue } from './cue-model';
import { VERB_GROUP } from './words';

export interface CueMatch {
  readonly start: number;
  readonly end: number;
  /** Normalised text of the learned phrase (without the verb-group widening). */
  readonly key: string;
}

/**
 * Cue matches in sentence [a, b). With a model, lexicon matches are candidates that the classifier accepts or
 * rejects; `onCandidate` (training) sees every candidate with its features.
 */
export function findCues(
  ctx: DocContext, lex: CueLexicon, a: number, b: number, model?: CueModel,
  onCandidate?: (m: CueMatch, feats: number[]) => void,
): CueMatch[] {
  const out: CueMatch[] = [];
  const words = docLexicon(ctx, lex);
  // Only the tokens a phrase can start at (found once per document), in order; a match skips those inside it.
  const starts = words.phraseStarts();
  for (let c = firstAtOrAfter(starts, a); c < starts.length && starts[c] < b; c++) {
    const i = starts[c];
    const first = words.startNode(i) as CueNode;
    const found = words.longestFrom(first, i, b);
    if (!found) continue;
    let len = found.depth;
    // "also called" + "called on": let a phrase starting inside the match extend it.
    for (let k = i + 1; k < i + len; k++) {
      const inner = words.longestFrom(lex.root.byId.get(words.wordId(k)) ?? null, k, b);
      len = Math.max(len, k - i + (inner ? inner.depth : 0));
    }
    let s = i;
    const lo = out.length ? out[out.length - 1].end : a;
    while (s > lo && VERB_GROUP.has(nm(ctx, s - 1)) && ctx.tokens[s - 1].kind === 'word') s--;
    // "n't" splits into n ' t with the placeholder tokenizer: keep the verb group whole.
    if (s > lo + 1 && nm(ctx, s - 1) === "'" && nm(ctx, s - 2) === 'n') s -= 2;
    while (s > lo && VERB_GROUP.has(nm(ctx, s - 1)) && ctx.tokens[s - 1].kind === 'word') s--;
    let e = i + len;
    if (e < b && ctx.tokens[e].text === ':') e++;
    const whole = len === found.depth;
    const m: CueMatch = { start: s, end: e, key: whole ? found.key : phrase(ctx, i, i + len) };
    // Phrases that are nearly always whole cues ("said", "according to") need no classifier.
    const pr = whole ? found.prob : lex.prob(m.key);
    if ((model || onCandidate) && !(model && !onCandidate && pr[0] >= 0.8 && pr[1] >= 0.6)) {
      const feats = cueFeatures(ctx, pr, m.key, s, i, e, a, b);
      if (onCandidate) onCandidate(m, [...feats]);
      if (model && scoreCue(model, feats) <= model.threshold) continue;
    }
    out.push(m);
    while (c + 1 < starts.length && starts[c + 1] < e) c++;
  }
  return out;
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

/**
 * The lexicon as seen from one document: per word type, its lexicon word id and start node, computed once, so the
 * scan over every token reads arrays instead of hashing strings.
 */
class DocLexicon {
  private readonly starts: (CueNode | null | undefined)[];
  private readonly ids: Int32Array;

  constructor(private readonly ctx: DocContext, readonly lex: CueLexicon) {
    this.starts = new Array<CueNode | null | undefined>(ctx.norm.length);
    this.ids = new Int32Array(ctx.norm.length).fill(-2);
  }

  /** Lexicon word id of token i's normalised text, or -1. */
  wordId(i: number): number {
    const t = this.ctx.typeOf[i];
    let w = this.ids[t];
    if (w === -2) w = this.ids[t] = this.lex.wordId(nm(this.ctx, i));
    return w;
  }

  /** The phrases that can start at token i (raw-text pre-check, then the first word), or null. */
  startNode(i: number): CueNode | null {
    const t = this.ctx.typeOf[i];
    let n = this.starts[t];
    if (n === undefined) {
      n = this.lex.mayStart(this.ctx.tokens[i].text) ? this.lex.root.byId.get(this.wordId(i)) ?? null : null;
      this.starts[t] = n;
    }
    return n;
  }

  private starting: Int32Array | undefined;

  /**
   * The tokens, in order, where a phrase may start: a word outside quotes whose type has a start node. One tight
   * loop over the document (quickly optimised), instead of every sentence's findCues walking all its tokens.
   */
  phraseStarts(): Int32Array {
    if (this.starting) return this.starting;
    const ctx = this.ctx;
    const typeOf = ctx.typeOf;
    const nodes = this.starts;
    const n = typeOf.length;
    let out = new Int32Array(1024);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const node = nodes[typeOf[i]]; // startNode's cache read in place: most types are known after a few pages
      if (node === null || (node === undefined && this.startNode(i) === null)) continue;
      if (ctx.tokens[i].kind !== 'word' || insideQuote(ctx, i)) continue;
      if (m === out.length) { const grown = new Int32Array(m * 2); grown.set(out); out = grown; }
      out[m++] = i;
    }
    this.starting = out.subarray(0, m);
    return this.starting;
  }

  /** The longest phrase whose first word is token i (trie node `node`) within [i, end), or null. */
  longestFrom(node: CueNode | null, i: number, end: number): CueNode | null {
    let best: CueNode | null = null;
    for (let j = i; node; ) {
      if (node.accept) best = node;
      if (++j >= end) break;
      const w = this.wordId(j);
      node = w < 0 ? null : node.byId.get(w) ?? null;
    }
    return best;
  }
}

const DOC_LEXICONS = new WeakMap<DocContext, DocLexicon>();

function docLexicon(ctx: DocContext, lex: CueLexicon): DocLexicon {
  let d = DOC_LEXICONS.get(ctx);
  if (!d || d.lex !== lex) {
    d = new DocLexicon(ctx, lex);
    DOC_LEXICONS.set(ctx, d);
  }
  return d;
}

/** The normalised words of tokens [s, e), space-separated: a cue's key. */
export function phrase(ctx: DocContext, s: number, e: number): string {
  let k = nm(ctx, s);
  for (let i = s + 1; i < e; i++) k += ' ' + nm(ctx, i);
  return k;
}

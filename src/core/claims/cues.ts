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
  const get = (k: number): string => nm(ctx, k);
  const starts = startNodes(ctx, lex);
  const typeOf = ctx.typeOf;
  for (let i = a; i < b; i++) {
    const id = typeOf[i];
    let first = starts[id];
    if (first === undefined) first = starts[id] = lex.startNode(ctx.tokens[i].text, nm(ctx, i));
    if (first === null || ctx.tokens[i].kind !== 'word' || insideQuote(ctx, i)) continue;
    const found = lex.longestFrom(first, get, i, b);
    if (!found) continue;
    let len = found.depth;
    // "also called" + "called on": let a phrase starting inside the match extend it.
    for (let k = i + 1; k < i + len; k++) len = Math.max(len, k - i + lex.match(get, k, b));
    let s = i;
    const lo = out.length ? out[out.length - 1].end : a;
    while (s > lo && VERB_GROUP.has(nm(ctx, s - 1)) && ctx.tokens[s - 1].kind === 'word') s--;
    // "n't" splits into n ' t with the placeholder tokenizer: keep the verb group whole.
    if (s > lo + 1 && nm(ctx, s - 1) === "'" && nm(ctx, s - 2) === 'n') s -= 2;
    while (s > lo && VERB_GROUP.has(nm(ctx, s - 1)) && ctx.tokens[s - 1].kind === 'word') s--;
    let e = i + len;
    if (e < b && ctx.tokens[e].text === ':') e++;
    const m: CueMatch = { start: s, end: e, key: len === found.depth ? found.key : phrase(ctx, i, i + len) };
    // Phrases that are nearly always whole cues ("said", "according to") need no classifier.
    const pr = model && !onCandidate ? lex.prob(m.key) : null;
    if ((model || onCandidate) && !(pr && pr[0] >= 0.8 && pr[1] >= 0.6)) {
      const feats = cueFeatures(ctx, lex, m.key, s, i, e, a, b);
      if (onCandidate) onCandidate(m, [...feats]);
      if (model && scoreCue(model, feats) <= model.threshold) continue;
    }
    out.push(m);
    i = e - 1;
  }
  return out;
}

const START_NODES = new WeakMap<DocContext, { lex: CueLexicon; nodes: (CueNode | null | undefined)[] }>();

/** Per word type of the document, its lexicon start node (null: no phrase starts there), filled lazily. */
function startNodes(ctx: DocContext, lex: CueLexicon): (CueNode | null | undefined)[] {
  let c = START_NODES.get(ctx);
  if (!c || c.lex !== lex) {
    c = { lex, nodes: new Array<CueNode | null | undefined>(ctx.norm.length) };
    START_NODES.set(ctx, c);
  }
  return c.nodes;
}

/** The normalised words of tokens [s, e), space-separated: a cue's key. */
export function phrase(ctx: DocContext, s: number, e: number): string {
  let k = nm(ctx, s);
  for (let i = s + 1; i < e; i++) k += ' ' + nm(ctx, i);
  return k;
}

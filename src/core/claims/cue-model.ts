// The cue classifier: decides whether a lexicon candidate ("think", "called", "support", …) is an attribution cue
// in its context. A binary averaged perceptron over sparse string features, trained by scripts/train-claims-cues.ts
// on PolNeAR train; weights in models/claims-cue-model.json (see models/claims.md).
import MODEL from '../../../models/claims-cue-model.json';
import type { DocContext } from './context';
import { isCapitalized, isCloseQuoteMark, isOpenQuoteMark, nm } from './context';
import type { CueLexicon } from './lexicon';
import { SUBJECT_PRONOUNS } from './words';

export interface CueModel {
  readonly weights: ReadonlyMap<string, number>;
  readonly bias: number;
  /** A candidate is a cue when its score exceeds this. */
  readonly threshold: number;
}

interface ModelFile { readonly bias: number; readonly threshold?: number; readonly weights: Record<string, number> }

let shipped: CueModel | null = null;

export function shippedCueModel(): CueModel {
  if (!shipped) {
    const m = MODEL as unknown as ModelFile;
    shipped = { bias: m.bias, threshold: m.threshold ?? 0, weights: new Map(Object.entries(m.weights)) };
  }
  return shipped;
}

function cls(ctx: DocContext, i: number, a: number, b: number): string {
  if (i < a) return '<S>';
  if (i >= b) return '</S>';
  const t = ctx.tokens[i];
  if (isOpenQuoteMark(ctx, i)) return 'Q(';
  if (isCloseQuoteMark(ctx, i)) return 'Q)';
  if (t.kind === 'punct' || t.kind === 'symbol') return t.text;
  const n = nm(ctx, i);
  if (SUBJECT_PRONOUNS.has(n)) return 'PRON';
  if (n === 'that' || n === 'to' || n === 'the' || n === 'a' || n === 'of') return n;
  if (t.kind === 'number') return 'NUM';
  return isCapitalized(ctx, i) ? 'Cap' : /(ed|ing|ly|s)$/.test(n) ? 'low-' + n.slice(-2) : 'low';
}

const bucket = (p: number): string => String(Math.min(9, Math.floor(p * 10)));

/**
 * Features of a candidate cue: phrase tokens [i, e) of a match widened to [s, e), in sentence [a, b).
 */
export function cueFeatures(ctx: DocContext, lex: CueLexicon, key: string, s: number, i: number, e: number, a: number, b: number): string[] {
  const [p, px] = lex.prob(key);
  const w = (k: number): string => (k < a ? '<S>' : k >= b ? '</S>' : nm(ctx, k));
  const c1 = cls(ctx, s - 1, a, b);
  const n1 = cls(ctx, e, a, b);
  return [
    'k=' + key,
    'p=' + bucket(p),
    'x=' + bucket(px),
    'p1=' + w(s - 1),
    'p2=' + w(s - 2),
    'n1=' + w(e),
    'n2=' + w(e + 1),
    'c-1=' + c1,
    'c+1=' + n1,
    'c-1+1=' + c1 + '|' + n1,
    'k|c+1=' + key + '|' + n1,
    'k|c-1=' + key + '|' + c1,
    'k|n1=' + key + '|' + w(e),
    'cap=' + isCapitalized(ctx, i),
    'vg=' + (s < i),
    'pos=' + (s === a ? 'first' : e >= b - 1 ? 'last' : 'mid'),
    'len=' + Math.min(3, e - i),
  ];
}

export function scoreCue(model: CueModel, feats: readonly string[]): number {
  let sum = model.bias;
  for (const f of feats) sum += model.weights.get(f) ?? 0;
  return sum;
}

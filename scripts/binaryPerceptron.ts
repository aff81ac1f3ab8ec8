// The binary averaged perceptron the claims cue, content-start and content-end models are trained with, the weight
// averaging the source ranker shares, and the diff-friendly way weights are written (one per line, sorted ids).
import * as fs from 'node:fs';

export interface BinaryExample { readonly feats: readonly number[]; readonly y: 1 | -1 }

export interface AveragedWeights {
  readonly bias: number;
  /** Averaged weights with |w| ≥ minAbsWeight, rounded to 1/1000, keyed by feature id in ascending order. */
  readonly weights: Record<string, number>;
}

export function trainAveragedPerceptron(
  examples: readonly BinaryExample[], epochs: number, minAbsWeight: number, onEpoch?: (epoch: number, errors: number) => void,
): AveragedWeights {
  const w = new Map<number, number>();
  const acc = new Map<number, number>(); // sum of c * update, for averaging
  let bias = 0;
  let biasAcc = 0;
  let c = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0;
    for (const ex of examples) {
      let s = bias;
      for (const f of ex.feats) s += w.get(f) ?? 0;
      if ((s > 0 ? 1 : -1) !== ex.y) {
        errors++;
        for (const f of ex.feats) {
          w.set(f, (w.get(f) ?? 0) + ex.y);
          acc.set(f, (acc.get(f) ?? 0) + c * ex.y);
        }
        bias += ex.y;
        biasAcc += c * ex.y;
      }
      c++;
    }
    onEpoch?.(epoch + 1, errors);
  }
  return { bias: Math.round((bias - biasAcc / c) * 1000) / 1000, weights: averagedWeights(w, acc, c, minAbsWeight) };
}

/**
 * The averaged weights of a perceptron (w − acc / steps, where acc sums step × update), rounded to 1/1000 and kept
 * when |w| ≥ minAbsWeight, keyed by feature id in ascending order (deterministic files).
 */
export function averagedWeights(w: ReadonlyMap<number, number>, acc: ReadonlyMap<number, number>, steps: number,
  minAbsWeight: number): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const f of [...w.keys()].sort((x, y) => x - y)) {
    const avg = w.get(f)! - (acc.get(f) ?? 0) / steps;
    if (Math.abs(avg) >= minAbsWeight) weights[f] = Math.round(avg * 1000) / 1000;
  }
  return weights;
}

/** Writes a model whose `weights` go one per line, so a retrained model diffs readably in git. */
export function writeModelJson(target: string, model: { readonly weights: Record<string, number> }): void {
  const head = JSON.stringify({ ...model, weights: undefined }).slice(0, -1);
  const body = Object.keys(model.weights).map((k) => `${JSON.stringify(k)}:${model.weights[k]}`).join(',\n');
  fs.writeFileSync(target, `${head},"weights":{\n${body}\n}}\n`);
  console.log(`wrote ${Object.keys(model.weights).length} weights to ${target}`);
}

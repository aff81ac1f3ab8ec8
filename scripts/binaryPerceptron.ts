// The binary averaged perceptron the claims cue, content-start and content-end models are trained with, the weight
// averaging the source ranker shares, and the diff-friendly way weights are written (one per line, sorted ids).
import * as fs from 'node:fs';

export interface BinaryExample { readonly feats: readonly number[]; readonly y: 1 | -1 }

export interface AveragedWeights {
  readonly bias: number;
  /** Averaged weights with |w| ≥ minAbsWeight, rounded to 1/1000, keyed by feature id in ascending order. */
  readonly weights: Record<string, number>;
}

/**
 * How many perceptrons a model averages, each trained on its own seeded order of the examples (the first in the
 * examples' own order). One perceptron's weights depend on the order of its mistakes: a change to a few training
 * examples moved dev F1 by ±0.4 on a retrain. CLAIMS_PERCEPTRON_RUNS and CLAIMS_PERCEPTRON_SEED (the first run's
 * seed; 0 = the examples' order) override them for experiments.
 */
const RUNS = Number(process.env.CLAIMS_PERCEPTRON_RUNS ?? 5);
const SEED = Number(process.env.CLAIMS_PERCEPTRON_SEED ?? 0);
/** The smallest |weight| any model keeps (each trainer may ask for more); CLAIMS_PRUNE overrides it for experiments. */
const PRUNE = Number(process.env.CLAIMS_PRUNE ?? 0);

export function trainAveragedPerceptron(
  examples: readonly BinaryExample[], epochs: number, minAbsWeight: number, onEpoch?: (epoch: number, errors: number) => void,
): AveragedWeights {
  const mean = averageOfRuns(examples, (ordered, first) => {
    const run = perceptronRun(ordered, epochs, first ? onEpoch : undefined);
    run.weights.set(BIAS, run.bias);
    return run.weights;
  });
  const bias = mean.get(BIAS) ?? 0;
  mean.delete(BIAS);
  return { bias: Math.round(bias * 1000) / 1000, weights: roundedWeights(mean, minAbsWeight) };
}

/** The bias's key in a run's weights (feature ids are 30-bit, never negative). */
const BIAS = -1;

/**
 * The mean of RUNS models, each trained by `runOne` on its own order of the examples (the first run, with seed 0, on
 * their own order): unrounded weights by feature id.
 */
export function averageOfRuns<T>(examples: readonly T[], runOne: (ordered: readonly T[], first: boolean) => Map<number, number>): Map<number, number> {
  const sum = new Map<number, number>();
  for (let r = 0; r < RUNS; r++) {
    const weights = runOne(SEED + r === 0 ? examples : shuffled(examples, SEED + r), r === 0);
    for (const [f, v] of weights) sum.set(f, (sum.get(f) ?? 0) + v);
  }
  for (const [f, v] of sum) sum.set(f, v / RUNS);
  return sum;
}

/** Weights with |w| ≥ minAbsWeight, rounded to 1/1000, keyed by feature id in ascending order (deterministic files). */
export function roundedWeights(weights: ReadonlyMap<number, number>, minAbsWeight: number): Record<string, number> {
  minAbsWeight = Math.max(minAbsWeight, PRUNE);
  const out: Record<string, number> = {};
  for (const f of [...weights.keys()].sort((x, y) => x - y)) {
    const v = weights.get(f)!;
    if (Math.abs(v) >= minAbsWeight) out[f] = Math.round(v * 1000) / 1000;
  }
  return out;
}

/** One averaged perceptron over `examples` in their order: its unrounded averaged weights and bias. */
function perceptronRun(examples: readonly BinaryExample[], epochs: number, onEpoch?: (epoch: number, errors: number) => void):
  { weights: Map<number, number>; bias: number } {
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
  return { weights: averagedWeights(w, acc, c), bias: bias - biasAcc / c };
}

/** The examples in a seeded random order (Fisher–Yates over a mulberry32 stream): deterministic per seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const x = out[i]; out[i] = out[j]; out[j] = x;
  }
  return out;
}

/** The averaged weights of a perceptron, unrounded: w − acc / steps, where acc sums step × update. */
export function averagedWeights(w: ReadonlyMap<number, number>, acc: ReadonlyMap<number, number>, steps: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [f, v] of w) out.set(f, v - (acc.get(f) ?? 0) / steps);
  return out;
}

/** Writes a model whose `weights` go one per line, so a retrained model diffs readably in git. */
export function writeModelJson(target: string, model: { readonly weights: Record<string, number> }): void {
  const head = JSON.stringify({ ...model, weights: undefined }).slice(0, -1);
  const body = Object.keys(model.weights).map((k) => `${JSON.stringify(k)}:${model.weights[k]}`).join(',\n');
  fs.writeFileSync(target, `${head},"weights":{\n${body}\n}}\n`);
  console.log(`wrote ${Object.keys(model.weights).length} weights to ${target}`);
}

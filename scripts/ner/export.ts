// Turns a trained perceptron plus its resources into the shipped binary model, pruning weak features.

import { NUM_LABELS } from '../../src/core/entities/labels';
import { encodeModel } from '../../src/core/entities/model-format';
import type { Resources } from '../../src/core/entities/resources';
import type { U32Map } from '../../src/core/entities/u32map';
import type { FeatureOptions } from '../../src/core/entities/features';

function entries(m: U32Map): { keys: Uint32Array; values: Uint32Array } {
  const keys: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < m.keys.length; i++) {
    if (m.keys[i] !== 0) {
      keys.push(m.keys[i]);
      values.push(m.values[i]);
    }
  }
  // Sorted so the file is byte-identical across runs.
  const order = keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b]);
  return { keys: Uint32Array.from(order.map((i) => keys[i])), values: Uint32Array.from(order.map((i) => values[i])) };
}

export interface ExportInput {
  readonly index: Map<number, number>;
  readonly w: Float32Array;
  readonly trans: Float32Array;
  readonly res: Resources;
  readonly opts: FeatureOptions;
  /** Features whose largest absolute weight is below this are dropped. */
  readonly minWeight: number;
  readonly info: Record<string, unknown>;
}

export function exportModel(x: ExportInput): { bytes: Uint8Array; kept: number } {
  const ids = [...x.index.keys()].sort((a, b) => a - b);
  const keptIds: number[] = [];
  const rows: number[] = [];
  for (const id of ids) {
    const r = x.index.get(id) as number;
    let max = 0;
    for (let y = 0; y < NUM_LABELS; y++) max = Math.max(max, Math.abs(x.w[r * NUM_LABELS + y]));
    if (max >= x.minWeight && max > 0) {
      keptIds.push(id);
      rows.push(r);
    }
  }
  const weights = new Float32Array(rows.length * NUM_LABELS);
  rows.forEach((r, i) => weights.set(x.w.subarray(r * NUM_LABELS, (r + 1) * NUM_LABELS), i * NUM_LABELS));
  const cl = entries(x.res.clusters);
  const ca = entries(x.res.casing);
  const gz = entries(x.res.gazetteer);
  const bytes = encodeModel({
    header: { clusterBits: [...x.res.clusterBits], options: x.opts, info: x.info },
    featureKeys: Uint32Array.from(keptIds),
    weights,
    transitions: Float32Array.from(x.trans),
    clusterKeys: cl.keys, clusterValues: cl.values,
    casingKeys: ca.keys, casingValues: ca.values,
    gazKeys: gz.keys, gazValues: gz.values,
  });
  return { bytes, kept: keptIds.length };
}

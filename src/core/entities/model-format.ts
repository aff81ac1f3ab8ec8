// The binary model file: "NERM", a JSON header, then typed-array sections (little-endian, 4-byte aligned).
// Feature weights are stored as one int8 row per feature with a float32 scale, and dequantised on load.

import { NUM_LABELS } from './labels';
import type { FeatureOptions } from './features';

export const MAGIC = 0x4d52454e; // "NERM" little-endian
export const FORMAT_VERSION = 1;

export interface ModelHeader {
  readonly version: number;
  readonly labels: number;
  readonly clusterBits: number[];
  readonly options: FeatureOptions;
  readonly info: Record<string, unknown>;
  readonly sections: { name: string; type: 'u8' | 'i8' | 'u32' | 'f32'; offset: number; length: number }[];
}

export interface ModelParts {
  readonly header: ModelHeader;
  /** Feature ids and their dequantised weight rows (NUM_LABELS floats each; built on first use). */
  readonly featureKeys: Uint32Array;
  readonly weights: Float32Array;
  /** The rows as stored: int8 values and one scale per row (weight = fround(value * scale)). */
  readonly quantized: { readonly values: Int8Array; readonly scales: Float32Array };
  readonly transitions: Float32Array;
  readonly clusterKeys: Uint32Array;
  readonly clusterValues: Uint32Array;
  readonly casingKeys: Uint32Array;
  readonly casingValues: Uint32Array;
  readonly gazKeys: Uint32Array;
  readonly gazValues: Uint32Array;
}

type Typed = Uint8Array | Int8Array | Uint32Array | Float32Array;

export function encodeModel(parts: Omit<ModelParts, 'header' | 'weights' | 'quantized'> & {
  readonly header: Omit<ModelHeader, 'sections' | 'version' | 'labels'>;
  readonly weights: Float32Array;
}): Uint8Array {
  const n = parts.featureKeys.length;
  const q = new Int8Array(n * NUM_LABELS);
  const scales = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    let max = 0;
    for (let y = 0; y < NUM_LABELS; y++) max = Math.max(max, Math.abs(parts.weights[r * NUM_LABELS + y]));
    const s = max / 127 || 1;
    scales[r] = s;
    for (let y = 0; y < NUM_LABELS; y++) q[r * NUM_LABELS + y] = Math.round(parts.weights[r * NUM_LABELS + y] / s);
  }
  const arrays: [string, Typed][] = [
    ['featureKeys', parts.featureKeys], ['scales', scales], ['weights', q], ['transitions', parts.transitions],
    ['clusterKeys', parts.clusterKeys], ['clusterValues', parts.clusterValues],
    ['casingKeys', parts.casingKeys], ['casingValues', Uint8Array.from(parts.casingValues)],
    ['gazKeys', parts.gazKeys], ['gazValues', parts.gazValues],
  ];
  const sections: ModelHeader['sections'] = [];
  let offset = 0;
  for (const [name, a] of arrays) {
    const type = a instanceof Uint8Array ? 'u8' : a instanceof Int8Array ? 'i8' : a instanceof Uint32Array ? 'u32' : 'f32';
    sections.push({ name, type, offset, length: a.length });
    offset += Math.ceil(a.byteLength / 4) * 4;
  }
  const header: ModelHeader = { ...parts.header, version: FORMAT_VERSION, labels: NUM_LABELS, sections };
  let json = new TextEncoder().encode(JSON.stringify(header));
  const padded = Math.ceil(json.length / 4) * 4;
  const jsonBuf = new Uint8Array(padded).fill(32);
  jsonBuf.set(json);
  json = jsonBuf;
  const out = new Uint8Array(12 + json.length + offset);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, FORMAT_VERSION, true);
  dv.setUint32(8, json.length, true);
  out.set(json, 12);
  const base = 12 + json.length;
  arrays.forEach(([, a], i) => out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), base + sections[i].offset));
  return out;
}

export function decodeModel(buf: Uint8Array): ModelParts {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) throw new Error('not a News Annotator NER model');
  if (dv.getUint32(4, true) !== FORMAT_VERSION) throw new Error('unsupported NER model version');
  const jsonLen = dv.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(12, 12 + jsonLen))) as ModelHeader;
  // Copy so every section is aligned regardless of the Buffer's pool offset.
  const body = new Uint8Array(buf.subarray(12 + jsonLen)); // a copy (Buffer.slice would share memory)
  const get = (name: string): Typed => {
    const s = header.sections.find((x) => x.name === name);
    if (!s) throw new Error(`NER model lacks section ${name}`);
    const b = body.buffer;
    switch (s.type) {
      case 'u8': return new Uint8Array(b, s.offset, s.length);
      case 'i8': return new Int8Array(b, s.offset, s.length);
      case 'u32': return new Uint32Array(b, s.offset, s.length);
      default: return new Float32Array(b, s.offset, s.length);
    }
  };
  const scales = get('scales') as Float32Array;
  const q = get('weights') as Int8Array;
  let weights: Float32Array | null = null;
  return {
    header,
    // The tagger reads the int8 rows directly (a quarter of the memory traffic); only tools need floats.
    get weights(): Float32Array {
      return weights ?? (weights = dequantize(q, scales));
    },
    quantized: { values: q, scales },
    featureKeys: get('featureKeys') as Uint32Array,
    transitions: get('transitions') as Float32Array,
    clusterKeys: get('clusterKeys') as Uint32Array,
    clusterValues: get('clusterValues') as Uint32Array,
    casingKeys: get('casingKeys') as Uint32Array,
    casingValues: Uint32Array.from(get('casingValues') as Uint8Array),
    gazKeys: get('gazKeys') as Uint32Array,
    gazValues: get('gazValues') as Uint32Array,
  };
}

function dequantize(q: Int8Array, scales: Float32Array): Float32Array {
  const weights = new Float32Array(q.length);
  for (let r = 0, i = 0; r < scales.length; r++) {
    const s = scales[r];
    for (let y = 0; y < NUM_LABELS; y++, i++) weights[i] = q[i] * s;
  }
  return weights;
}

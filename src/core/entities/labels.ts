// Entity labels over the four CoNLL classes. Label 0 is O; then one label per (class, part). The part set is
// the encoding SCHEME: BILOU (Begin, Inside, Last, Unit), BIO, or IO (Inside only: adjacent same-class names
// merge, which CoNLL's IOB1 rarely needs to separate).

export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllClass = (typeof CLASSES)[number];

export type Scheme = 'BILOU' | 'BIO' | 'IO';
const env = typeof process !== 'undefined' ? process.env?.NER_SCHEME : undefined;
export const SCHEME: Scheme = env === 'BIO' || env === 'IO' || env === 'BILOU' ? env : 'BILOU';
const PARTS: readonly string[] = SCHEME === 'BILOU' ? ['B', 'I', 'L', 'U'] : SCHEME === 'BIO' ? ['B', 'I'] : ['I'];
const P = PARTS.length;
const [PB, PI, PL, PU] = SCHEME === 'BILOU' ? [0, 1, 2, 3] : SCHEME === 'BIO' ? [0, 1, -1, -1] : [-1, 0, -1, -1];

export const NUM_LABELS = 1 + CLASSES.length * P;

export const LABEL_NAMES: string[] = ['O'];
for (const c of CLASSES) for (const p of PARTS) LABEL_NAMES.push(`${p}-${c}`);

/** -1 for O, else the part index in the scheme. */
export function labelPart(label: number): number {
  return label === 0 ? -1 : (label - 1) % P;
}
export function labelClass(label: number): number {
  return label === 0 ? -1 : Math.floor((label - 1) / P);
}
export function makeLabel(cls: number, part: number): number {
  return 1 + cls * P + part;
}

/** Whether `next` may follow `prev` (prev = -1 at sentence start). */
export function allowedTransition(prev: number, next: number): boolean {
  const pp = labelPart(prev);
  const np = labelPart(next);
  if (SCHEME === 'IO') return true;
  if (SCHEME === 'BIO') return np !== PI || (prev > 0 && labelClass(prev) === labelClass(next));
  const pOpen = prev > 0 && (pp === PB || pp === PI);
  const nContinues = np === PI || np === PL;
  if (pOpen) return nContinues && labelClass(prev) === labelClass(next);
  return !nContinues;
}
/** Whether a sentence may end after `label`. */
export function allowedFinal(label: number): boolean {
  const p = labelPart(label);
  return SCHEME !== 'BILOU' || (p !== PB && p !== PI);
}

export interface LabeledSpan {
  /** Token index of the first token. */
  readonly start: number;
  /** Token index one past the last token. */
  readonly end: number;
  readonly cls: number;
}

/** Spans from a label sequence; tolerant of ill-formed sequences (as conlleval is). */
export function spansFromLabels(labels: ArrayLike<number>, from = 0, to = labels.length): LabeledSpan[] {
  const spans: LabeledSpan[] = [];
  let start = -1;
  let cls = -1;
  for (let i = from; i < to; i++) {
    const l = labels[i];
    if (l === 0 && start < 0) continue; // most tokens: outside any name, none open
    const p = labelPart(l);
    const c = labelClass(l);
    if (start >= 0 && (l === 0 || p === PB || p === PU || c !== cls)) {
      spans.push({ start, end: i, cls });
      start = -1;
    }
    if (l === 0) continue;
    if (start < 0) {
      start = i;
      cls = c;
    }
    if (p === PL || p === PU) {
      spans.push({ start, end: i + 1, cls });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start, end: to, cls });
  return spans;
}

/** Labels for spans over `length` tokens. */
export function labelsFromSpans(spans: readonly LabeledSpan[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) {
      let part = PI;
      if (SCHEME === 'BILOU') part = s.end - s.start === 1 ? PU : i === s.start ? PB : i === s.end - 1 ? PL : PI;
      else if (SCHEME === 'BIO') part = i === s.start ? PB : PI;
      out[i] = makeLabel(s.cls, part);
    }
  }
  return out;
}

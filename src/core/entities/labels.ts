// BILOU encoding over the four CoNLL classes. Label 0 is O; then B,I,L,U for each class in CLASSES order.

export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllClass = (typeof CLASSES)[number];

export const NUM_LABELS = 1 + CLASSES.length * 4;
const PARTS = ['B', 'I', 'L', 'U'] as const;

export const LABEL_NAMES: string[] = ['O'];
for (const c of CLASSES) for (const p of PARTS) LABEL_NAMES.push(`${p}-${c}`);

/** 0=O, else part index 0..3 = B,I,L,U. */
export function labelPart(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}
export function labelClass(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}
export function makeLabel(cls: number, part: number): number {
  return 1 + cls * 4 + part;
}

/** Whether `next` may follow `prev` in a well-formed BILOU sequence (prev = -1 at sentence start). */
export function allowedTransition(prev: number, next: number): boolean {
  const pOpen = prev >= 0 && (labelPart(prev) === 0 || labelPart(prev) === 1); // B or I: entity still open
  const nPart = labelPart(next);
  const nContinues = nPart === 1 || nPart === 2; // I or L
  if (pOpen) return nContinues && labelClass(prev) === labelClass(next);
  return !nContinues;
}
/** Whether a sentence may end after `label`. */
export function allowedFinal(label: number): boolean {
  const p = labelPart(label);
  return p !== 0 && p !== 1;
}

export interface LabeledSpan {
  /** Token index of the first token. */
  readonly start: number;
  /** Token index one past the last token. */
  readonly end: number;
  readonly cls: number;
}

/** Spans from a BILOU label sequence; tolerant of ill-formed sequences (as conlleval is). */
export function spansFromLabels(labels: ArrayLike<number>, from = 0, to = labels.length): LabeledSpan[] {
  const spans: LabeledSpan[] = [];
  let start = -1;
  let cls = -1;
  for (let i = from; i < to; i++) {
    const l = labels[i];
    const p = labelPart(l);
    const c = labelClass(l);
    if (start >= 0 && (l === 0 || p === 0 || p === 3 || c !== cls)) {
      spans.push({ start, end: i, cls });
      start = -1;
    }
    if (l === 0) continue;
    if (start < 0) {
      start = i;
      cls = c;
    }
    if (p === 2 || p === 3) {
      spans.push({ start, end: i + 1, cls });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start, end: to, cls });
  return spans;
}

/** BILOU labels for spans over `length` tokens. */
export function labelsFromSpans(spans: readonly LabeledSpan[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = makeLabel(s.cls, 3);
    else {
      out[s.start] = makeLabel(s.cls, 0);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = makeLabel(s.cls, 1);
      out[s.end - 1] = makeLabel(s.cls, 2);
    }
  }
  return out;
}

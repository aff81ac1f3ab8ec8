// Reading CoNLL-2003 files (word POS chunk NER, IOB1 or IOB2) into documents with BILOU gold labels,
// and conlleval-style entity scoring.

import * as fs from 'node:fs';
import { CLASSES, labelsFromSpans, type LabeledSpan } from '../../src/core/entities/labels';

export interface ConllDoc {
  readonly tokens: string[];
  readonly sentStarts: number[];
  /** Gold entity spans (token indices), class index into CLASSES. */
  readonly spans: LabeledSpan[];
  /** Gold BILOU labels. */
  readonly labels: Uint8Array;
}

/** Entity spans from IOB1/IOB2 tags, as conlleval reads them. */
export function spansFromIob(tags: readonly string[], from: number, to: number): LabeledSpan[] {
  const spans: LabeledSpan[] = [];
  let start = -1;
  let cls = -1;
  for (let i = from; i <= to; i++) {
    const tag = i < to ? tags[i] : 'O';
    const c = tag === 'O' ? -1 : CLASSES.indexOf(tag.slice(2) as (typeof CLASSES)[number]);
    const begins = tag !== 'O' && (tag.startsWith('B-') || c !== cls || start < 0);
    if (start >= 0 && (tag === 'O' || begins)) {
      spans.push({ start, end: i, cls });
      start = -1;
    }
    if (tag !== 'O' && start < 0) {
      start = i;
      cls = c;
    }
  }
  return spans;
}

export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let sentStarts: number[] = [];
  let spans: LabeledSpan[] = [];
  let sentStart = 0;
  const closeSentence = (): void => {
    if (tokens.length > sentStart) {
      sentStarts.push(sentStart);
      spans.push(...spansFromIob(tags, sentStart, tokens.length));
    }
    sentStart = tokens.length;
  };
  const closeDoc = (): void => {
    closeSentence();
    if (tokens.length > 0) docs.push({ tokens, sentStarts, spans, labels: labelsFromSpans(spans, tokens.length) });
    tokens = [];
    tags = [];
    sentStarts = [];
    spans = [];
    sentStart = 0;
  };
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '') {
      closeSentence();
      continue;
    }
    const parts = t.split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      closeDoc();
      continue;
    }
    tokens.push(parts[0]);
    tags.push(parts[parts.length - 1]);
  }
  closeDoc();
  return docs;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export interface Report {
  overall: Score;
  byClass: Score[];
}

export function emptyReport(): Report {
  return { overall: { tp: 0, fp: 0, fn: 0 }, byClass: CLASSES.map(() => ({ tp: 0, fp: 0, fn: 0 })) };
}

/** Adds one document's exact-match comparison to the report. */
export function scoreSpans(report: Report, gold: readonly LabeledSpan[], pred: readonly LabeledSpan[]): void {
  const key = (s: LabeledSpan): string => `${s.start}:${s.end}:${s.cls}`;
  const goldSet = new Set(gold.map(key));
  const predSet = new Set(pred.map(key));
  for (const p of pred) {
    const hit = goldSet.has(key(p));
    const bucket = report.byClass[p.cls];
    if (hit) {
      report.overall.tp++;
      bucket.tp++;
    } else {
      report.overall.fp++;
      bucket.fp++;
    }
  }
  for (const g of gold) {
    if (!predSet.has(key(g))) {
      report.overall.fn++;
      report.byClass[g.cls].fn++;
    }
  }
}

export function prf(s: Score): { p: number; r: number; f: number } {
  const p = s.tp + s.fp === 0 ? 0 : (100 * s.tp) / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 0 : (100 * s.tp) / (s.tp + s.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

export function formatReport(report: Report): string {
  const row = (name: string, s: Score): string => {
    const { p, r, f } = prf(s);
    return `${name.padEnd(8)} P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f.toFixed(2)}`;
  };
  return [row('overall', report.overall), ...CLASSES.map((c, i) => row(c, report.byClass[i]))].join('\n');
}

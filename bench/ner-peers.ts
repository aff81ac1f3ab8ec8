// compromise and wink-nlp scored on eng.testa the same way as ours: each CoNLL document is rebuilt as text
// (tokens joined by spaces, one sentence a line), their entities mapped back to token spans.
// compromise: people -> PER, places -> LOC, organizations -> ORG (it has no MISC). wink-nlp's light model
// has no person/organisation/place entities, so nothing of it maps to a CoNLL class.

import { emptyReport, scoreSpans, type ConllDoc, type Report } from '../scripts/ner/conll';
import type { LabeledSpan } from '../src/core/entities/labels';

interface Rebuilt {
  text: string;
  starts: number[];
}

function rebuild(d: ConllDoc): Rebuilt {
  let text = '';
  const starts: number[] = [];
  const sentStart = new Set(d.sentStarts);
  d.tokens.forEach((t, i) => {
    if (i > 0) text += sentStart.has(i) ? '\n' : ' ';
    starts.push(text.length);
    text += t;
  });
  return { text, starts };
}

/** Tokens wholly or partly covered by [start, end). */
function toTokens(r: Rebuilt, tokens: readonly string[], start: number, end: number): { start: number; end: number } | null {
  let a = -1, b = -1;
  for (let i = 0; i < r.starts.length; i++) {
    const s = r.starts[i];
    const e = s + tokens[i].length;
    if (e > start && s < end) {
      if (a < 0) a = i;
      b = i + 1;
    }
  }
  return a < 0 ? null : { start: a, end: b };
}

type Finder = (text: string) => { start: number; end: number; cls: number }[];

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
export function compromiseFinder(): Finder {
  const nlp = require('compromise');
  return (text) => {
    const doc = nlp(text);
    const out: { start: number; end: number; cls: number }[] = [];
    const add = (view: any, cls: number): void => {
      for (const m of view.json({ offset: true })) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, cls });
    };
    add(doc.people(), 0);
    add(doc.organizations(), 1);
    add(doc.places(), 2);
    return out;
  };
}

export function winkFinder(): Finder {
  const winkNLP = require('wink-nlp');
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  const its = nlp.its;
  const map: Record<string, number> = { PERSON: 0, ORG: 1, GPE: 2, LOC: 2, NORP: 3 };
  return (text) => {
    const out: { start: number; end: number; cls: number }[] = [];
    const doc = nlp.readDoc(text);
    doc.entities().each((e: any) => {
      const cls = map[e.out(its.type)];
      if (cls === undefined) return;
      // Never reached with the light model (no such types); kept so a richer model would be scored.
      const [first, last] = e.out(its.span) as [number, number];
      const toks = doc.tokens();
      const start = text.indexOf(toks.itemAt(first).out(), 0);
      out.push({ start, end: start + toks.itemAt(last).out().length, cls });
    });
    return out;
  };
}
/* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */

export function peerAccuracy(find: Finder, docs: readonly ConllDoc[]): Report {
  const report = emptyReport();
  for (const d of docs) {
    const r = rebuild(d);
    const pred: LabeledSpan[] = [];
    const seen = new Set<string>();
    for (const e of find(r.text)) {
      const t = toTokens(r, d.tokens, e.start, e.end);
      if (!t) continue;
      const key = `${t.start}:${t.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pred.push({ ...t, cls: e.cls });
    }
    scoreSpans(report, d.spans, pred);
  }
  return report;
}

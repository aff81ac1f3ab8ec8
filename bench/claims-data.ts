// Loads PolNeAR (brat standoff attributions) for the claims benchmark and the lexicon trainer.
// Data lives outside the repository (../shared/data/polnear); it is never committed.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GoldSpan { readonly start: number; readonly end: number }

export interface GoldAttribution {
  readonly source: GoldSpan[];
  readonly cue: GoldSpan[];
  /** Every contiguous content piece (Content, Content2 and discontinuous parts). */
  readonly content: GoldSpan[];
}

export interface GoldDoc {
  readonly name: string;
  readonly text: string;
  readonly attributions: GoldAttribution[];
}

export const POLNEAR_DIR = process.env.POLNEAR_DIR ?? path.resolve(__dirname, '../../../shared/data/polnear');

function parseSpans(s: string): GoldSpan[] {
  return s.split(';').map((p) => {
    const [a, b] = p.trim().split(/\s+/).map(Number);
    return { start: a, end: b };
  });
}

function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; spans: GoldSpan[] }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const m = /^(T\d+)\t(\w+) ([\d ;]+)\t/.exec(line);
    if (m) spans.set(m[1], { type: m[2], spans: parseSpans(m[3]) });
    else if (/^E\d+\t/.test(line)) events.push(line.split('\t')[1]);
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const a: GoldAttribution = { source: [], cue: [], content: [] };
    for (const role of ev.trim().split(/\s+/)) {
      const [k, id] = role.split(':');
      const t = spans.get(id);
      if (!t) continue;
      if (k.startsWith('Source')) a.source.push(...t.spans);
      else if (k.startsWith('Cue')) a.cue.push(...t.spans);
      else if (k.startsWith('Content')) a.content.push(...t.spans);
    }
    a.content.sort((x, y) => x.start - y.start);
    out.push(a);
  }
  return out;
}

export interface MultiDoc {
  readonly name: string;
  readonly text: string;
  /** Every annotator's attributions, in file-name order (the first is the one `loadSplit` uses). */
  readonly annotations: { readonly annotator: string; readonly attributions: GoldAttribution[] }[];
}

/** A split's annotation files grouped by article name, each group in file-name order (one file per annotator). */
function annotationFiles(annDir: string): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const f of fs.readdirSync(annDir).sort()) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  return byName;
}

/** The articles of a split that several annotators annotated (PolNeAR's agreement articles), with every annotation. */
export function loadMultiAnnotated(split: 'train' | 'dev', dir = POLNEAR_DIR): MultiDoc[] {
  const annDir = path.join(dir, split, 'attributions');
  return [...annotationFiles(annDir)].filter(([, files]) => files.length > 1).map(([name, files]) => ({
    name,
    text: fs.readFileSync(path.join(dir, split, 'text', name + '.txt'), 'utf8'),
    annotations: files.map((f) => ({ annotator: /_([^_]+)\.ann$/.exec(f)![1], attributions: parseAnn(fs.readFileSync(path.join(annDir, f), 'utf8')) })),
  }));
}

/** One annotator per article: the first annotation file in name order. */
export function loadSplit(split: 'train' | 'dev', dir = POLNEAR_DIR): GoldDoc[] {
  const annDir = path.join(dir, split, 'attributions');
  return [...annotationFiles(annDir)].map(([name, files]) => ({
    name,
    text: fs.readFileSync(path.join(dir, split, 'text', name + '.txt'), 'utf8'),
    attributions: parseAnn(fs.readFileSync(path.join(annDir, files[0]), 'utf8')),
  }));
}

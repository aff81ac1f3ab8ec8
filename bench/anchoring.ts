/**
 * Anchoring benchmark (run on demand: `npx tsc -p . && node out/bench/anchoring.js [--quick]`).
 *
 * 1. Wrong re-attachments over ≥ 10,000 random edits, judged against character-level ground truth, for the three
 *    paths: edits in the editor (shiftAnchors), outside rewrite with the old text (diff), without it (search).
 * 2. Single outside rewrites (1–5 edits at once), re-anchored once: how many intact annotations are found.
 * 3. Time to re-anchor 10,000 annotations on a 2 MB article.
 * Writes bench/results/anchoring.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAt } from '../src/core/annotations/anchor';
import { mulberry32 } from '../src/core/annotations/ids';
import { reanchor } from '../src/core/annotations/reanchor';
import { shiftAnchors } from '../src/core/annotations/shift';
import type { ContentChange } from '../src/core/annotations/shift';
import { applyChange, applyToIds, article, judge, positions, randomChange, runRandomEdits, spans, truthOf } from '../test/unit/anchoringGen';
import type { Judgement } from '../test/unit/anchoringGen';

type Tally = Record<Judgement, number>;
const tally = (): Tally => ({ exact: 0, flagged: 0, lost: 0, ambiguous: 0, wrong: 0 });
const quick = process.argv.includes('--quick');

function sequentialEdits(rounds: number, steps: number): { editor: Tally; diff: Tally; blind: Tally; edits: number; examples: string[] } {
  const res = { editor: tally(), diff: tally(), blind: tally(), edits: 0, examples: [] as string[] };
  for (let round = 0; round < rounds; round++) {
    const r = mulberry32(1000 + round);
    const text = article(r, 10_000, round % 2 ? '\r\n' : '\n');
    const original = spans(r, text, 100);
    runRandomEdits(r, text, original, steps, ({ step, path, judgement: j, change, anchor }) => {
      res[path][j]++;
      if ((j === 'wrong' || j === 'ambiguous') && res.examples.length < 8) res.examples.push(`${j}: round ${round} step ${step} ${path}: ${JSON.stringify(change)} → ${JSON.stringify(anchor)}`);
    });
    res.edits += steps;
  }
  return res;
}

function singleRewrites(trials: number): { diff: Tally; blind: Tally } {
  const res = { diff: tally(), blind: tally() };
  for (let t = 0; t < trials; t++) {
    const r = mulberry32(50_000 + t);
    const text = article(r, 6_000, t % 2 ? '\r\n' : '\n');
    const original = spans(r, text, 60);
    let ids = Array.from({ length: text.length }, (_, i) => i);
    let next = text;
    for (let k = 1 + Math.floor(r() * 5); k > 0; k--) { const c = randomChange(r, next); next = applyChange(next, c); ids = applyToIds(ids, c); }
    const pos = positions(ids, text.length);
    const anchors = original.map(([s, e]) => anchorAt(text, s, e));
    const d = reanchor(text, next, anchors).anchors, b = reanchor(undefined, next, anchors).anchors;
    original.forEach(([s, e], i) => {
      const truth = truthOf(pos, s, e);
      res.diff[judge(next, truth, d[i], ids, original[i])]++;
      res.blind[judge(next, truth, b[i], ids, original[i])]++;
    });
  }
  return res;
}

function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; }
function time(fn: () => unknown, runs = 5): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); fn(); ts.push(performance.now() - t0); }
  return median(ts);
}

function timings(): Array<[string, number, string]> {
  const r = mulberry32(7);
  const text = article(r, 2 * 1024 * 1024, '\n');
  const anchors = spans(r, text, 10_000).map(([s, e]) => anchorAt(text, s, e));
  const rows: Array<[string, number, string]> = [];
  let edited = text;
  const changes: ContentChange[] = [];
  for (let i = 0; i < 100; i++) { const c = randomChange(r, edited); changes.push(c); edited = applyChange(edited, c); }
  const one = applyChange(text, changes[0]);
  const crlf = text.replace(/\n/g, '\r\n');
  const summary = (res: ReturnType<typeof reanchor>): string => Object.entries(res.counts).map(([k, v]) => `${k} ${v}`).join(', ');
  rows.push([`shiftAnchors: 1 edit, ${anchors.length} anchors`, time(() => shiftAnchors(anchors, [changes[0]])), '']);
  rows.push(['shiftAnchors: replace-all of 100 changes', time(() => shiftAnchors(anchors, changes.slice(0, 100))), '']);
  for (const [name, oldText, newText] of [
    ['reanchor, old text known: 1 edit', text, one],
    ['reanchor, old text known: 100 edits', text, edited],
    ['reanchor, old text known: CRLF re-save', text, crlf],
    ['reanchor, old text unknown: 1 edit', undefined, one],
    ['reanchor, old text unknown: 100 edits', undefined, edited],
    ['reanchor, old text unknown: CRLF re-save', undefined, crlf],
  ] as Array<[string, string | undefined, string]>) {
    let res: ReturnType<typeof reanchor> | undefined;
    const ms = time(() => { res = reanchor(oldText, newText, anchors); }, 3);
    rows.push([name, ms, summary(res!)]);
  }
  return rows.map(([n, ms, s]) => [n, Math.round(ms * 10) / 10, s]);
}

function table(title: string, t: Record<string, Tally>): string {
  const lines = [`### ${title}`, '', '| path | exact | flagged (edited/review/orphan, text changed) | lost (intact but detached) | ambiguous (identical quote ±32 at both places) | **wrong** |', '|---|---:|---:|---:|---:|---:|'];
  for (const [k, v] of Object.entries(t)) lines.push(`| ${k} | ${v.exact} | ${v.flagged} | ${v.lost} | ${v.ambiguous} | **${v.wrong}** |`);
  return lines.join('\n');
}

function main(): void {
  const t0 = performance.now();
  const seq = sequentialEdits(quick ? 10 : 200, 50);
  const single = singleRewrites(quick ? 100 : 1000);
  const times = timings();
  const md = [
    `# Anchoring benchmark (${new Date().toISOString()}, Node ${process.version})`, '',
    `Judged per annotation after every edit against where its characters really went. ${seq.edits} random edits in ${quick ? 10 : 200} runs of 50 on 10 KB articles with 100 annotations each (names repeated, near-identical sentences, CRLF in half).`, '',
    table(`Sequential edits (${seq.edits} edits, each judged on all annotations)`, { 'editor (shiftAnchors)': seq.editor, 'outside, old text known (diff)': seq.diff, 'outside, old text unknown (search)': seq.blind }), '',
    seq.examples.length ? `Wrong or ambiguous examples:\n\n${seq.examples.map((e) => `- \`${e}\``).join('\n')}\n` : 'No wrong or ambiguous re-attachment.\n',
    table(`Single outside rewrites (${quick ? 100 : 1000} rewrites of 1–5 edits, 60 annotations each, re-anchored once)`, { 'old text known (diff)': single.diff, 'old text unknown (search)': single.blind }), '',
    '### Time: 2 MB article, 10,000 annotations (median)', '', '| operation | ms | outcome |', '|---|---:|---|',
    ...times.map(([n, ms, s]) => `| ${n} | ${ms} | ${s} |`), '',
    `Total bench time ${Math.round((performance.now() - t0) / 1000)} s.`, '',
  ].join('\n');
  const dir = join(__dirname, '../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'anchoring.md'), md);
  process.stdout.write(md);
}

main();

// Paired whole-process comparison of two builds of the CLI: `node bin/news-annotator.js analyze --format jsonl
// FILE` of this checkout and of another built checkout, run alternately (A B A B …) so both see the same machine
// load, each a fresh process with its own CPU time (user + system, all threads) and peak RSS read by
// cpu-report.js. Prints the medians and the paired median difference with its range, and whether the two
// outputs are identical (a speed change should not change output; when it does, say so).
// Run: node out/bench/cli-paired.js --against DIR [--pairs N] [--text FILE]
// On this shared 2-core VM two plain series of the same code differ by up to ±0.6 s; the paired median is the
// figure to quote, with the load average printed at the start and end.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../scripts/ner/paths';
import { speedCorpus } from './speed-corpus';
import type { CliRun } from './cli-run';
import { median, runCliProcess } from './cli-run';

type Run = CliRun;

function opt(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

const runCli = (root: string, file: string): Run => runCliProcess(root, file);

function main(): void {
  const against = opt('against');
  if (!against || !fs.existsSync(path.join(against, 'dist/cli.js'))) {
    throw new Error('--against DIR: a built checkout (dist/cli.js) to compare with, e.g. a `git worktree add --detach` of the base');
  }
  const pairs = Number(opt('pairs') ?? 6);
  const file = opt('text') ?? speedCorpus();
  const load = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`${pairs} pairs on ${file}; load at start ${load()}`);
  const ours: Run[] = [];
  const base: Run[] = [];
  let identical = true;
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first, so neither always runs right after the other (page cache, CPU frequency).
    let o: Run, b: Run;
    if (i % 2 === 0) { o = runCli(ROOT, file); b = runCli(against, file); } else { b = runCli(against, file); o = runCli(ROOT, file); }
    ours.push(o);
    base.push(b);
    identical &&= o.output === b.output;
    console.log(`pair ${i + 1}: this ${(o.cpuMs / 1000).toFixed(2)} s, base ${(b.cpuMs / 1000).toFixed(2)} s`);
  }
  const diffs = ours.map((o, i) => (o.cpuMs - base[i].cpuMs) / 1000);
  const cpu = (rs: Run[]): string => `${(median(rs.map((r) => r.cpuMs)) / 1000).toFixed(2)} s CPU, ${median(rs.map((r) => r.maxRssMB)).toFixed(0)} MB`;
  console.log(`this build: ${cpu(ours)}\nbase (${against}): ${cpu(base)}`);
  console.log(`paired difference, this − base: median ${median(diffs).toFixed(2)} s (${Math.min(...diffs).toFixed(2)} … ${Math.max(...diffs).toFixed(2)}), ${diffs.filter((d) => d < 0).length} of ${pairs} lower`);
  console.log(`output ${identical ? 'identical' : 'DIFFERS'}; load at end ${load()}`);
}

main();

// Issue 4's budget measured on the whole `analyze` process: `news-annotator analyze FILE` against
// `news-annotator analyze --entities-only FILE` (the same process without actors and claims: same start-up, model
// load, reading and JSON writing), in alternating fresh processes. What actors and claims add = full − entities-only,
// as a share of entities-only, per pair; medians of CPU (all threads) and wall time. analyze-budget.ts measures
// the stages inside one process instead (main-thread CPU of the stages alone, fixed costs left out).
// Run: node out/bench/analyze-budget-cli.js [--pairs N] [--text FILE]
import * as os from 'node:os';
import { ROOT } from '../scripts/ner/paths';
import { median, runCliProcess } from './cli-run';
import type { CliRun } from './cli-run';
import { speedCorpus } from './speed-corpus';

function opt(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

function main(): void {
  const pairs = Number(opt('pairs') ?? 6);
  const file = opt('text') ?? speedCorpus();
  const load = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`${pairs} pairs on ${file}; load at start ${load()}`);
  const full: CliRun[] = [];
  const only: CliRun[] = [];
  for (let i = 0; i < pairs; i++) {
    const entitiesOnly = (): CliRun => runCliProcess(ROOT, file, ['--entities-only']);
    const all = (): CliRun => runCliProcess(ROOT, file);
    // Alternate which goes first (page cache, CPU frequency).
    if (i % 2 === 0) { full.push(all()); only.push(entitiesOnly()); } else { only.push(entitiesOnly()); full.push(all()); }
    const f = full[i], o = only[i];
    console.log(`pair ${i + 1}: full ${(f.cpuMs / 1000).toFixed(2)} s CPU / ${(f.wallMs / 1000).toFixed(2)} s wall, ` +
      `entities only ${(o.cpuMs / 1000).toFixed(2)} / ${(o.wallMs / 1000).toFixed(2)}`);
  }
  for (const k of ['cpuMs', 'wallMs'] as const) {
    const share = full.map((f, i) => (100 * (f[k] - only[i][k])) / only[i][k]);
    console.log(`${k === 'cpuMs' ? 'CPU' : 'wall'}: full ${(median(full.map((r) => r[k])) / 1000).toFixed(2)} s, entities only ` +
      `${(median(only.map((r) => r[k])) / 1000).toFixed(2)} s (medians); actors + claims add ${median(share).toFixed(0)} % ` +
      `(per pair ${Math.min(...share).toFixed(0)} … ${Math.max(...share).toFixed(0)} %; budget 50 %)`);
  }
  console.log(`peak RSS: full ${median(full.map((r) => r.maxRssMB)).toFixed(0)} MB, entities only ${median(only.map((r) => r.maxRssMB)).toFixed(0)} MB; load at end ${load()}`);
}

main();

// Issue 4's budget for warm runs (the editor's case: its analysis worker stays up, so a re-analysis after an edit
// runs compiled code): in one process, after `--warmup` rounds of each, rounds alternate `analyzeEntities` and the
// full analysis (ParallelAnalyzer: a long text's claims on the second thread, as the CLI and the editor run it), and
// the added share is taken per round from wall time; the full analysis on one thread is timed alongside. Engine
// flags as the CLI sets them. Runs the unbundled out/ code, which is slower than the esbuild bundle the editor runs.
// Run: node out/bench/analyze-budget-warm.js [--rounds N] [--warmup N] [--text FILE]
import * as fs from 'node:fs';
import * as os from 'node:os';
import { applyEngineFlags } from '../src/cli/engineFlags';
import { analyzeEntities } from '../src/core/analyze';
import { ParallelAnalyzer } from '../src/core/parallel/parallelAnalyzer';
import { median } from './cli-run';
import { speedCorpus } from './speed-corpus';

function opt(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

async function main(): Promise<void> {
  applyEngineFlags();
  const rounds = Number(opt('rounds') ?? 6);
  const warmup = Number(opt('warmup') ?? 2);
  const text = fs.readFileSync(opt('text') ?? speedCorpus(), 'utf8');
  const parallel = new ParallelAnalyzer();
  const single = new ParallelAnalyzer({ minChars: Infinity });
  const timed = async (f: () => unknown): Promise<number> => { const t0 = performance.now(); await f(); return performance.now() - t0; };
  const runs = { base: [] as number[], two: [] as number[], one: [] as number[] };
  for (let i = 0; i < warmup + rounds; i++) {
    const base = await timed(() => analyzeEntities(text));
    const two = await timed(() => parallel.analyze(text));
    const one = await timed(() => single.analyze(text));
    if (i < warmup) continue;
    runs.base.push(base); runs.two.push(two); runs.one.push(one);
    console.log(`round ${i - warmup + 1}: entities only ${base.toFixed(0)} ms, full ${two.toFixed(0)} (one thread ${one.toFixed(0)}) ms wall`);
  }
  parallel.dispose();
  const share = (xs: number[]): string => {
    const s = xs.map((f, i) => (100 * (f - runs.base[i])) / runs.base[i]);
    return `${median(s).toFixed(0)} % (per round ${Math.min(...s).toFixed(0)} … ${Math.max(...s).toFixed(0)} %)`;
  };
  console.log(`warm, wall medians: entities only ${median(runs.base).toFixed(0)} ms, full ${median(runs.two).toFixed(0)} ms, one thread ` +
    `${median(runs.one).toFixed(0)} ms; actors + claims add ${share(runs.two)}, on one thread ${share(runs.one)}; budget 50 %; ` +
    `load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

void main();

// Issue 4's budget, stage by stage: how much actors and claims add to `analyze` on a 5 MB text, on one thread (the
// CPU each stage costs; the CLI finds a long text's claims on a second thread, which analyze-budget-cli.ts measures
// as a whole process). Each run is a fresh process that calls the stages of analyzeText in its order, once, on the whole file as one document (as the CLI does: every
// first call pays its own JIT warm-up), and takes the CPU time of each stage: process CPU (all threads: JIT and
// GC helpers included) and main-thread CPU (what a profile shows). Runs are sequential; the machine's load is
// printed so a noisy figure can be recognised.
// Run: node out/bench/analyze-budget.js [--runs N] [--text FILE] [--against DIR]. Writes bench/results/analyze-budget.json.
// --against DIR: another built checkout (e.g. a `git worktree` of the base commit); its runs alternate with this
// build's, so both see the same machine, and the paired differences are printed: on this shared 2-core VM two
// plain series of the same code differ by up to 20 points, a paired comparison far less.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { groupActors, resolveSpeakers } from '../src/core/actors';
import { extractClaims } from '../src/core/claims';
import { tagEntities } from '../src/core/entities';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { applyEngineFlags } from '../src/cli/engineFlags';
import { ROOT } from '../scripts/ner/paths';
import { speedCorpus } from './speed-corpus';
import { threadNs } from './thread-cpu';

const STAGES = ['tokenize', 'sentences', 'entities', 'claims', 'actors', 'speakers'] as const;
type Stage = (typeof STAGES)[number];
type StageTimes = Record<Stage, { cpu: number; main: number }>;
const BASE: readonly Stage[] = ['tokenize', 'sentences', 'entities'];
const ADDED: readonly Stage[] = ['claims', 'actors', 'speakers'];

function opt(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function child(file: string): void {
  applyEngineFlags(); // as `news-annotator analyze` runs
  const text = fs.readFileSync(file, 'utf8');
  const times = {} as StageTimes;
  const timed = <T>(stage: Stage, f: () => T): T => {
    const c0 = process.cpuUsage();
    const n0 = threadNs();
    const r = f();
    const n1 = threadNs();
    const c = process.cpuUsage(c0);
    times[stage] = { cpu: (c.user + c.system) / 1000, main: Number.isNaN(n0) ? -1 : (n1 - n0) / 1e6 };
    return r;
  };
  // The same calls, in the same order, as analyzeText (src/core/analyze.ts).
  const tokens = timed('tokenize', () => tokenize(text));
  const sentences = timed('sentences', () => splitSentences(text, tokens));
  const entities = timed('entities', () => tagEntities(text, tokens, sentences));
  const candidates = timed('claims', () => extractClaims(text, tokens, sentences));
  const grouping = timed('actors', () => groupActors(text, tokens, sentences, entities));
  const claims = timed('speakers', () => resolveSpeakers(text, tokens, sentences, candidates, grouping));
  process.stdout.write(JSON.stringify({ times, tokens: tokens.length, entities: entities.length, claims: claims.length }) + '\n');
}

const sum = (t: StageTimes, stages: readonly Stage[], k: 'cpu' | 'main'): number => stages.reduce((s, x) => s + t[x][k], 0);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const min = (xs: number[]): number => Math.min(...xs);

type Run = { times: StageTimes };

function runChild(script: string, file: string): Run {
  const out = execFileSync(process.execPath, [script, '--child', file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out) as Run;
}

/** Prints and returns the summary of one build's runs. */
function summarise(results: readonly Run[], label: string): Record<string, unknown> {
  const summary: Record<string, unknown> = {};
  for (const k of ['cpu', 'main'] as const) {
    const base = results.map((x) => sum(x.times, BASE, k));
    const added = results.map((x) => sum(x.times, ADDED, k));
    const share = results.map((x, i) => (100 * added[i]) / base[i]);
    const perStage = Object.fromEntries(STAGES.map((s) => [s, Math.round(median(results.map((x) => x.times[s][k])))]));
    summary[k] = { baseMs: { min: Math.round(min(base)), median: Math.round(median(base)) },
      addedMs: { min: Math.round(min(added)), median: Math.round(median(added)) },
      addedPercent: { min: Math.round(min(share)), median: Math.round(median(share)) }, medianMsPerStage: perStage };
    const what = k === 'cpu' ? 'process CPU' : 'main-thread CPU';
    console.log(`${label}${what}: tokenizer + sentences + entities ${Math.round(median(base))} ms, actors + claims + speakers ` +
      `${Math.round(median(added))} ms (medians of ${results.length}): they add ${Math.round(median(share))} % (min ${Math.round(min(share))} %; budget 50 %)`);
    console.log(`  per stage (median ms): ${STAGES.map((s) => `${s} ${perStage[s]}`).join(', ')}`);
  }
  return summary;
}

/** Median over run pairs of (this build - other build), per stage and for the added stages, main thread. */
function printPaired(mine: readonly Run[], other: readonly Run[]): void {
  const diff = (f: (r: Run) => number): number => Math.round(median(mine.map((r, i) => f(r) - f(other[i]))));
  const stages = STAGES.map((s) => `${s} ${diff((r) => r.times[s].main)}`).join(', ');
  console.log(`paired, this build minus the other (median of ${mine.length} pairs, main-thread ms): ${stages}; ` +
    `added stages ${diff((r) => sum(r.times, ADDED, 'main'))}, share ${diff((r) => (100 * sum(r.times, ADDED, 'main')) / sum(r.times, BASE, 'main'))} points`);
  // Each pair of each added stage, and how many pairs went which way: a median alone hides a split.
  for (const s of ADDED) {
    const d = mine.map((r, i) => Math.round(r.times[s].main - other[i].times[s].main));
    console.log(`  ${s} per pair (main ms): ${d.map((x) => (x > 0 ? `+${x}` : `${x}`)).join(' ')}; this build slower in ` +
      `${d.filter((x) => x > 0).length} of ${d.length}`);
  }
}

function main(): void {
  const file = opt('text') ?? speedCorpus();
  const runs = Number(opt('runs') ?? '5');
  const against = opt('against');
  const otherScript = against ? path.resolve(against, 'out/bench/analyze-budget.js') : undefined;
  if (otherScript && !fs.existsSync(otherScript)) throw new Error(`--against: no built bench at ${otherScript} (run npm run compile there)`);
  const bytes = fs.statSync(file).size;
  const results: Run[] = [];
  const others: Run[] = [];
  const loads: number[] = [];
  for (let r = 0; r < runs; r++) {
    loads.push(os.loadavg()[0]);
    results.push(runChild(__filename, file));
    if (otherScript) others.push(runChild(otherScript, file));
  }
  const summary: Record<string, unknown> = { file: path.basename(file), mb: bytes / 1e6, runs, loadAverage: loads,
    ...summarise(results, otherScript ? 'this build, ' : '') };
  if (otherScript) {
    summary.against = { dir: against, ...summarise(others, `${against}, `) };
    printPaired(results, others);
  }
  console.log(`load average during the runs: ${loads.map((l) => l.toFixed(1)).join(' ')}`);
  const dir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'analyze-budget.json'), JSON.stringify(summary, null, 2) + '\n');
}

if (process.argv[2] === '--child') child(process.argv[3]);
else main();

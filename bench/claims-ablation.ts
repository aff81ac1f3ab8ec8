// What each learned claims model buys and costs: for the full extractor and for each model switched off (its rules
// instead), PolNeAR dev F1 (content overlap / exact, attribution overlap) and the claims stage's CPU on a ~5 MB text
// in fresh processes, first call (JIT cold, models loaded: what `analyze` pays). The configurations run in rounds,
// one fresh process each, in a rotating order, so a machine whose speed drifts compares them side by side; the
// report gives each one's median and its median per-round ratio to the full extractor. Evidence for a trade of
// accuracy for the issue-4 time budget, not a target. Run: node out/bench/claims-ablation.js [--rounds N]
// [--text FILE] (default text: PolNeAR train and dev joined, as claims-speed.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { applyEngineFlags } from '../src/cli/engineFlags';
import { extractClaims } from '../src/core/claims';
import type { ExtractOptions } from '../src/core/claims';
import { DEFAULT_LEXICON_OPTIONS } from '../src/core/claims/lexicon';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { loadSplit } from './claims-data';
import { emptyCounts, prf, scoreDoc } from './claims-score';
import { threadNs } from './thread-cpu';

const CONFIGS: Record<string, ExtractOptions> = {
  'full': {},
  'no cue classifier (lexicon thresholds)': { cueModel: false },
  'no claim filter': { claimFilter: false },
  'no source ranker': { sourceModel: false },
  'no content-end model': { endModel: false },
  'no content-start model': { startModel: false },
  'lexicon and rules only (no classifier or model)': { lexicon: DEFAULT_LEXICON_OPTIONS, cueModel: false, endModel: false, startModel: false, sourceModel: false, claimFilter: false },
};

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i < 0 ? undefined : process.argv[i + 1]; };
const median = (xs: readonly number[]): number => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

function polnearText(): string {
  return [...loadSplit('train'), ...loadSplit('dev')].map((d) => d.text).join('\n\n');
}

/** In a fresh process: one cold extractClaims call; prints {process, main} CPU ms as JSON. */
function child(name: string, file: string | undefined): void {
  applyEngineFlags(); // as `news-annotator analyze` runs
  const text = file ? readFileSync(file, 'utf8') : polnearText();
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const n0 = threadNs();
  const t0 = process.cpuUsage();
  extractClaims(text, tokens, sentences, CONFIGS[name]);
  const d = process.cpuUsage(t0);
  console.log(JSON.stringify({ process: (d.user + d.system) / 1000, main: (threadNs() - n0) / 1e6 }));
}

function devScores(options: ExtractOptions): string {
  const acc = emptyCounts();
  for (const doc of loadSplit('dev')) {
    const tokens = tokenize(doc.text);
    scoreDoc(doc, extractClaims(doc.text, tokens, splitSentences(doc.text, tokens), options), acc);
  }
  const f = (c: number): string => prf(c, acc.pred, acc.gold).f.toFixed(1);
  return `${f(acc.overlap)} / ${f(acc.exact)} / ${f(acc.attribution)}`;
}

function main(): void {
  const rounds = Number(arg('--rounds') ?? 5);
  const file = arg('--text');
  const names = Object.keys(CONFIGS);
  const times = new Map(names.map((n) => [n, [] as { process: number; main: number }[]]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length];
      const args = [__filename, '--child', name, ...(file ? ['--text', file] : [])];
      times.get(name)!.push(JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 })));
    }
    process.stderr.write(`round ${r + 1} of ${rounds}\n`);
  }
  const full = times.get('full')!;
  console.log('| configuration | dev overlap / exact / attribution F1 | claims CPU, process ms (× full) | main thread ms (× full) |');
  console.log('|---|---|---|---|');
  for (const n of names) {
    const t = times.get(n)!;
    const ratio = (key: 'process' | 'main'): string => median(t.map((x, i) => x[key] / full[i][key])).toFixed(2);
    console.log(`| ${n} | ${devScores(CONFIGS[n])} | ${median(t.map((x) => x.process)).toFixed(0)} (${ratio('process')}) | ${median(t.map((x) => x.main)).toFixed(0)} (${ratio('main')}) |`);
  }
}

if (process.argv.includes('--child')) child(arg('--child')!, arg('--text'));
else main();

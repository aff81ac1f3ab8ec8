// NER benchmark: accuracy on CoNLL-2003 eng.testa (ours, compromise, wink-nlp) and speed on >= 5 MB of news
// text (PolNeAR articles + VOA sentences), each system in its own process. Writes bench/results/ner.json and
// ner.md and prints the markdown table. Options: --skip-peer-accuracy (compromise takes ~40 s on testa),
// --repeat=N (whole-process runs of the CLI and wink-nlp, default 3), --repeat-compromise (compromise N times too,
// else once), --cli-only (only the whole-process comparison).

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLASSES } from '../src/core/entities/labels';
import { findModelFile, getTagger, loadTagger } from '../src/core/entities';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { prf, type Report } from '../scripts/ner/conll';
import { ROOT } from '../scripts/ner/paths';
import { loadDev, pipelineAccuracy, taggerAccuracy } from './ner-accuracy';
import { compromiseFinder, peerAccuracy, winkFinder } from './ner-peers';
import { ARTICLE_SEPARATOR, type SpeedResult } from './ner-speed';
import { speedCorpus } from './speed-corpus';
import { runCliProcess } from './cli-run';
import { threadNs } from './thread-cpu';

const RESULTS = path.join(ROOT, 'bench/results');

function row(name: string, r: Report | null): string {
  if (!r) return `| ${name} | – | – | – | – | – | – | – |`;
  const o = prf(r.overall);
  const per = r.byClass.map((c) => prf(c).f.toFixed(2));
  return `| ${name} | ${o.p.toFixed(2)} | ${o.r.toFixed(2)} | **${o.f.toFixed(2)}** | ${per.join(' | ')} |`;
}

function runChild(system: string, file: string): SpeedResult & { wallMs: number } {
  // Each system in a fresh process: its own load time, warm-up and peak memory.
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [path.join(__dirname, 'ner-speed.js'), system, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { ...(JSON.parse(out.trim().split('\n').pop() as string) as SpeedResult), wallMs: performance.now() - t0 };
}

interface CliRuns {
  system: string;
  cpuMs: number[];
  wallMs: number[];
  maxRssMB: number;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * What the user runs: the whole `news-annotator analyze` process (tokenizer, sentences, entities, actors, claims,
 * JSON output), and with --entities-only (issue 3's analyze, actors and claims left empty), against wink-nlp and
 * compromise reading the same file as one text, each in its own process, repeated (CPU times vary with the
 * machine's load: the median is reported, the minimum too).
 */
function cliComparison(file: string, say: (s: string) => void): CliRuns[] {
  const repeat = Number(process.argv.find((a) => a.startsWith('--repeat='))?.slice(9) ?? 3);
  const runs: CliRuns[] = [];
  const ours: CliRuns = { system: 'news-annotator analyze (CLI)', cpuMs: [], wallMs: [], maxRssMB: 0 };
  const entitiesOnly: CliRuns = { system: 'news-annotator analyze --entities-only (CLI)', cpuMs: [], wallMs: [], maxRssMB: 0 };
  const add = (to: CliRuns, r: { cpuMs: number; wallMs: number; maxRssMB: number }): void => {
    to.cpuMs.push(r.cpuMs);
    to.wallMs.push(r.wallMs);
    to.maxRssMB = Math.max(to.maxRssMB, r.maxRssMB);
  };
  const peers: CliRuns[] = ['wink:whole', 'compromise:whole'].map((system) => ({ system, cpuMs: [], wallMs: [], maxRssMB: 0 }));
  // compromise takes minutes a run: once unless asked for more.
  const compromiseRuns = process.argv.includes('--repeat-compromise') ? repeat : 1;
  // Rounds: every system once per round, side by side, so a ratio compares runs minutes apart at most (this VM's
  // speed drifts by ±20 % over minutes; a series of one system after another's measured the drift too).
  for (let i = 0; i < repeat; i++) {
    try {
      add(ours, runCliProcess(ROOT, file));
      add(entitiesOnly, runCliProcess(ROOT, file, ['--entities-only']));
    } catch (e) {
      say(`\`news-annotator analyze\` failed (${(e as Error).message}); rebuild dist/ with \`npm run compile\`.`);
      return runs;
    }
    for (const peer of peers) {
      if (peer.system.startsWith('compromise') && i >= compromiseRuns) continue;
      const r = runChild(peer.system, file);
      add(peer, { cpuMs: r.processCpuMs, wallMs: r.wallMs, maxRssMB: r.maxRssMB });
    }
  }
  runs.push(ours, entitiesOnly, ...peers);
  say('');
  say(`### Whole process on the same file as one text (${repeat} runs each, compromise ${runs[3].cpuMs.length}): CPU s`);
  say('');
  say('| process | CPU s (median) | CPU s (min) | wall s (median) | peak RSS MB | analyze faster by (median CPU) | --entities-only faster by |');
  say('|---|---|---|---|---|---|---|');
  const base = median(ours.cpuMs);
  const baseEntities = median(entitiesOnly.cpuMs);
  for (const r of runs) {
    say(`| ${r.system} | ${(median(r.cpuMs) / 1000).toFixed(2)} | ${(Math.min(...r.cpuMs) / 1000).toFixed(2)} | ` +
      `${(median(r.wallMs) / 1000).toFixed(2)} | ${r.maxRssMB.toFixed(0)} | ${(median(r.cpuMs) / base).toFixed(1)}x | ${(median(r.cpuMs) / baseEntities).toFixed(1)}x |`);
  }
  say('');
  for (const peer of peers) {
    const rounds = peer.cpuMs.map((c, i) => ({ cpu: c / entitiesOnly.cpuMs[i], wall: peer.wallMs[i] / entitiesOnly.wallMs[i] }));
    say(`${peer.system} / --entities-only, per round (${rounds.length}): CPU ${rounds.map((r) => r.cpu.toFixed(1)).join(', ')} ` +
      `(median ${median(rounds.map((r) => r.cpu)).toFixed(2)}x); wall median ${median(rounds.map((r) => r.wall)).toFixed(2)}x`);
  }
  say('');
  say('ours = `node bin/news-annotator.js analyze --format jsonl [--entities-only] FILE` (JSON written); ' +
    'wink-nlp: readDoc(text).entities(); compromise: people/places/organizations.');
  return runs;
}

function main(): void {
  fs.mkdirSync(RESULTS, { recursive: true });
  const lines: string[] = [];
  const say = (s: string): void => {
    lines.push(s);
    console.log(s);
  };
  if (process.argv.includes('--cli-only')) {
    const runs = cliComparison(speedCorpus(), say);
    fs.writeFileSync(path.join(RESULTS, 'ner-cli.json'), JSON.stringify(runs, null, 2));
    return;
  }
  // Model load, in this process (first use).
  const t0 = performance.now();
  const tagger = getTagger();
  const loadMs = performance.now() - t0;
  // Then five fresh loads (file read, decode, tables built): median CPU and wall, less at the mercy of the load.
  const loads = { cpu: [] as number[], wall: [] as number[] };
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    loadTagger(findModelFile());
    const c = process.cpuUsage(c0);
    loads.wall.push(performance.now() - w0);
    loads.cpu.push((c.user + c.system) / 1000);
  }
  const modelBytes = fs.statSync(findModelFile()).size;

  const dev = loadDev();
  const acc: Record<string, Report | null> = {
    'ours: tagger': taggerAccuracy(tagger, dev),
    'ours: tagger + rules': pipelineAccuracy(tagger, dev),
    compromise: process.argv.includes('--skip-peer-accuracy') ? null : peerAccuracy(compromiseFinder(), dev),
    'wink-nlp': peerAccuracy(winkFinder(), dev),
  };
  say('### Accuracy: CoNLL-2003 eng.testa (5,942 entities), entity-level exact match');
  say('');
  say(`| system | P | R | F1 | ${CLASSES.join(' | ')} |`);
  say('|---|---|---|---|---|---|---|---|');
  for (const [name, r] of Object.entries(acc)) say(row(name, r));

  // Raw tagging speed on the corpus, tokenization done beforehand.
  const file = speedCorpus();
  const text = fs.readFileSync(file, 'utf8');
  const articles = text.split(ARTICLE_SEPARATOR);
  const prepared = articles.map((a) => {
    const tokens = tokenize(a);
    const sentences = splitSentences(a, tokens);
    return { words: tokens.texts(), starts: sentences.length ? sentences.map((s) => s.firstToken) : [0] };
  });
  const nTokens = prepared.reduce((n, p) => n + p.words.length, 0);
  const mb = Buffer.byteLength(text) / 1e6;
  // Two passes: the first meets most word types for the first time (their window scores get computed and
  // cached), the second is the steady state of an editor session re-analysing articles.
  // main: this thread alone, the one core tagging runs on (V8 compiles and collects garbage on threads of its own).
  const pass = (): { wall: number; cpu: number; main: number } => {
    const cpu0 = process.cpuUsage();
    const n0 = threadNs();
    const t1 = performance.now();
    for (const p of prepared) tagger.tag(p.words, p.starts);
    const cpu = process.cpuUsage(cpu0);
    return { wall: performance.now() - t1, cpu: (cpu.user + cpu.system) / 1000, main: (threadNs() - n0) / 1e6 };
  };
  const cold = pass();
  const warm = pass();
  const tagMs = cold.wall;
  const tagCpuMs = cold.cpu;

  const speed = ['ours', 'wink', 'compromise'].map((s) => runChild(s, file));
  say('');
  say(`### Speed: ${mb.toFixed(1)} MB of news text, ${(nTokens / 1e6).toFixed(2)} M tokens (${articles.length} articles)`);
  say('');
  const rate = (ms: number): string => Math.round(nTokens / (ms / 1000)).toLocaleString('en');
  say(`Tagger alone (tokens given), CPU: first pass ${rate(cold.cpu)} tokens/s (${(mb / (cold.cpu / 1000)).toFixed(1)} MB/s), ` +
    `second pass ${rate(warm.cpu)} tokens/s (${(mb / (warm.cpu / 1000)).toFixed(1)} MB/s); wall ${rate(cold.wall)} / ${rate(warm.wall)}; ` +
    `main thread alone ${rate(cold.main)} / ${rate(warm.main)}. ` +
    `Model: ${(modelBytes / 1e6).toFixed(2)} MB on disk, loaded in ${loadMs.toFixed(0)} ms (first use, wall); ` +
    `fresh loads: median ${median(loads.cpu).toFixed(0)} ms CPU, ${median(loads.wall).toFixed(0)} ms wall.`);
  say('');
  say('CPU time (user + system) is the fair measure on a shared machine: wall time there includes waiting for a core.');
  say('');
  say('| system (own process: load + tokenize + entities) | load ms | run CPU s | tokens/s (CPU) | MB/s (CPU) | ' +
    'whole process CPU s | whole process wall s | peak RSS MB | entities |');
  say('|---|---|---|---|---|---|---|---|---|');
  for (const s of speed) {
    const sec = s.runCpuMs / 1000;
    say(`| ${s.system} | ${s.loadMs.toFixed(0)} | ${sec.toFixed(2)} | ${Math.round(nTokens / sec).toLocaleString('en')} | ` +
      `${(mb / sec).toFixed(2)} | ${(s.processCpuMs / 1000).toFixed(2)} | ${(s.wallMs / 1000).toFixed(2)} | ${s.maxRssMB.toFixed(0)} | ${s.entities} |`);
  }
  const ours = speed[0];
  const ratio = (x: SpeedResult): string => (x.processCpuMs / ours.processCpuMs).toFixed(1);
  say('');
  say(`Whole process (CPU), ours vs wink-nlp: ${ratio(speed[1])}x faster; vs compromise: ${ratio(speed[2])}x faster ` +
    '(tokens/s counts our tokenizer\'s tokens for every system).');
  const cliRuns = cliComparison(file, say);
  fs.writeFileSync(path.join(RESULTS, 'ner.md'), lines.join('\n') + '\n');
  fs.writeFileSync(path.join(RESULTS, 'ner.json'), JSON.stringify({
    accuracy: Object.fromEntries(Object.entries(acc).map(([k, r]) => [k, r && {
      overall: prf(r.overall), byClass: Object.fromEntries(CLASSES.map((c, i) => [c, prf(r.byClass[i])])),
    }])),
    model: { bytes: modelBytes, loadMs, loads },
    tagger: { tokens: nTokens, mb, cold, warm, tokensPerCpuSecond: nTokens / (tagCpuMs / 1000), wallMs: tagMs },
    processes: speed, cli: cliRuns,
  }, null, 2));
}

main();

// What the claims thread buys: `news-annotator analyze` against `analyze --single-thread` on prefixes of the speed
// corpus (fresh processes, alternating), wall time and CPU of all threads, and whether the outputs are the same.
// Sets PARALLEL_MIN_CHARS (src/core/parallel/parallelAnalyzer.ts): below it, the second thread is not worth it.
// Run: node out/bench/analyze-parallel.js [--pairs N] [--sizes 20000,100000,...] [--text FILE]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../scripts/ner/paths';
import { median, runCliProcess } from './cli-run';
import type { CliRun } from './cli-run';
import { speedCorpus } from './speed-corpus';

function opt(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** The first `size` characters of the corpus, cut at a paragraph break so no article is cut mid-sentence. */
function prefix(text: string, size: number): string {
  if (size >= text.length) return text;
  const cut = text.lastIndexOf('\n\n', size);
  return text.slice(0, cut > 0 ? cut : size);
}

function main(): void {
  const pairs = Number(opt('pairs') ?? 6);
  const corpus = fs.readFileSync(opt('text') ?? speedCorpus(), 'utf8');
  const sizes = (opt('sizes') ?? '20000,50000,100000,200000,1000000,6000000').split(',').map(Number);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-parallel-'));
  console.log(`${pairs} pairs per size; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('| characters | wall, two threads / one | CPU, two threads / one | two threads faster in | same output |');
  console.log('|---|---|---|---|---|');
  for (const size of sizes) {
    const file = path.join(dir, `prefix-${size}.txt`);
    const text = prefix(corpus, size);
    fs.writeFileSync(file, text);
    const two: CliRun[] = [];
    const one: CliRun[] = [];
    for (let i = 0; i < pairs; i++) {
      const a = (): CliRun => runCliProcess(ROOT, file);
      const b = (): CliRun => runCliProcess(ROOT, file, ['--single-thread']);
      if (i % 2 === 0) { two.push(a()); one.push(b()); } else { one.push(b()); two.push(a()); }
    }
    const same = two.every((r) => r.output === one[0].output) && one.every((r) => r.output === one[0].output);
    const ms = (runs: CliRun[], k: 'wallMs' | 'cpuMs'): string => median(runs.map((r) => r[k])).toFixed(0);
    const faster = two.filter((r, i) => r.wallMs < one[i].wallMs).length;
    console.log(`| ${text.length.toLocaleString('en')} | ${ms(two, 'wallMs')} / ${ms(one, 'wallMs')} ms | ` +
      `${ms(two, 'cpuMs')} / ${ms(one, 'cpuMs')} ms | ${faster} of ${pairs} pairs | ${same ? 'yes' : 'NO'} |`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main();

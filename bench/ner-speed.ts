// One system's speed on one text file, run in its own process so load time and peak memory are its own.
// Usage: node out/bench/ner-speed.js <ours|compromise|wink>[:whole] FILE
// Prints one JSON line: { system, loadMs, runMs, entities, chars }. The text is split into articles at
// blank-line-separated "=====" markers, so no system sees one multi-megabyte string; with ":whole" the file is
// one text, as `news-annotator analyze FILE` reads it (the CLI comparison).

import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface SpeedResult {
  system: string;
  loadMs: number;
  runMs: number;
  /** CPU time (user + system) of the run, and of the whole process up to its end. */
  runCpuMs: number;
  processCpuMs: number;
  entities: number;
  chars: number;
  maxRssMB: number;
}

export const ARTICLE_SEPARATOR = '\n\n=====\n\n';

/* eslint-disable @typescript-eslint/no-require-imports */
function load(system: string): (text: string) => number {
  switch (system) {
    case 'ours': {
      const { tokenize } = require('../src/core/text/tokenize');
      const { splitSentences } = require('../src/core/text/sentences');
      const { tagEntities, getTagger } = require('../src/core/entities');
      getTagger();
      return (text) => {
        const tokens = tokenize(text);
        return tagEntities(text, tokens, splitSentences(text, tokens)).length;
      };
    }
    case 'compromise': {
      const nlp = require('compromise');
      return (text) => {
        const doc = nlp(text);
        return doc.people().length + doc.places().length + doc.organizations().length;
      };
    }
    case 'wink': {
      const winkNLP = require('wink-nlp');
      const nlp = winkNLP(require('wink-eng-lite-web-model'));
      return (text) => nlp.readDoc(text).entities().length();
    }
    default:
      throw new Error(`unknown system ${system}`);
  }
}
/* eslint-enable @typescript-eslint/no-require-imports */

function main(): void {
  const [system, file] = process.argv.slice(2);
  const [name, mode] = system.split(':');
  const text = fs.readFileSync(file, 'utf8');
  const articles = mode === 'whole' ? [text] : text.split(ARTICLE_SEPARATOR);
  const t0 = performance.now();
  const run = load(name);
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  let entities = 0;
  let chars = 0;
  for (const a of articles) {
    entities += run(a);
    chars += a.length;
  }
  const runMs = performance.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  const total = process.cpuUsage();
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const result: SpeedResult = {
    system, loadMs, runMs, runCpuMs: (cpu.user + cpu.system) / 1000, processCpuMs: (total.user + total.system) / 1000,
    entities, chars, maxRssMB,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

if (require.main === module) main();

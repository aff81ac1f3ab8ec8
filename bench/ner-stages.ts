// CPU time of each entity stage on one file read as one document, as `news-annotator analyze FILE` runs them:
// tokenize, splitSentences, tagEntities (first pass: a fresh process, so every word type is new), then the tagger
// alone over the same document's tokens, first and second pass in a fresh word cache state.
// --tagger-typed measures the tagger the way tagEntities calls it: word types looked up once per distinct token
// (the tokenizer's type ids) and tagWords over them, so lookups per token are array reads.
// Usage: node out/bench/ner-stages.js FILE [--tagger-only | --tagger-typed]. Prints one JSON line (ms of CPU, user + system;
// with --tagger-typed also the main thread alone, *MainMs)
// with a hash of the entities, so a speed change can be checked for identical output at a glance.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { getTagger, tagEntities } from '../src/core/entities';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { applyEngineFlags } from '../src/cli/engineFlags';
import { threadNs } from './thread-cpu';

function cpuMs<T>(f: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const r = f();
  const c = process.cpuUsage(c0);
  return [r, (c.user + c.system) / 1000];
}

function main(): void {
  applyEngineFlags(); // as `news-annotator analyze` runs
  const file = process.argv[2];
  const text = fs.readFileSync(file, 'utf8');
  const [tagger, loadMs] = cpuMs(() => getTagger());
  const [tokens, tokenizeMs] = cpuMs(() => tokenize(text));
  const [sentences, sentencesMs] = cpuMs(() => splitSentences(text, tokens));
  const words = tokens.texts();
  const starts = sentences.map((s) => s.firstToken);
  const out: Record<string, number | string> = { tokens: tokens.length, loadMs, tokenizeMs, sentencesMs };
  if (process.argv.includes('--tagger-only')) {
    // The tagger alone on a fresh cache: the first pass meets every word type for the first time.
    out.taggerColdMs = cpuMs(() => tagger.tag(words, starts))[1];
    out.taggerWarmMs = cpuMs(() => tagger.tag(words, starts))[1];
    out.coldMtokS = tokens.length / (out.taggerColdMs as number) / 1000;
    out.warmMtokS = tokens.length / (out.taggerWarmMs as number) / 1000;
  } else if (process.argv.includes('--tagger-typed')) {
    const types = tokens;
    let labels: Uint8Array = new Uint8Array(0);
    const pass = (): [number, number] => {
      const n0 = threadNs();
      const ms = cpuMs(() => {
        const infos = tagger.lookup(types.strings);
        labels = tagger.tagWords(words, null, starts, { typeIds: types.ids, types: infos });
      })[1];
      return [ms, (threadNs() - n0) / 1e6];
    };
    [out.taggerColdMs, out.taggerColdMainMs] = pass();
    [out.taggerWarmMs, out.taggerWarmMainMs] = pass();
    out.sameLabelsAsTag = String(Buffer.compare(Buffer.from(labels), Buffer.from(tagger.tag(words, starts))) === 0);
    out.coldMtokS = tokens.length / (out.taggerColdMs as number) / 1000;
    out.warmMtokS = tokens.length / (out.taggerWarmMs as number) / 1000;
    // The main thread alone: the one core tagging runs on (V8 compiles and collects on threads of its own).
    out.coldMainMtokS = tokens.length / (out.taggerColdMainMs as number) / 1000;
    out.warmMainMtokS = tokens.length / (out.taggerWarmMainMs as number) / 1000;
  } else {
    const [entities, entitiesMs] = cpuMs(() => tagEntities(text, tokens, sentences));
    out.entitiesMs = entitiesMs;
    out.entities = entities.length;
    out.hash = createHash('sha1').update(JSON.stringify(entities)).digest('hex').slice(0, 12);
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

main();

// Cold groupActors: the first call in a fresh process, as in the CLI (one document, no warm-up), on the CLI corpus
// tagged by the real tagger. The tagged entities are cached in a file so that each process only pays for
// tokenizing; the CPU time of the process (user + system, JIT threads included) is taken around the first call,
// then around a few more calls to show how much of the first is warm-up.
// Run: node out/bench/actors-cold.js [--text FILE] [--entities CACHE.json] [--runs 3]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { groupActors } from '../src/core/actors';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { Entity } from '../src/core/types';
import { threadNs } from './thread-cpu';

function opt(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

async function entitiesFor(text: string, cache: string): Promise<Entity[]> {
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Entity[];
  const { tagEntities } = await import('../src/core/entities');
  const tokens = tokenize(text);
  const entities = tagEntities(text, tokens, splitSentences(text, tokens));
  writeFileSync(cache, JSON.stringify(entities));
  return entities;
}

/** Process CPU ms (all threads: includes background compilation) and main-thread CPU ms (what a profile sees). */
function cpuMs<T>(f: () => T): [T, number, number] {
  const t0 = process.cpuUsage();
  const n0 = threadNs();
  const r = f();
  const n1 = threadNs();
  const d = process.cpuUsage(t0);
  return [r, (d.user + d.system) / 1000, Number.isNaN(n0) ? -1 : (n1 - n0) / 1e6];
}

async function main(): Promise<void> {
  const file = opt('text', path.resolve(__dirname, '../../bench/results/ner-speed-corpus.txt'));
  const cache = opt('entities', '/tmp/actors-cold-entities.json');
  const runs = Number(opt('runs', '3'));
  const text = readFileSync(file, 'utf8');
  const entities = await entitiesFor(text, cache);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const times: number[] = [];
  const mainTimes: number[] = [];
  let actors = 0;
  for (let r = 0; r < runs; r++) {
    const [g, ms, main] = cpuMs(() => groupActors(text, tokens, sentences, entities));
    times.push(ms);
    mainTimes.push(main);
    actors = g.actors.length;
  }
  console.log(JSON.stringify({ entities: entities.length, actors, coldMs: Math.round(times[0]), coldMainMs: Math.round(mainTimes[0]),
    laterMs: times.slice(1).map(Math.round), laterMainMs: mainTimes.slice(1).map(Math.round) }));
}

if (require.main === module) void main();

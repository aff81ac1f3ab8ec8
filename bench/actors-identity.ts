// Identity check for speed work on actors: dumps everything groupActors and resolveSpeakers produce (entities with
// actor ids, actors, profiles, mentions, claim speakers) for the 5 MB bench corpus (bench/actors.ts) and for a
// real text tagged by the real tagger, so that a faster version can be compared byte for byte with a dump made
// before the change.
// Run: node out/bench/actors-identity.js --out DIR [--cli-text FILE] [--compare DIR]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { groupActors, mentionAt, resolveSpeakers } from '../src/core/actors';
import type { ActorGrouping } from '../src/core/actors';
import { extractClaims } from '../src/core/claims';
import { tagEntities } from '../src/core/entities';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import type { Entity } from '../src/core/types';
import { buildCorpus } from './actors';

function opt(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** One JSON line per record; Sets become arrays in insertion order (order is part of the output). */
function dump(text: string, entities: readonly Entity[]): string {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const g: ActorGrouping = groupActors(text, tokens, sentences, entities);
  const claims = resolveSpeakers(text, tokens, sentences, extractClaims(text, tokens, sentences), g);
  const lines: string[] = [];
  for (const e of g.entities) lines.push(JSON.stringify(['e', e]));
  for (const a of g.actors) lines.push(JSON.stringify(['a', a]));
  for (const p of g.profiles) {
    lines.push(JSON.stringify(['p', [...p.roles], [...p.rolePhrases], [...p.countries], [...p.orgs], p.genderVotes, p.country ?? null]));
  }
  for (let k = 0; k < g.mentions.count; k++) lines.push(JSON.stringify(['m', mentionAt(g.mentions, k)]));
  for (const c of claims) lines.push(JSON.stringify(['c', c.start, c.end, c.speaker]));
  return lines.join('\n') + '\n';
}

function main(): void {
  const out = opt('out') ?? '/tmp/actors-current';
  const compare = opt('compare');
  const cliText = opt('cli-text') ?? path.resolve(__dirname, '../../bench/results/ner-speed-corpus.txt');
  mkdirSync(out, { recursive: true });
  const cases: [string, () => string][] = [
    ['bench', () => { const c = buildCorpus(5_000_000); return dump(c.text, c.entities); }],
  ];
  if (existsSync(cliText)) {
    cases.push(['cli', () => { const t = readFileSync(cliText, 'utf8'); const tk = tokenize(t); return dump(t, tagEntities(t, tk, splitSentences(t, tk))); }]);
  } else console.log(`no CLI text at ${cliText}: skipped`);
  let failed = false;
  for (const [name, run] of cases) {
    const s = run();
    const file = path.join(out, `${name}.jsonl`);
    writeFileSync(file, s);
    const hash = createHash('sha256').update(s).digest('hex').slice(0, 16);
    let verdict = '';
    if (compare) {
      const ref = path.join(compare, `${name}.jsonl`);
      const same = existsSync(ref) && readFileSync(ref, 'utf8') === s;
      verdict = same ? ' identical' : ` DIFFERS from ${ref}`;
      if (!same) failed = true;
    }
    console.log(`${name}: ${s.length} bytes, sha256 ${hash}${verdict}`);
  }
  if (failed) process.exitCode = 1;
}

if (require.main === module) main();

// Learns the cue-phrase lexicon for src/core/claims from PolNeAR train (attribution cues).
// For every token sequence (1–6 tokens) that occurs inside a gold cue, counts how often it occurs in the train
// texts at all, how often all its tokens lie inside one gold cue, and how often it is exactly a whole cue.
// Writes models/claims-lexicon.json (deterministic: sorted keys), then trains the cue classifier
// (scripts/train-claims-cues.ts), the content-start model (scripts/train-claims-starts.ts), the content-end model
// (scripts/train-claims-ends.ts) and the source ranker (scripts/train-claims-sources.ts). The later models learn
// from the extractor's output with the ones trained before them in the same run. Rerun after the tokenizer changes: npx tsc -p . && node out/scripts/train-claims.js
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSplit } from '../bench/claims-data';
import type { GoldDoc } from '../bench/claims-data';
import type { Token } from '../src/core/text/token';
import { tokenize } from '../src/core/text/tokenize';
import { normToken, phraseKey } from '../src/core/claims/normalize';
import type { CueStats } from '../src/core/claims/lexicon';
import { trainCueModel } from './train-claims-cues';
import { trainEndModel, writeEndModel } from './train-claims-ends';
import { trainSourceRanker, writeSourceRanker } from './train-claims-sources';
import { trainStartModel, writeStartModel } from './train-claims-starts';
import { loadStartModel } from '../src/core/claims/start-model';
import { loadEndModel } from '../src/core/claims/end-model';

const MAX_LEN = 6;
const MIN_CONTAINED = 2;

interface Stat { occ: number; inCue: number; exact: number }

/** Phrase statistics over some documents (with their tokens). */
export function computeStats(docs: readonly GoldDoc[], docTokens: readonly Token[][]): CueStats {
  const stats = new Map<string, Stat>();
  // Pass 1: collect the phrases that occur inside cues.
  docs.forEach((d, di) => {
    const toks = docTokens[di];
    for (const a of d.attributions) {
      for (const c of a.cue) {
        const inside = toks.filter((t) => t.start >= c.start && t.end <= c.end).map((t) => normToken(t.text));
        for (let i = 0; i < inside.length; i++) {
          for (let j = i + 1; j <= Math.min(inside.length, i + MAX_LEN); j++) {
            const k = phraseKey(inside.slice(i, j));
            const s = stats.get(k) ?? { occ: 0, inCue: 0, exact: 0 };
            s.inCue++;
            if (i === 0 && j === inside.length) s.exact++;
            stats.set(k, s);
          }
        }
      }
    }
  });
  for (const [k, s] of stats) if (s.inCue < MIN_CONTAINED) stats.delete(k);
  // Pass 2: count all occurrences of those phrases in the texts.
  const prefixes = new Set<string>();
  for (const k of stats.keys()) {
    const parts = k.split(' ');
    for (let j = 1; j <= parts.length; j++) prefixes.add(phraseKey(parts.slice(0, j)));
  }
  for (const toks of docTokens) {
    const norm = toks.map((t) => normToken(t.text));
    for (let i = 0; i < norm.length; i++) {
      let key = '';
      for (let j = i; j < Math.min(norm.length, i + MAX_LEN); j++) {
        key = j === i ? norm[j] : key + ' ' + norm[j];
        if (!prefixes.has(key)) break;
        const s = stats.get(key);
        if (s) s.occ++;
      }
    }
  }
  const out: Record<string, [number, number, number]> = {};
  for (const k of [...stats.keys()].sort()) { const v = stats.get(k)!; out[k] = [v.occ, v.inCue, v.exact]; }
  return out;
}

function main(): void {
  const docs = loadSplit('train');
  const docTokens = docs.map((d) => tokenize(d.text));
  const phrases = computeStats(docs, docTokens);
  const keys = Object.keys(phrases).sort();
  const lines = keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(phrases[k])}`);
  const out = [
    '{',
    '  "about": "Cue phrases learned by scripts/train-claims.ts from PolNeAR v1.0 train (840 articles, first annotator). phrase -> [occurrences, inside a gold cue, exactly a whole gold cue]. See models/claims.md.",',
    '  "phrases": {',
    lines.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
  const target = path.resolve(__dirname, '../../models/claims-lexicon.json');
  fs.writeFileSync(target, out);
  console.log(`wrote ${keys.length} phrases to ${target}`);
  // Tried: two folds, each learning from lexicon statistics of the other half (so they are not inflated on their
  // own text) — worse on dev (78.6/53.2/63.4 against 79.1/53.9/63.9); the classifier uses the full statistics.
  trainCueModel([{ docs, stats: phrases }]);
  // The start and end models and the source ranker learn from the extractor's output with the models trained before them in
  // this run, and with the lexicon and cue model compiled into out/: after changing those, run `npx tsc -p .` and
  // this script again.
  const start = trainStartModel(docs);
  writeStartModel(start);
  const end = trainEndModel(docs, true, loadStartModel(start));
  writeEndModel(end);
  writeSourceRanker(trainSourceRanker(docs, true, { startModel: loadStartModel(start), endModel: loadEndModel(end) }));
}

main();

// Builds word clusters and casing statistics from the unlabeled news text into out/ner-build/.
// Usage: node out/scripts/build-clusters.js [k1,k2,...]   (default 512,128,32: finest first)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { exchangeClusters } from './ner/clusters';
import { BUILD_DIR } from './ner/paths';
import { unlabeledSentences } from './ner/unlabeled';
import { isAllCaps, isCapitalized } from '../src/core/entities/word';

export const CLUSTER_KS = [512, 128, 32];

function casingStats(sentences: readonly string[][]): string {
  const cap = new Map<string, number>();
  const all = new Map<string, number>();
  for (const s of sentences) {
    const letters = s.filter((t) => /\p{L}/u.test(t));
    if (letters.length > 1 && letters.every((t) => isAllCaps(t) || t.length === 1)) continue;
    for (let i = 1; i < s.length; i++) {
      const t = s[i];
      if (!/^\p{L}/u.test(t) || /^["'(:`]$/.test(s[i - 1]) || s[i - 1] === '.') continue;
      const lo = t.toLowerCase();
      all.set(lo, (all.get(lo) ?? 0) + 1);
      if (isCapitalized(t)) cap.set(lo, (cap.get(lo) ?? 0) + 1);
    }
  }
  return [...all.entries()].filter(([, n]) => n >= 2).sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([w, n]) => `${w}\t${cap.get(w) ?? 0}\t${n}`).join('\n') + '\n';
}

function main(): void {
  const ks = process.argv[2] ? process.argv[2].split(',').map(Number) : CLUSTER_KS;
  const t0 = Date.now();
  const sentences = unlabeledSentences();
  console.log(`${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.length, 0)} tokens`);
  fs.mkdirSync(BUILD_DIR, { recursive: true });
  fs.writeFileSync(path.join(BUILD_DIR, 'casing.tsv'), casingStats(sentences));
  const columns: Map<string, number>[] = [];
  for (const k of ks) {
    const r = exchangeClusters(sentences, k, 3, 15, (m) => console.log(`${m} (${Math.round((Date.now() - t0) / 1000)} s)`));
    columns.push(new Map(r.words.map((w, i) => [w, r.classOf[i]])));
  }
  const words = [...columns[0].keys()].sort();
  const lines = words.map((w) => [w, ...columns.map((c) => c.get(w))].join('\t'));
  fs.writeFileSync(path.join(BUILD_DIR, 'clusters.tsv'), `#k\t${ks.join('\t')}\n${lines.join('\n')}\n`);
  console.log(`wrote ${words.length} words in ${Math.round((Date.now() - t0) / 1000)} s`);
}

if (require.main === module) main();

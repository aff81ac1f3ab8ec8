// The >= 5 MB news text the speed benchmarks read (PolNeAR articles, then VOA sentences to fill up), written once
// to bench/results/ner-speed-corpus.txt (generated, not tracked: it is made of the shared data).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DATA_DIR, ROOT } from '../scripts/ner/paths';
import { ARTICLE_SEPARATOR } from './ner-speed';

const MIN_BYTES = 5 * 1024 * 1024;
const RESULTS = path.join(ROOT, 'bench/results');

/** The corpus file, made on first use. */
export function speedCorpus(): string {
  const file = path.join(RESULTS, 'ner-speed-corpus.txt');
  if (fs.existsSync(file) && fs.statSync(file).size >= MIN_BYTES) return file;
  const parts: string[] = [];
  let size = 0;
  for (const split of ['train', 'dev']) {
    const dir = path.join(DATA_DIR, 'polnear', split, 'text');
    for (const f of fs.readdirSync(dir).sort()) {
      const t = fs.readFileSync(path.join(dir, f), 'utf8');
      parts.push(t);
      size += Buffer.byteLength(t);
    }
  }
  const voa = fs.readFileSync(path.join(DATA_DIR, 'unlabeled/voa-news-sentences.txt'), 'utf8').split('\n');
  for (let i = 0; size < MIN_BYTES && i < voa.length; i += 30) {
    // VOA sentences are pre-tokenized; rejoin punctuation so the text reads like an article.
    const t = voa.slice(i, i + 30).join(' ').replace(/ ([.,;:!?'])/g, '$1').replace(/ n't/g, "n't");
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(file, parts.join(ARTICLE_SEPARATOR));
  return file;
}

// The unlabeled news text used for word clusters and casing statistics: VOA sentences (public domain),
// PolNeAR article texts and the CoNLL training tokens. Returned as token arrays, one per sentence.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DATA_DIR } from './paths';
import { readConll } from './conll';

const TOKEN = /[A-Za-z]\.(?:[A-Za-z]\.)+|\d+(?:[.,:/-]\d+)*|[\p{L}\p{M}\p{N}]+(?:[-'\u2019.&][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** A rough CoNLL-like tokenizer for raw article text (possessives and n't split off, quotes straightened). */
export function roughTokenize(text: string): string[][] {
  const sentences: string[][] = [];
  for (const para of text.split(/\n+/)) {
    let cur: string[] = [];
    for (const m of para.matchAll(TOKEN)) {
      let t = m[0].replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
      const extra: string[] = [];
      const pos = /^(.+)('s|')$/i.exec(t);
      if (pos && /\p{L}/u.test(pos[1]) && t.length > 2) {
        t = pos[1];
        extra.push(pos[2]);
      } else if (/n't$/i.test(t) && t.length > 3) {
        extra.push(t.slice(-3));
        t = t.slice(0, -3);
      }
      cur.push(t, ...extra);
      if ((t === '.' || t === '?' || t === '!') && cur.length > 3) {
        sentences.push(cur);
        cur = [];
      }
    }
    if (cur.length) sentences.push(cur);
  }
  return sentences;
}

function listTexts(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

export function unlabeledSentences(): string[][] {
  const out: string[][] = [];
  const voa = path.join(DATA_DIR, 'unlabeled/voa-news-sentences.txt');
  for (const line of fs.readFileSync(voa, 'utf8').split('\n')) {
    const t = line.trim();
    if (t) out.push(t.split(' '));
  }
  for (const part of ['train', 'dev']) {
    for (const f of listTexts(path.join(DATA_DIR, 'polnear', part, 'text'))) {
      out.push(...roughTokenize(fs.readFileSync(f, 'utf8')));
    }
  }
  for (const doc of readConll(path.join(DATA_DIR, 'conll2003/eng.train'))) {
    doc.sentStarts.forEach((a, s) => {
      const b = s + 1 < doc.sentStarts.length ? doc.sentStarts[s + 1] : doc.tokens.length;
      out.push(doc.tokens.slice(a, b));
    });
  }
  return out;
}

// First names learned from the permissively licensed NER corpora in ../shared/data/permissive (wikigold, WNUT-17,
// Broad Twitter Corpus: CC BY 4.0): the first word of a person's name of two or more words. The npm first-name
// lists are an old US list ("Donald", "Mitt", "Barack" are missing); news names people from everywhere.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DATA_DIR } from './paths';

/** The CC BY 4.0 corpora read (UNER is CC BY-SA: left out, so the gazetteer carries no share-alike terms). */
const CORPORA = ['wikigold.conll', 'wnut17.conll', 'btc.conll'];

/**
 * Words that open a multi-word PER span more often than they occur capitalised anywhere else in those corpora,
 * at least three letters, Title case, and never written in lower case in the VOA news text (that drops titles
 * and common nouns: "Princess Diana", "Pope Francis", "Tooth Fairy").
 */
export function corpusFirstNames(dataDir = DATA_DIR): string[] {
  const opens = new Map<string, number>();
  const elsewhere = new Map<string, number>();
  const bump = (m: Map<string, number>, w: string): void => void m.set(w, (m.get(w) ?? 0) + 1);
  for (const file of CORPORA) {
    const rows = fs.readFileSync(path.join(dataDir, 'permissive', file), 'utf8').split('\n').map((l) => l.split(' '));
    for (let i = 0; i < rows.length; i++) {
      const [word, , , tag] = rows[i];
      if (!tag || !/^\p{Lu}\p{Ll}{2,}$/u.test(word)) continue;
      if (tag === 'B-PER' && rows[i + 1]?.[3] === 'I-PER') bump(opens, word);
      else if (tag !== 'B-PER') bump(elsewhere, word);
    }
  }
  const lower = new Set<string>();
  const voa = fs.readFileSync(path.join(dataDir, 'unlabeled/voa-news-sentences.txt'), 'utf8');
  for (const w of voa.split(/\s+/)) if (/^\p{Ll}+$/u.test(w)) lower.add(w);
  return [...opens].filter(([w, n]) => n > (elsewhere.get(w) ?? 0) && !lower.has(w.toLowerCase()))
    .map(([w]) => w).sort();
}

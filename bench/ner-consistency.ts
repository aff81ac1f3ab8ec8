// Entity-type consistency on real news: the speed corpus (PolNeAR articles, then VOA sentences) tagged article by
// article, and for each entity string the mentions whose type differs from that string's most frequent type. No
// gold is needed; a name typed three ways across articles ("Trump" PERSON/ORG/LOC) shows here, as the article-level
// consistency the product promises. Sessions 7–9 used it to judge tagger changes beside eng.testa.
// Run: node out/bench/ner-consistency.js [--text FILE] [--top N]
import * as fs from 'node:fs';
import { tagEntities } from '../src/core/entities';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { ARTICLE_SEPARATOR } from './ner-speed';
import { speedCorpus } from './speed-corpus';

function opt(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Mentions per type of every entity string, over the articles of `text`. */
function typeCounts(text: string): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const article of text.split(ARTICLE_SEPARATOR)) {
    const tokens = tokenize(article);
    for (const e of tagEntities(article, tokens, splitSentences(article, tokens))) {
      let byType = counts.get(e.text);
      if (!byType) counts.set(e.text, (byType = new Map()));
      byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    }
  }
  return counts;
}

function main(): void {
  const text = fs.readFileSync(opt('text') ?? speedCorpus(), 'utf8');
  const top = Number(opt('top') ?? 30);
  const rows = [...typeCounts(text)].map(([name, byType]) => {
    const counts = [...byType.values()];
    const total = counts.reduce((a, b) => a + b, 0);
    return { name, total, off: total - Math.max(...counts), byType };
  });
  rows.sort((x, y) => y.off - x.off || x.name.localeCompare(y.name));
  const sum = (f: (r: (typeof rows)[number]) => number): number => rows.reduce((a, r) => a + f(r), 0);
  console.log(`mentions typed unlike their string's majority: ${sum((r) => r.off)} of ${sum((r) => r.total)}`);
  for (const r of rows.slice(0, top)) {
    const types = [...r.byType].map(([t, n]) => `${t} ${n}`).join(', ');
    console.log(`${String(r.off).padStart(5)} of ${String(r.total).padStart(5)}  ${JSON.stringify(r.name)}  (${types})`);
  }
}

main();

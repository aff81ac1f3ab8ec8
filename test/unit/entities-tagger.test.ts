// The runtime tagger's caches: results must not depend on what the tagger saw before.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findModelFile, loadTagger } from '../../src/core/entities';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

function sample(): { words: string[]; starts: number[] } {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const text = fs.readFileSync(path.join(dir, 'test/fixtures/iran-iraq-security-cooperation.txt'), 'utf8');
  const tokens = tokenize(text);
  return { words: tokens.texts(), starts: splitSentences(text, tokens).map((s) => s.firstToken) };
}

suite('entities: tagger caches', () => {
  test('after the word cache is dropped (200k word types), a document gets the labels a fresh tagger gives', function () {
    this.timeout(60_000);
    const { words, starts } = sample();
    const fresh = Array.from(loadTagger(findModelFile()).tag(words, starts));
    const tagger = loadTagger(findModelFile());
    // A different text first, so the pool slots the sample gets after the reset held other words' scores.
    tagger.tag([...words].reverse(), [0]);
    // Enough new capitalised word types to overflow the cache; each is scored, so the score pool is full too.
    const filler: string[] = [];
    for (let i = 0; i < 210_000; i++) filler.push(`Qx${i.toString(36)}`);
    const fillerStarts: number[] = [];
    for (let i = 0; i < filler.length; i += 30) fillerStarts.push(i);
    tagger.tag(filler, fillerStarts);
    assert.deepEqual(Array.from(tagger.tag(words, starts)), fresh);
  });
});

// The speed-tuned shortcuts of the actors module answer what the plain code answers.
import * as assert from 'node:assert/strict';
import { countryKey, lookupCountry, mayStartCountry } from '../../src/core/actors/countries';
import { COUNTRY_TABLE } from '../../src/core/actors/countries-data';
import { isAscii } from '../../src/core/actors/fold';
import { stableOrder } from '../../src/core/actors/order';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

suite('actors: primitives', () => {
  test('stableOrder is a stable sort of the indices by key, also for keys it cannot pack', () => {
    const r = rng(11);
    for (let n = 0; n < 200; n++) {
      const keys = Array.from({ length: Math.floor(r() * 300) }, () => Math.floor(r() * 50));
      if (n % 10 === 0 && keys.length > 0) keys[0] = n % 20 === 0 ? Infinity : -3.5;
      const ref = keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
      assert.deepEqual(stableOrder(keys), ref);
    }
  });

  test('mayStartCountry is false only for words that start no country name, alone or with the next word', () => {
    const words = ['United', 'States', 'Saudi', 'Arabia', 'New', 'Zealand', 'Iranian', 'Iran’s', 'said', 'the', 'The', 'US',
      'U.S.', 'Bosnia-Herzegovina', 'Guinea-Bissau', 'Kingdom', 'Sri', 'Lanka', 'Côte', 'd’Ivoire', 'officials', 'Democratic'];
    let starts = 0;
    for (const a of words) {
      if (mayStartCountry(a)) { starts++; continue; }
      assert.equal(lookupCountry(a), undefined, a);
      for (const b of words) assert.equal(lookupCountry(`${a} ${b}`), undefined, `${a} ${b}`);
    }
    assert.ok(mayStartCountry('United') && mayStartCountry('Saudi') && !mayStartCountry('said'));
    assert.ok(starts < words.length);
  });

  test('mayStartCountry (a hash prefilter, then the string test) answers what the string test alone answers', () => {
    // The string test as it was before the prefilter, over the first words of the table's entries.
    const firstWords = new Set<string>();
    const forms: string[] = [];
    for (const line of COUNTRY_TABLE.split('\n')) {
      if (!line.trim()) continue;
      const [, name, aliases = '', demonyms = ''] = line.split('|');
      for (const f of [name, ...aliases.split(','), ...demonyms.split(',')]) {
        const key = f ? countryKey(f) : '';
        if (key) { firstWords.add(key.split(' ')[0]); forms.push(f); }
      }
    }
    const plain = (text: string): boolean => {
      let sp = 0;
      while (sp < text.length && text.charCodeAt(sp) !== 32 && text.charCodeAt(sp) !== 45) sp++;
      let w = text.slice(0, sp).toLowerCase();
      if (w.endsWith('’s') || w.endsWith("'s")) w = w.slice(0, -2);
      w = w.replace(/[.'’]/g, '');
      return w === 'the' || !isAscii(w) || firstWords.has(w);
    };
    const r = rng(5);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    const pieces = ['a', 'e', 'n', 'S', 's', 'T', 'he', '.', "'", '’', "'s", '’S', '-', ' ', 'é', '\u212a', 'İ', 'x'];
    const texts: string[] = ['', 'the', 'THE', 'The U.S.', "'s", '’s', 'U.S.', 'U.S.’s', 'Iran’s', "IRAN'S", 'al-Qaeda'];
    for (const f of forms) texts.push(f, f.toUpperCase(), f.toLowerCase(), `${f}’s`, `${f}'S`, `The ${f}`, f.replace(/ /g, '.'), f.slice(0, -1), `${f}x`);
    for (let n = 0; n < 5000; n++) {
      let t = n % 2 === 0 ? pick(forms) : '';
      for (let k = Math.floor(r() * 6); k > 0; k--) t = r() < 0.5 ? t + pick(pieces) : pick(pieces) + t;
      texts.push(t);
    }
    let yes = 0;
    for (const t of texts) {
      assert.equal(mayStartCountry(t), plain(t), JSON.stringify(t));
      if (plain(t)) yes++;
    }
    assert.ok(yes > 500 && yes < texts.length - 500, `${yes} of ${texts.length}`); // both answers well exercised
  });
});

// The speed-tuned shortcuts of the actors module answer what the plain code answers.
import * as assert from 'node:assert/strict';
import { lookupCountry, mayStartCountry } from '../../src/core/actors/countries';
import { COUNTRY_TABLE } from '../../src/core/actors/countries-data';
import { mayEndHonorific } from '../../src/core/actors/honorific';
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

  // Words of plain letters are rejected by a hash of their lower-cased form: none that starts an entry may be.
  test('mayStartCountry is true for the first word of every country name, alias and demonym, in any case', () => {
    for (const line of COUNTRY_TABLE.split('\n')) {
      const [, name, aliases = '', demonyms = ''] = line.split('|');
      if (!name) continue;
      for (const form of [name, ...aliases.split(','), ...demonyms.split(',')].filter((f) => f)) {
        const first = form.split(/[ -]/)[0];
        if (!/^[A-Za-z]+$/.test(first)) continue; // others take the string path
        for (const w of [first, first.toUpperCase(), first.toLowerCase()]) assert.ok(mayStartCountry(w), `${w} (${form})`);
      }
    }
  });

  test('mayEndHonorific is true wherever the honorific pattern matches the ten characters before a mention', () => {
    const pattern = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss|Mme|Mister|Madam)\.?\s*$/u; // honorific.ts's HONORIFIC_BEFORE
    const pieces = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mme', 'Mister', 'Madam', 'mr', '.', ' ', '  ', '\t', '\n', '\u00a0', 'said', 'Sen', ',', '“',
      'é', 'Former', 'of'];
    let seed = 7;
    const r = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    let matches = 0;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let k = Math.floor(r() * 6); k >= 0; k--) text += pieces[Math.floor(r() * pieces.length)];
      text += 'Clinton';
      const start = text.length - 7;
      const hit = pattern.test(text.slice(Math.max(0, start - 10), start));
      if (hit) { matches++; assert.ok(mayEndHonorific(text, start), JSON.stringify(text)); }
    }
    assert.ok(matches > 1000);
    assert.ok(!mayEndHonorific('said Clinton', 5) && mayEndHonorific('Mr. Clinton', 4) && mayEndHonorific('Mrs Clinton', 4));
  });
});

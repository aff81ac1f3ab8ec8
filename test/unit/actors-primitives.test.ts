// The speed-tuned primitives of the actors module give what their plain versions give (random inputs, fixed seed).
import * as assert from 'node:assert/strict';
import { lookupCountry, mayStartCountry } from '../../src/core/actors/countries';
import { boundedDistance, skeleton } from '../../src/core/actors/fold';
import { stableOrder } from '../../src/core/actors/order';

/** The plain Levenshtein with early exit that boundedDistance replaced. */
function refDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

function refSkeleton(c: string): string {
  let out = '';
  let prev = '';
  for (const ch0 of c.split('')) {
    if ('aeiouy'.includes(ch0)) continue;
    const ch = ch0 === 'q' || ch0 === 'c' ? 'k' : ch0;
    if (ch === prev) continue;
    out += ch;
    prev = ch;
  }
  return out;
}

function rng(seed: number): () => number {
  let s = seed;
  return () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
}

const ALPHABET = 'aabcdeiklmnoqsuyyzéال-';
function word(r: () => number, maxLen: number): string {
  let w = '';
  const n = Math.floor(r() * maxLen);
  for (let k = 0; k < n; k++) w += ALPHABET[Math.floor(r() * ALPHABET.length)];
  return w;
}

suite('actors: primitives', () => {
  test('boundedDistance and skeleton equal their plain versions on random names', () => {
    const r = rng(7);
    for (let n = 0; n < 20000; n++) {
      const a = word(r, 12);
      const b = r() < 0.3 ? a.slice(0, -1) + word(r, 3) : word(r, 12);
      const max = Math.floor(r() * 4);
      assert.equal(boundedDistance(a, b, max), refDistance(a, b, max), `${a} / ${b} / ${max}`);
      assert.equal(skeleton(a), refSkeleton(a), a);
    }
    assert.equal(boundedDistance('qaddafi', 'gaddafi', 2), 1);
    assert.equal(skeleton('mohammed'), 'mhmd');
  });

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
});

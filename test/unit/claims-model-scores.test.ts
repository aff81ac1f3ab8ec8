// The models' fast scoring paths (per-word-type weight caches, per-cue lookups hoisted) must decide exactly as the
// feature functions the trainers use, summed by the weight table: same candidates, same scores to the bit.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContext } from '../../src/core/claims/context';
import { filterFeatures, filterScore, shippedClaimFilter } from '../../src/core/claims/claim-filter';
import { cueFeatures, cueScore, hashString, scoreCue, shippedCueModel } from '../../src/core/claims/cue-model';
import { modelContentEnd, scanEnds, scoreEnd, shippedEndModel } from '../../src/core/claims/end-model';
import type { RawClaim } from '../../src/core/claims/extract';
import { extractClaims } from '../../src/core/claims/extract';
import { modelContentStart, shippedStartModel } from '../../src/core/claims/start-model';
import type { DocContext } from '../../src/core/claims/context';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import { referenceStart } from './claims-reference';

const FIXTURES = ['iran-iraq-security-cooperation.txt', 'city-council-budget.article', 'grain-corridor-talks.news']
  .map((f) => join(__dirname, '../../../test/fixtures', f));

/** The fixture's finished claims (before the filter) with their document context. */
function rawClaimsOf(file: string): { ctx: DocContext; raw: RawClaim[] } {
  const text = readFileSync(file, 'utf8');
  const tokens = tokenize(text);
  let got: { ctx: DocContext; raw: RawClaim[] } | undefined;
  extractClaims(text, tokens, splitSentences(text, tokens), { onClaims: (ctx, raw) => { got = { ctx, raw: [...raw] }; } });
  return got!;
}

function contextOf(file: string): DocContext {
  const text = readFileSync(file, 'utf8');
  const tokens = tokenize(text);
  return buildContext(text, tokens, splitSentences(text, tokens));
}

suite('claims: fast model scoring equals the feature functions', () => {
  test('content-start model, every token of the fixtures as a cue end, with several rule starts and margins', function () {
    this.timeout(20000);
    const shipped = shippedStartModel();
    let moved = 0;
    for (const file of FIXTURES) {
      const ctx = contextOf(file);
      for (const margin of [shipped.margin, -5]) {
        const model = { ...shipped, margin };
        for (const s of ctx.sentences) {
          for (let j = s.firstToken; j < s.endToken; j++) {
            for (const key of ['said', 'told reporters'].map(hashString)) {
              for (let rule = j; rule < Math.min(s.endToken, j + 3); rule++) {
                const want = referenceStart(ctx, model, key, j, s.endToken, rule);
                assert.equal(modelContentStart(ctx, model, key, j, s.endToken, rule), want, `at ${j}, rule ${rule}`);
                if (want !== rule) moved++;
              }
            }
          }
        }
      }
    }
    assert.ok(moved > 100, `the model moved only ${moved} starts: the test would not see a wrong score`);
  });

  test('claim filter, every claim of the fixtures, with and without its source and with several cue keys', () => {
    const model = shippedClaimFilter();
    let n = 0;
    for (const file of FIXTURES) {
      const { ctx, raw } = rawClaimsOf(file);
      for (const r0 of raw) {
        for (const r of [r0, { ...r0, source: null }, { ...r0, cue: null }]) {
          for (const key of [0, hashString('said') | 0, hashString('according to') | 0]) {
            const want = model.weights.score(model.bias, filterFeatures(ctx, r, key));
            assert.equal(filterScore(ctx, model, r, key), want);
            n++;
          }
        }
      }
    }
    assert.ok(n > 100, `only ${n} claims scored`);
  });

  test('content-end model, every token of the fixtures as a content start, with several rule ends and thresholds', function () {
    this.timeout(20000);
    const shipped = shippedEndModel();
    let cut = 0;
    for (const file of FIXTURES) {
      const ctx = contextOf(file);
      for (const threshold of [shipped.threshold, -3]) {
        const model = { ...shipped, threshold };
        for (const sen of ctx.sentences) {
          for (let s = sen.firstToken; s < sen.endToken; s++) {
            for (const key of ['said', 'told reporters']) {
              for (const rule of [sen.endToken, s + 3]) {
                const want = scanEnds(ctx, hashString(key), s, sen.endToken, rule, (_k, f) => scoreEnd(model, f) > model.threshold);
                assert.equal(modelContentEnd(ctx, model, key, s, sen.endToken, rule), want, `at ${s}, rule ${rule}`);
                if (want < sen.endToken) cut++;
              }
            }
          }
        }
      }
    }
    assert.ok(cut > 100, `the model cut only ${cut} contents: the test would not see a wrong score`);
  });

  test('cue classifier, every token of the fixtures as a one- or two-word candidate, with several phrases', function () {
    this.timeout(20000);
    const model = shippedCueModel();
    const probs: [number, number][] = [[0.15, 0.02], [0.55, 0.31], [0.93, 0.8]];
    let accepted = 0;
    let n = 0;
    for (const file of FIXTURES) {
      const ctx = contextOf(file);
      for (const sen of ctx.sentences) {
        const a = sen.firstToken;
        const b = sen.endToken;
        for (let i = a; i < b; i++) {
          for (const e of [i + 1, i + 2]) {
            if (e > b) continue;
            for (const s of [i, i - 1]) {
              if (s < a) continue;
              for (const key of ['said', 'think', 'according to']) {
                for (const pr of probs) {
                  for (const viaStem of [false, true]) {
                    const coord = (i + n) % 4; // coordination with an earlier likely cue: 0…3
                    const want = scoreCue(model, cueFeatures(ctx, pr, key, s, i, e, a, b, viaStem, coord));
                    assert.equal(cueScore(ctx, model, pr, key, s, i, e, a, b, viaStem, coord), want, `at ${i}`);
                    if (want > model.threshold) accepted++;
                    n++;
                  }
                }
              }
            }
          }
        }
      }
    }
    assert.ok(accepted > 100 && accepted < n, `accepted ${accepted} of ${n}: the test would not see a wrong score`);
  });
});

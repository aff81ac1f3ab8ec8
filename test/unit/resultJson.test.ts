import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultPieces } from '../../src/cli/resultJson';
import { analyzeText } from '../../src/core/analyze';
import { speakerlessClaimsJson, withSpeakers } from '../../src/core/claimsJson';
import { memberJson } from '../../src/core/memberJson';
import type { Analysis, Claim } from '../../src/core/types';

const FIXTURES = join(__dirname, '../../../test/fixtures');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const joined = (pieces: Array<string | Uint8Array>): string =>
  pieces.map((p) => typeof p === 'string' ? p : new TextDecoder().decode(p)).join('');

// Texts JSON must escape, and text that looks like the speaker member.
const TRICKY = ['He said "no".', 'a\\', 'line\nbreak', '"speaker": null', ',"speaker":null,', '\n      "speaker": null', 'Zürich ’s “quote” 😀', '\u0001'];

function claim(i: number, text: string, speaker: string | null): Claim {
  return { start: i, end: i + text.length, text, kind: i % 2 ? 'direct' : 'indirect', cue: i % 3 ? { start: 0, end: 4, text: 'said' } : null,
    speaker, speakerSpan: i % 4 ? { start: 1, end: 2 } : null };
}

suite('JSON written in pieces (CLI output): the bytes JSON.stringify writes', () => {
  for (const indent of [0, 2, 4]) {
    test(`memberJson nests a value as a member of a top-level object (indent ${indent})`, () => {
      const value = [{ a: 1, b: ['x', { c: null }] }, [], {}];
      const whole = JSON.stringify({ k: value }, null, indent);
      assert.equal(whole, indent ? `{\n${' '.repeat(indent)}"k": ${memberJson(value, indent)}\n}` : `{"k":${memberJson(value, indent)}}`);
    });

    test(`claims' JSON cut at the speakers, then filled, equals the claims' JSON (indent ${indent})`, () => {
      const speakers = [null, 'person:a', 'org:“b”', 'x"y\\z', null, 'gpe:zürich', null, 'p:\u0002'];
      const candidates = TRICKY.map((t, i) => claim(i, t, null));
      const resolved = candidates.map((c, i) => ({ ...c, speaker: speakers[i] }));
      const cut = speakerlessClaimsJson(candidates, indent);
      assert.ok(cut);
      assert.equal(new TextDecoder().decode(withSpeakers(cut, resolved)), memberJson(resolved, indent));
      assert.equal(new TextDecoder().decode(withSpeakers(speakerlessClaimsJson([], indent)!, [])), '[]');
    });
  }

  test('claims whose speakers are not all null cannot be cut', () => {
    assert.equal(speakerlessClaimsJson([claim(0, 'x', 'person:a')], 2), null);
  });

  test('an analysis in pieces joins to JSON.stringify({ file, ...analysis }, null, indent) + newline', () => {
    const text = readFileSync(join(FIXTURES, 'iran-iraq-security-cooperation.txt'), 'utf8');
    const analysis: Analysis = analyzeText(text);
    assert.ok(analysis.claims.some((c) => c.speaker !== null));
    for (const indent of [0, 2]) {
      const expected = JSON.stringify({ file: 'dir/a "b".txt', ...analysis }, null, indent) + '\n';
      const entities = utf8(memberJson(analysis.entities, indent));
      const claims = withSpeakers(speakerlessClaimsJson(analysis.claims.map((c) => ({ ...c, speaker: null })), indent)!, analysis.claims);
      for (const written of [{}, { entities }, { claims }, { entities, claims }]) {
        assert.equal(joined(resultPieces('dir/a "b".txt', analysis, written, indent)), expected, `indent ${indent}, ${Object.keys(written)}`);
      }
    }
  });
});

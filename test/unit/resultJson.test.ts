import * as assert from 'node:assert/strict';
import { resultHead, resultTail } from '../../src/cli/resultJson';
import type { Actor, Claim, Entity } from '../../src/core/types';

// Texts JSON must escape, or that look like the cut points: quotes, backslashes, line breaks, a closing brace at the
// end, control characters, emoji, lone surrogates.
const ODD = ['He said "no"}', 'a\\\\b\\n', 'line\nbreak\r\n', '}\n}', '\u0000\u001f', '😀 Zürich', '\ud800x', ',"claims":'];

function sample(n: number): { entities: Entity[]; actors: Actor[]; claims: Claim[] } {
  const t = (i: number): string => ODD[i % ODD.length];
  const entities = Array.from({ length: n }, (_, i): Entity => ({ start: i, end: i + 3, text: t(i), type: 'PERSON', ...(i % 2 ? { actor: `person:${i}` } : {}) }));
  const actors = Array.from({ length: n }, (_, i): Actor => ({ id: `person:${i}`, name: t(i + 1), type: 'ORG', aliases: [t(i + 2)], mentions: i }));
  const claims = Array.from({ length: n }, (_, i): Claim => ({ start: i, end: i + 9, text: t(i + 3), kind: i % 2 ? 'direct' : 'indirect',
    cue: i % 3 ? { start: 1, end: 2, text: t(i) } : null, speaker: i % 2 ? `person:${i}` : null, speakerSpan: i % 4 ? { start: 0, end: 1 } : null }));
  return { entities, actors, claims };
}

suite('cli: a result written in two parts is the JSON of the whole', () => {
  for (const indent of [0, 2] as const) {
    for (const n of [0, 1, 9]) {
      test(`indent ${indent}, ${n} of each`, () => {
        const { entities, actors, claims } = sample(n);
        for (const file of ['a.txt', 'odd "name"}\n.txt']) {
          const whole = JSON.stringify({ file, entities, actors, claims }, null, indent);
          assert.equal([...resultHead(file, entities, actors, indent), ...resultTail(claims, indent)].join(''), whole);
        }
      });
    }
  }

  test('claims empty with entities and actors, and the other way round', () => {
    const { entities, actors, claims } = sample(3);
    for (const indent of [0, 2] as const) {
      assert.equal([...resultHead('f', [], [], indent), ...resultTail(claims, indent)].join(''), JSON.stringify({ file: 'f', entities: [], actors: [], claims }, null, indent));
      assert.equal([...resultHead('f', entities, actors, indent), ...resultTail([], indent)].join(''), JSON.stringify({ file: 'f', entities, actors, claims: [] }, null, indent));
    }
  });
});

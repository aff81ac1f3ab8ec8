import * as assert from 'node:assert/strict';
import { AnalysisIndex } from '../../src/core/analysisIndex';
import { searchActors } from '../../src/core/actorSearch';
import type { Analysis } from '../../src/core/types';
import { linePreview } from '../../src/editor/views/treeNodes';

const text = 'Hussein Amir-Abdollahian met Ali Shamkhani. Amir-Abdollahian said the talks were good, Shamkhani added.';
const span = (needle: string, from = 0): { start: number; end: number; text: string } => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
};
const m1 = span('Hussein Amir-Abdollahian');
const m2 = span('Ali Shamkhani');
const m3 = span('Amir-Abdollahian', m2.end);
const m4 = span('Shamkhani', m3.end);
const analysis: Analysis = {
  entities: [
    { ...m3, type: 'PERSON', actor: 'a1' }, { ...m1, type: 'PERSON', actor: 'a1' },
    { ...m2, type: 'PERSON', actor: 'a2' }, { ...m4, type: 'PERSON', actor: 'a2' },
  ],
  actors: [
    { id: 'a1', name: 'Hussein Amir-Abdollahian', type: 'PERSON', aliases: ['Amir-Abdollahian'], mentions: 2 },
    { id: 'a2', name: 'Ali Shamkhani', type: 'PERSON', aliases: ['Shamkhani'], mentions: 2 },
  ],
  claims: [{ ...span('the talks were good'), kind: 'indirect', cue: span('said'), speaker: 'a1', speakerSpan: { start: m3.start, end: m3.end } }],
};

suite('core: AnalysisIndex', () => {
  const index = new AnalysisIndex(analysis);
  test('entitiesIn gives exactly the entities overlapping a window, in text order, like a full scan', () => {
    const scan = (a: number, b: number) => [...analysis.entities].filter((e) => e.end >= a && e.start <= b).sort((x, y) => x.start - y.start);
    for (let a = 0; a <= text.length; a += 3) {
      for (const width of [0, 1, 5, 20, text.length]) {
        assert.deepEqual(index.entitiesIn(a, a + width), scan(a, a + width), `window ${a}..${a + width}`);
      }
    }
  });

  test('entityAt finds the entity under a caret, including just after its last character', () => {
    assert.equal(index.entityAt(m1.start)?.actor, 'a1');
    assert.equal(index.entityAt(m1.end)?.actor, 'a1');
    assert.equal(index.entityAt(m2.start + 3)?.actor, 'a2');
    assert.equal(index.entityAt(text.indexOf('met') + 1), undefined);
  });
  test('mentions come in text order whatever the input order', () => {
    assert.deepEqual(index.mentionsOf('a1').map((e) => e.start), [m1.start, m3.start]);
  });
  test('adjacent mention wraps around in both directions', () => {
    assert.equal(index.adjacentMention('a1', m1.start, 1)?.start, m3.start);
    assert.equal(index.adjacentMention('a1', m3.start, 1)?.start, m1.start);
    assert.equal(index.adjacentMention('a1', m3.start + 2, -1)?.start, m1.start);
    assert.equal(index.adjacentMention('a1', m1.start + 2, -1)?.start, m3.start);
    assert.equal(index.adjacentMention('nobody', 0, 1), undefined);
  });
  test('claims by speaker and claim under the caret (span or cue)', () => {
    assert.equal(index.statementsBy('a1').length, 1);
    assert.equal(index.statementsBy('a2').length, 0);
    assert.ok(index.claimAt(text.indexOf('talks')));
    assert.ok(index.claimAt(text.indexOf('said') + 1));
    assert.equal(index.claimAt(text.indexOf('met')), undefined);
  });
  test('actor lookups are safe for names like constructor', () => {
    assert.equal(index.actor('constructor'), undefined);
    assert.equal(index.actor('__proto__'), undefined);
    assert.deepEqual(index.mentionsOf('toString'), []);
  });
});

suite('editor: line preview for tree items', () => {
  test('highlights the span inside a shortened line', () => {
    const long = 'x'.repeat(100) + ' Zidane said it ' + 'y'.repeat(100) + '\nnext line';
    const start = long.indexOf('Zidane');
    const p = linePreview(long, start, start + 6);
    assert.equal(p.label.slice(p.highlight[0], p.highlight[1]), 'Zidane');
    assert.ok(p.label.startsWith('…') && p.label.endsWith('…'));
    assert.ok(!p.label.includes('next line'));
  });
  test('CRLF and short lines', () => {
    const t = 'Headline\r\nFayyad thanked Iran.\r\n';
    const s = t.indexOf('Iran');
    const p = linePreview(t, s, s + 4);
    assert.equal(p.label, 'Fayyad thanked Iran.');
    assert.equal(p.label.slice(p.highlight[0], p.highlight[1]), 'Iran');
  });
});

suite('core: fuzzy actor search', () => {
  const actors = analysis.actors;
  test('typos and aliases find the actor', () => {
    assert.equal(searchActors(actors, 'abdolahian')[0]?.id, 'a1');
    assert.equal(searchActors(actors, 'shamkani')[0]?.id, 'a2');
  });
  test('an empty query lists all, most mentioned first; nonsense finds nothing', () => {
    assert.equal(searchActors(actors, '').length, 2);
    assert.deepEqual(searchActors(actors, 'zzzzqqq'), []);
  });
});

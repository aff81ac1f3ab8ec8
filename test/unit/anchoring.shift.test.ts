import * as assert from 'node:assert/strict';
import { anchorAt, verifyAnchor } from '../../src/core/annotations/anchor';
import type { Anchor } from '../../src/core/annotations/model';
import { shiftAnchors } from '../../src/core/annotations/shift';
import type { ContentChange } from '../../src/core/annotations/shift';
import { applyChange } from './anchoringGen';

const TEXT = 'Iraq and Iran sign pact.\r\n🇺🇦👨‍👩‍👧 Zelensky said Biden met Biden aides.\r\nBiden left.\r\n';
const find = (needle: string, nth = 0, text = TEXT): Anchor => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  return anchorAt(text, i, i + needle.length);
};

/** Applies one event (changes listed end-first, as VS Code does) to text and anchors. */
function edit(text: string, anchors: Anchor[], changes: ContentChange[]): [string, Anchor[]] {
  let t = text;
  for (const c of changes) t = applyChange(t, c);
  return [t, shiftAnchors(anchors, changes)];
}

suite('anchoring: edits inside the editor', () => {
  test('an edit before an anchor shifts it exactly (emoji, CRLF before it)', () => {
    const z = find('Zelensky');
    const [t, [a]] = edit(TEXT, [z], [{ rangeOffset: 0, rangeLength: 4, text: 'Syria 🇸🇾' }]);
    assert.equal(t.slice(a.start, a.end), 'Zelensky');
    assert.equal(a.state, undefined);
  });

  test('an edit after an anchor, or an insertion right at its end, leaves it untouched (same object)', () => {
    const z = find('Zelensky');
    const [, [a]] = edit(TEXT, [z], [{ rangeOffset: z.end, rangeLength: 0, text: 'XX' }]);
    assert.equal(a, z);
  });

  test('an insertion right at its start moves it', () => {
    const z = find('Zelensky');
    const [t, [a]] = edit(TEXT, [z], [{ rangeOffset: z.start, rangeLength: 0, text: 'President ' }]);
    assert.equal(t.slice(a.start, a.end), 'Zelensky');
  });

  test('multi-cursor / replace-all event: every occurrence replaced, other anchors exact', () => {
    const anchors = [find('Zelensky'), find('Biden', 0), find('aides'), find('left')];
    const hits = [...TEXT.matchAll(/Biden/g)].map((m) => m.index!).reverse();
    const [t, out] = edit(TEXT, anchors, hits.map((i) => ({ rangeOffset: i, rangeLength: 5, text: 'Joe Biden' })));
    assert.equal(t.slice(out[0].start, out[0].end), 'Zelensky');
    assert.equal(out[1].state, 'orphan', 'the whole quote was replaced');
    assert.equal(t.slice(out[2].start, out[2].end), 'aides');
    assert.equal(t.slice(out[3].start, out[3].end), 'left');
  });

  test('an edit inside: follows the text, state "edited", original kept; undo clears it', () => {
    const s = find('Zelensky said Biden met');
    const [t1, [a1]] = edit(TEXT, [s], [{ rangeOffset: s.start + 9, rangeLength: 4, text: 'claimed' }]);
    assert.equal(a1.state, 'edited');
    assert.equal(a1.exact, 'Zelensky claimed Biden met');
    assert.equal(a1.original, 'Zelensky said Biden met');
    assert.ok(verifyAnchor(t1, a1));
    const [t2, [a2]] = edit(t1, [a1], [{ rangeOffset: s.start + 9, rangeLength: 7, text: 'said' }]);
    assert.equal(t2, TEXT);
    assert.equal(a2.state, undefined);
    assert.equal(a2.original, undefined);
    assert.deepEqual(a2, s);
  });

  test('an edit overlapping one end keeps the surviving part', () => {
    const s = find('said Biden met');
    const [t1, [a]] = edit(TEXT, [s], [{ rangeOffset: s.start - 3, rangeLength: 8, text: 'Q' }]);
    assert.equal(a.exact, 'Biden met');
    assert.ok(verifyAnchor(t1, a));
    const [t2, [b]] = edit(TEXT, [s], [{ rangeOffset: s.end - 3, rangeLength: 10, text: '' }]);
    assert.equal(b.exact, 'said Biden ');
    assert.ok(verifyAnchor(t2, b));
  });

  test('deleting the whole quote orphans it (quote kept); undo re-attaches it at its place', () => {
    const b = find('Biden', 1);
    const del: ContentChange = { rangeOffset: b.start - 4, rangeLength: 15, text: '' };
    const removed = TEXT.slice(del.rangeOffset, del.rangeOffset + del.rangeLength);
    const [t1, [o]] = edit(TEXT, [b], [del]);
    assert.equal(o.state, 'orphan');
    assert.equal(o.exact, 'Biden');
    // Typing elsewhere, above it, moves the hint along.
    const [t2, [o2]] = edit(t1, [o], [{ rangeOffset: 0, rangeLength: 0, text: '>> ' }]);
    assert.equal(o2.state, 'orphan');
    // Undo: VS Code re-inserts the removed text at the same place.
    const [t3, [back]] = edit(t2, [o2], [{ rangeOffset: del.rangeOffset + 3, rangeLength: 0, text: removed }]);
    assert.equal(back.state, undefined);
    assert.equal(t3.slice(back.start, back.end), 'Biden');
    assert.equal(back.start, b.start + 3);
  });

  test('re-inserting a different "Biden" elsewhere does not re-attach an orphan', () => {
    const b = find('Biden', 1);
    const [t1, [o]] = edit(TEXT, [b], [{ rangeOffset: b.start, rangeLength: 5, text: '' }]);
    const [, [still]] = edit(t1, [o], [{ rangeOffset: 0, rangeLength: 0, text: 'Biden ' }]);
    assert.equal(still.state, 'orphan');
  });

  test('1,000 anchors through one edit: fast and exact', () => {
    const text = 'word '.repeat(20_000);
    const anchors = Array.from({ length: 1000 }, (_, i) => anchorAt(text, i * 100, i * 100 + 4));
    const t0 = performance.now();
    const out = shiftAnchors(anchors, [{ rangeOffset: 3, rangeLength: 0, text: 'xyz' }]);
    assert.ok(performance.now() - t0 < 50);
    const t = applyChange(text, { rangeOffset: 3, rangeLength: 0, text: 'xyz' });
    assert.ok(out.slice(1).every((a) => t.slice(a.start, a.end) === 'word'));
  });
});

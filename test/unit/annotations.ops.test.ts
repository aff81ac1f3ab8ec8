import * as assert from 'node:assert/strict';
import { verifyAnchor } from '../../src/core/annotations/anchor';
import { articleMatches } from '../../src/core/annotations/fingerprint';
import { reanchor } from '../../src/core/annotations/reanchor';
import { serializeSidecar } from '../../src/core/annotations/serialize';
import { shiftAnchors } from '../../src/core/annotations/shift';
import { applyAnchors, collectAnchors, snapshotForSave } from '../../src/core/annotations/sidecarOps';
import { parseSidecar } from '../../src/core/annotations/codec';
import { ARTICLE, sampleSidecar } from './annotationsHelpers';

suite('annotations: the editor round trip (collect → shift/reanchor → apply → snapshot → save → load)', () => {
  test('an edit in the editor, then a save: fingerprint and contexts describe the new text', () => {
    const s = sampleSidecar();
    const { refs, anchors } = collectAnchors(s);
    assert.equal(anchors.length, 5, '2 entities + 2 claims + 1 cue');
    const change = { rangeOffset: 0, rangeLength: 7, text: 'BASRA' };
    const text = 'BASRA' + ARTICLE.slice(7);
    const moved = applyAnchors(s, refs, shiftAnchors(anchors, [change]));
    const saved = snapshotForSave(moved, 'story.txt', text);
    assert.ok(articleMatches(saved.article, text));
    for (const a of collectAnchors(saved).anchors) assert.ok(verifyAnchor(text, a));
    assert.equal(saved.entities.find((e) => e.decision === 'rejected')!.anchor.prefix, 'BASRA (');
    const back = parseSidecar(serializeSidecar(saved));
    assert.deepEqual(back.quarantined, []);
    // Unchanged records keep their identity through applyAnchors.
    const same = applyAnchors(s, refs, anchors);
    assert.equal(same.claims[0], s.claims[0]);
  });

  test('loading against a rewritten article: re-anchored by quote and context', () => {
    const s = sampleSidecar();
    const text = 'UPDATE 2 -- ' + ARTICLE.replace(/\n/g, '\r\n');
    assert.equal(articleMatches(s.article, text), false);
    const { refs, anchors } = collectAnchors(s);
    const r = reanchor(undefined, text, anchors);
    // "Dispatches" sat 9 units from the start of the article: its context said "start of article", so it waits for review.
    assert.deepEqual(r.counts, { unchanged: 0, moved: 4, review: 1, orphan: 0 });
    const next = applyAnchors(s, refs, r.anchors);
    assert.equal(next.claims.find((c) => c.origin === 'user')!.anchor.exact, 'Tehran and Baghdad\r\nwould deepen security cooperation');
  });
});

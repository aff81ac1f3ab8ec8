import * as assert from 'node:assert/strict';
import { mergeSidecars } from '../../src/core/annotations/merge';
import type { ClaimRecord, Sidecar } from '../../src/core/annotations/model';
import { serializeSidecar } from '../../src/core/annotations/serialize';
import { sampleSidecar } from './annotationsHelpers';

const withClaims = (s: Sidecar, claims: ClaimRecord[]): Sidecar => ({ ...s, claims });
const claim = (s: Sidecar, i: number) => s.claims[i];

suite('annotations merge by id', () => {
  const base = sampleSidecar();
  const newClaim = (id: string, note: string): ClaimRecord => ({ ...claim(base, 0), id, note });

  test('additions on both sides are all kept (3-way and 2-way)', () => {
    const ours = withClaims(base, [...base.claims, newClaim('c-ours000001', 'ours')]);
    const theirs = withClaims(base, [...base.claims, newClaim('c-theirs0001', 'theirs')]);
    for (const b of [base, undefined]) {
      const m = mergeSidecars(b, ours, theirs);
      assert.equal(m.merged.claims.length, 4);
      assert.deepEqual(m.conflicts, []);
      assert.deepEqual(m.fromTheirs, ['c-theirs0001']);
    }
  });

  test('a change on one side wins over the unchanged other side', () => {
    const theirs = withClaims(base, [{ ...claim(base, 0), status: 'false' }, claim(base, 1)]);
    const m = mergeSidecars(base, base, theirs);
    assert.equal(m.merged.claims.find((c) => c.id === claim(base, 0).id)?.status, 'false');
    assert.deepEqual(m.conflicts, []);
  });

  test('deleted on one side and untouched on the other: deleted', () => {
    const ours = withClaims(base, [claim(base, 1)]);
    const m = mergeSidecars(base, ours, base);
    assert.equal(m.merged.claims.length, 1);
    assert.deepEqual(m.conflicts, []);
  });

  test('deleted on one side, changed on the other: the change is kept and reported', () => {
    const ours = withClaims(base, [claim(base, 1)]);
    const theirs = withClaims(base, [{ ...claim(base, 0), note: 'new evidence' }, claim(base, 1)]);
    const m = mergeSidecars(base, ours, theirs);
    assert.equal(m.merged.claims.length, 2);
    assert.equal(m.conflicts[0].reason, 'deleted-vs-changed');
    assert.equal(m.conflicts[0].kept, 'theirs');
  });

  test('changed on both sides: later modified wins, the loser is reported, both windows agree', () => {
    const ours = withClaims(base, [{ ...claim(base, 0), status: 'verified', modified: '2026-11-29T12:00:00.000Z' }, claim(base, 1)]);
    const theirs = withClaims(base, [{ ...claim(base, 0), status: 'false', modified: '2026-11-29T12:00:01.000Z' }, claim(base, 1)]);
    const a = mergeSidecars(base, ours, theirs), b = mergeSidecars(base, theirs, ours);
    assert.equal(a.merged.claims.find((c) => c.id === claim(base, 0).id)?.status, 'false');
    assert.equal(a.conflicts[0].kept, 'theirs');
    assert.equal((a.conflicts[0].dropped as ClaimRecord).status, 'verified');
    assert.equal(serializeSidecar(a.merged), serializeSidecar({ ...b.merged, article: a.merged.article }));
    // Same timestamps: still one deterministic answer from both sides.
    const o2 = withClaims(base, [{ ...claim(base, 0), note: 'x' }, claim(base, 1)]);
    const t2 = withClaims(base, [{ ...claim(base, 0), note: 'y' }, claim(base, 1)]);
    assert.equal(serializeSidecar(mergeSidecars(base, o2, t2).merged), serializeSidecar(mergeSidecars(base, t2, o2).merged));
  });

  test('two windows adding 200 annotations each to the same file keep all 400', () => {
    let disk = base;
    let a = base, b = base;
    let baseA = base, baseB = base;
    for (let i = 0; i < 200; i++) {
      a = withClaims(a, [...a.claims, newClaim(`c-a${String(i).padStart(8, '0')}`, 'a')]);
      const ma = mergeSidecars(baseA, a, disk); disk = ma.merged; a = disk; baseA = disk;
      b = withClaims(b, [...b.claims, newClaim(`c-b${String(i).padStart(8, '0')}`, 'b')]);
      const mb = mergeSidecars(baseB, b, disk); disk = mb.merged; b = disk; baseB = disk;
    }
    assert.equal(disk.claims.length, 402);
  });

  test('different article texts are flagged for re-anchoring', () => {
    const theirs = { ...base, article: { ...base.article, sha256: 'f'.repeat(64) } };
    assert.equal(mergeSidecars(base, base, theirs).articleDiffers, true);
  });
});

import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSidecar } from '../../src/core/annotations/codec';
import { decodeSidecarBytes } from '../../src/core/annotations/decode';
import { createIdGenerator, mulberry32 } from '../../src/core/annotations/ids';
import { mergeSidecars } from '../../src/core/annotations/merge';
import type { Sidecar } from '../../src/core/annotations/model';
import { serializeSidecar } from '../../src/core/annotations/serialize';
import { SaveError, atomicSave, backupCopy, moveAside, readWithStamp, toSaveError } from '../../src/storage/atomicFile';
import type { FileStamp } from '../../src/storage/atomicFile';
import { sampleSidecar } from './annotationsHelpers';

const verifySidecar = (bytes: Uint8Array): void => { parseSidecar(decodeSidecarBytes(bytes)); };

suite('atomicFile: atomic compare-before-replace saves', () => {
  let dir = '';
  let file = '';
  setup(() => { dir = mkdtempSync(join(tmpdir(), 'atomic-')); file = join(dir, 'story.txt.annotations.json'); });
  teardown(() => { try { chmodSync(dir, 0o755); } catch { /* gone */ } rmSync(dir, { recursive: true, force: true }); });

  test('creates, reads back with a stamp, replaces; no temp or lock file left', async () => {
    const first = await atomicSave(file, 'one\n', { expected: null });
    assert.equal(first.status, 'saved');
    const read = await readWithStamp(file);
    assert.equal(Buffer.from(read!.bytes).toString(), 'one\n');
    const second = await atomicSave(file, 'two\n', { expected: read!.stamp });
    assert.equal(second.status, 'saved');
    assert.equal(readFileSync(file, 'utf8'), 'two\n');
    assert.deepEqual(readdirSync(dir), ['story.txt.annotations.json']);
  });

  test('changed on disk since our read → conflict with the new content, file untouched', async () => {
    await atomicSave(file, 'base\n');
    const ours = (await readWithStamp(file))!.stamp;
    writeFileSync(file, 'theirs\n');
    const r = await atomicSave(file, 'mine\n', { expected: ours });
    assert.equal(r.status, 'conflict');
    assert.equal(r.status === 'conflict' && Buffer.from(r.current!.bytes).toString(), 'theirs\n');
    assert.equal(readFileSync(file, 'utf8'), 'theirs\n');
    // Created by someone else while we thought there was none.
    assert.equal((await atomicSave(file, 'x', { expected: null })).status, 'conflict');
    // Deleted by someone else.
    rmSync(file);
    const gone = await atomicSave(file, 'x', { expected: ours });
    assert.ok(gone.status === 'conflict' && gone.current === undefined);
  });

  test('content that does not re-parse is never renamed over the file', async () => {
    await atomicSave(file, serializeSidecar(sampleSidecar()));
    const before = readFileSync(file, 'utf8');
    await assert.rejects(atomicSave(file, '{"schemaVersion": 1, "article": ', { verify: verifySidecar }), (e: unknown) => e instanceof SaveError && e.code === 'verify-failed');
    assert.equal(readFileSync(file, 'utf8'), before);
    assert.deepEqual(readdirSync(dir), ['story.txt.annotations.json']);
  });

  test('read-only folder → a typed "permission" error, nothing written', async function () {
    if (process.getuid?.() === 0) this.skip(); // root ignores permissions
    await atomicSave(file, 'old\n');
    chmodSync(dir, 0o555);
    await assert.rejects(atomicSave(file, 'new\n'), (e: unknown) => e instanceof SaveError && (e.code === 'permission' || e.code === 'read-only'));
    assert.equal(readFileSync(file, 'utf8'), 'old\n');
  });

  test('file-system errors map to typed save errors (EROFS, EACCES, ENOSPC)', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    assert.equal(toSaveError(err('EROFS'), 'x').code, 'read-only');
    assert.equal(toSaveError(err('EACCES'), 'x').code, 'permission');
    assert.equal(toSaveError(err('EPERM'), 'x').code, 'permission');
    assert.equal(toSaveError(err('ENOSPC'), 'x').code, 'disk-full');
    assert.equal(toSaveError(err('EIO'), 'x').code, 'io');
    assert.match(toSaveError(err('ENOSPC'), 'cannot save a.json').message, /cannot save a\.json: the disk is full/);
  });

  test('a lock held by a live writer → "locked" after the wait; a dead writer\'s lock is taken over', async () => {
    writeFileSync(`${file}.lock`, `${process.pid}\n${new Date().toISOString()}\n`);
    await assert.rejects(atomicSave(file, 'x', { lockWaitMs: 80 }), (e: unknown) => e instanceof SaveError && e.code === 'locked');
    writeFileSync(`${file}.lock`, '999999999\n2020-01-01T00:00:00.000Z\n');
    assert.equal((await atomicSave(file, 'x', { lockWaitMs: 80 })).status, 'saved');
  });

  test('temp files of dead writers are cleaned up', async () => {
    writeFileSync(join(dir, '.story.txt.annotations.json.999999999.abc.tmp'), 'half');
    await atomicSave(file, 'x');
    assert.deepEqual(readdirSync(dir), ['story.txt.annotations.json']);
  });

  test('two windows doing read-modify-write with conflict → merge → retry keep all 2 × 20 annotations', async () => {
    const base = sampleSidecar();
    await atomicSave(file, serializeSidecar(base), { expected: null });
    const window = async (seed: number): Promise<void> => {
      const ids = createIdGenerator(mulberry32(seed));
      let last = await readWithStamp(file);
      let known: Sidecar = parseSidecar(decodeSidecarBytes(last!.bytes)).sidecar;
      let stamp: FileStamp = last!.stamp;
      let mine = known;
      for (let i = 0; i < 20; i++) {
        mine = { ...mine, claims: [...mine.claims, { ...base.claims[0], id: ids('c'), note: `w${seed} ${i}` }] };
        for (;;) {
          const r = await atomicSave(file, serializeSidecar(mine), { expected: stamp, verify: verifySidecar, lockWaitMs: 5000 });
          if (r.status === 'saved') { stamp = r.stamp; known = mine; break; }
          last = r.current;
          const theirs = parseSidecar(decodeSidecarBytes(last!.bytes)).sidecar;
          mine = mergeSidecars(known, mine, theirs).merged;
          known = theirs;
          stamp = last!.stamp;
        }
        await new Promise((res) => setImmediate(res));
      }
    };
    await Promise.all([window(101), window(102)]); // seeds other than the sample's, or the ids would collide
    const final = parseSidecar(readFileSync(file, 'utf8')).sidecar;
    assert.equal(final.claims.length, base.claims.length + 40);
  });

  test('moveAside and backupCopy keep the original bytes under a new name', async () => {
    writeFileSync(file, '<<<<<<< HEAD\n');
    const copy = await backupCopy(file, new Date('2026-11-29T16:16:42Z'));
    assert.match(copy, /\.bak-20261129T161642Z$/);
    const moved = await moveAside(file, 'broken', new Date('2026-11-29T16:16:42Z'));
    assert.match(moved, /\.broken-20261129T161642Z$/);
    assert.equal(existsSync(file), false);
    assert.equal(readFileSync(moved, 'utf8'), '<<<<<<< HEAD\n');
    assert.equal(readFileSync(copy, 'utf8'), '<<<<<<< HEAD\n');
  });
});

/**
 * Atomic, compare-before-replace file writes on a local disk (Node fs; the editor uses it for `file:` URIs, where
 * `workspace.fs` has no atomic replace).
 *
 * save = take the lock (`<file>.lock`, O_EXCL; stale when its process is gone or it is older than staleLockMs)
 *      → read the current file and compare with the stamp of what the caller last read: changed → 'conflict' with
 *        the current content, the caller merges by id and saves again
 *      → temp file in the same folder, write, fsync, re-read and verify (the caller re-parses it)
 *      → rename over the target (atomic on POSIX and NTFS), fsync the folder → release the lock.
 * A crash at any moment leaves the old file or the new file, complete, plus at most a temp file (cleaned up later).
 */
import { createHash } from 'node:crypto';
import { promises as fs, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What we know about a file version we read or wrote. */
export interface FileStamp { size: number; mtimeMs: number; sha256: string }

export interface ReadResult { bytes: Uint8Array; stamp: FileStamp }

export type SaveErrorCode = 'read-only' | 'permission' | 'disk-full' | 'locked' | 'verify-failed' | 'io';

export class SaveError extends Error {
  constructor(readonly code: SaveErrorCode, message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'SaveError';
  }
}

export type SaveOutcome =
  | { status: 'saved'; stamp: FileStamp }
  /** The file changed since `expected`: `current` is what is there now (undefined: it was deleted). */
  | { status: 'conflict'; current: ReadResult | undefined };

export interface SaveOptions {
  /** Stamp of the version the caller last read; null = the caller believes there is no file; undefined = no check. */
  expected?: FileStamp | null;
  /** Called with the temp file's bytes as read back from disk; throw to abort (e.g. they do not parse). */
  verify?: (bytes: Uint8Array) => void;
  /** How long to wait for another writer's lock. */
  lockWaitMs?: number;
  /** A lock older than this is taken over even when its owner cannot be checked. */
  staleLockMs?: number;
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A file-system error as a typed SaveError (`what` says which operation failed). */
export function toSaveError(e: unknown, what: string): SaveError {
  if (e instanceof SaveError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EROFS') return new SaveError('read-only', `${what}: the folder is on a read-only file system`, e);
  if (code === 'EACCES' || code === 'EPERM') return new SaveError('permission', `${what}: permission denied`, e);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new SaveError('disk-full', `${what}: the disk is full`, e);
  return new SaveError('io', `${what}: ${(e as Error)?.message ?? String(e)}`, e);
}

/** Reads a file with its stamp; undefined when it does not exist. */
export async function readWithStamp(path: string): Promise<ReadResult | undefined> {
  try {
    const bytes = await fs.readFile(path);
    const st = await fs.stat(path);
    return { bytes, stamp: { size: bytes.length, mtimeMs: st.mtimeMs, sha256: sha(bytes) } };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw toSaveError(e, `cannot read ${basename(path)}`);
  }
}

function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

const EMPTY_LOCK_STALE_MS = 1000;

async function acquireLock(lockPath: string, waitMs: number, staleMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fh = await fs.open(lockPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
      try { await fh.writeFile(`${process.pid}\n${new Date().toISOString()}\n`); } finally { await fh.close(); }
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw toSaveError(e, `cannot lock ${basename(lockPath)}`);
    }
    let stale = false;
    try {
      const [text, st] = await Promise.all([fs.readFile(lockPath, 'utf8'), fs.stat(lockPath)]);
      const pid = Number(text.split('\n')[0]);
      const age = Date.now() - st.mtimeMs;
      // A writer killed between creating the lock and writing its pid leaves an empty lock: stale after a moment.
      stale = age > staleMs || (text.includes('\n') ? pid !== process.pid && !processAlive(pid) : age > EMPTY_LOCK_STALE_MS);
    } catch { continue; /* released meanwhile */ }
    if (stale) { await fs.rm(lockPath, { force: true }); continue; }
    if (Date.now() >= deadline) throw new SaveError('locked', `${basename(lockPath)} is held by another writer`);
    await sleep(15 + Math.random() * 20);
  }
}

function sameVersion(expected: FileStamp | null | undefined, current: ReadResult | undefined): boolean {
  if (expected === undefined) return true;
  if (expected === null) return current === undefined;
  return current !== undefined && current.stamp.size === expected.size && current.stamp.sha256 === expected.sha256;
}

/** Temp files of this target left by processes that died mid-save. */
async function removeDeadTemps(dir: string, base: string): Promise<void> {
  let names: string[];
  try { names = await fs.readdir(dir); } catch { return; }
  const prefix = `.${base}.`;
  for (const n of names) {
    if (!n.startsWith(prefix) || !n.endsWith('.tmp')) continue;
    const pid = Number(n.slice(prefix.length).split('.')[0]);
    if (pid !== process.pid && !processAlive(pid)) await fs.rm(join(dir, n), { force: true }).catch(() => undefined);
  }
}

/** Writes `content` to `path` atomically if the file is still the version the caller expects. */
export async function atomicSave(path: string, content: string | Uint8Array, options: SaveOptions = {}): Promise<SaveOutcome> {
  const dir = dirname(path), base = basename(path);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const lockPath = `${path}.lock`;
  await acquireLock(lockPath, options.lockWaitMs ?? 3000, options.staleLockMs ?? 30_000);
  const tmp = join(dir, `.${base}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    const current = await readWithStamp(path);
    if (!sameVersion(options.expected, current)) return { status: 'conflict', current };
    await removeDeadTemps(dir, base);
    const fh = await fs.open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644).catch((e) => { throw toSaveError(e, `cannot save ${base}`); });
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } catch (e) {
      throw toSaveError(e, `cannot save ${base}`);
    } finally {
      await fh.close();
    }
    const back = await fs.readFile(tmp);
    if (!Buffer.from(back).equals(Buffer.from(bytes))) throw new SaveError('verify-failed', `${base}: the file read back differs from what was written`);
    try { options.verify?.(back); } catch (e) { throw new SaveError('verify-failed', `${base}: refusing to save data that does not read back: ${(e as Error).message}`, e); }
    await fs.rename(tmp, path).catch((e) => { throw toSaveError(e, `cannot save ${base}`); });
    await fsyncDir(dir);
    const st = await fs.stat(path);
    return { status: 'saved', stamp: { size: bytes.length, mtimeMs: st.mtimeMs, sha256: sha(bytes) } };
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw toSaveError(e, `cannot save ${base}`);
  } finally {
    await fs.rm(lockPath, { force: true }).catch(() => undefined);
  }
}

async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there; rename is durable enough
  const fh = await fs.open(dir, 'r');
  try { await fh.sync(); } catch { /* some file systems refuse fsync on a directory */ } finally { await fh.close(); }
}

/**
 * Moves a file aside (`story.txt.annotations.json` → `story.txt.annotations.json.broken-20261129T161642Z`), for
 * "start fresh" on a sidecar that cannot be read. Returns the new path.
 */
export async function moveAside(path: string, label = 'broken', now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let target = `${path}.${label}-${stamp}`;
  for (let i = 1; await exists(target); i++) target = `${path}.${label}-${stamp}-${i}`;
  await fs.rename(path, target).catch((e) => { throw toSaveError(e, `cannot move ${basename(path)} aside`); });
  return target;
}

/** Copies a file aside (`….bak-<time>`) before the first write of a migrated or cleaned sidecar. */
export async function backupCopy(path: string, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let target = `${path}.bak-${stamp}`;
  for (let i = 1; await exists(target); i++) target = `${path}.bak-${stamp}-${i}`;
  await fs.copyFile(path, target, constants.COPYFILE_EXCL).catch((e) => { throw toSaveError(e, `cannot back up ${basename(path)}`); });
  return target;
}

async function exists(p: string): Promise<boolean> {
  try { await fs.lstat(p); return true; } catch { return false; }
}

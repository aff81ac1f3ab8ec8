/**
 * The article texts our sidecars were last written for, kept in the extension's own storage folder (never next
 * to the article), keyed by their SHA-256. When an article changed while it was closed (git pull, another
 * editor), the text the sidecar describes is looked up here so re-anchoring can diff old against new instead of
 * searching for quotes alone (which leaves several times more orphans). Losing this store loses nothing: the
 * quote-and-context search still runs.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

export interface ArticleTextStoreLimits {
  /** Texts kept at most; the least recently used go first. */
  readonly maxTexts: number;
  /** Total UTF-8 bytes kept at most. */
  readonly maxBytes: number;
}

const DEFAULT_LIMITS: ArticleTextStoreLimits = { maxTexts: 200, maxBytes: 200 * 1024 * 1024 };
const NAME = /^[0-9a-f]{64}\.txt$/;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class ArticleTextStore {
  /** Off: nothing is kept or looked up (the user's setting, for sensitive material); quote search still works. */
  enabled = true;

  /** Writes under way; clear() waits for them so a copy being written as the user deletes them all is deleted too. */
  private readonly _writing = new Set<Promise<void>>();

  constructor(private readonly _folder: string, private readonly _limits: ArticleTextStoreLimits = DEFAULT_LIMITS) {}

  /** Keeps `text` (whose UTF-8 SHA-256 is its key); failures are ignored: this store is only a help. */
  async remember(text: string): Promise<void> {
    if (!this.enabled) return;
    const writing = this._write(text);
    this._writing.add(writing);
    try {
      await writing;
    } finally {
      this._writing.delete(writing);
    }
  }

  private async _write(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length > this._limits.maxBytes) return;
    const file = join(this._folder, `${sha256(bytes)}.txt`);
    try {
      await fs.mkdir(this._folder, { recursive: true });
      try {
        const now = new Date();
        await fs.utimes(file, now, now); // already kept: mark it recently used
        return;
      } catch { /* not kept yet */ }
      const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(temp, bytes);
      await fs.rename(temp, file);
      await this._prune();
    } catch { /* a full disk or a read-only profile: re-anchoring falls back to quote search */ }
  }

  /** The text with this SHA-256, if kept and intact. A copy still being written (a save a moment ago, then the
   * article reopened) is waited for, or the reload would fall back to quote search. */
  async recall(sha: string): Promise<string | undefined> {
    if (!this.enabled || !/^[0-9a-f]{64}$/.test(sha)) return undefined;
    if (this._writing.size > 0) await Promise.all(this._writing);
    try {
      const bytes = await fs.readFile(join(this._folder, `${sha}.txt`));
      return sha256(bytes) === sha ? bytes.toString('utf8') : undefined;
    } catch {
      return undefined;
    }
  }

  /** Deletes every kept text (and leftover temp files); returns how many texts were deleted. */
  async clear(): Promise<number> {
    await Promise.all(this._writing);
    let names: string[];
    try {
      names = await fs.readdir(this._folder);
    } catch {
      return 0; // nothing was ever kept
    }
    const ours = names.filter((n) => NAME.test(n) || /^[0-9a-f]{64}\.txt\.\d+\.\d+\.tmp$/.test(n));
    await Promise.all(ours.map((n) => fs.rm(join(this._folder, n), { force: true })));
    return ours.filter((n) => NAME.test(n)).length;
  }

  private async _prune(): Promise<void> {
    const names = (await fs.readdir(this._folder)).filter((n) => NAME.test(n));
    const files = await Promise.all(names.map(async (n) => {
      const st = await fs.stat(join(this._folder, n)).catch(() => undefined);
      return { path: join(this._folder, n), size: st?.size ?? 0, used: st?.mtimeMs ?? 0 };
    }));
    files.sort((a, b) => b.used - a.used || (a.path < b.path ? -1 : 1));
    let total = 0;
    for (let i = 0; i < files.length; i++) {
      total += files[i].size;
      if (i >= this._limits.maxTexts || total > this._limits.maxBytes) await fs.rm(files[i].path, { force: true });
    }
  }
}

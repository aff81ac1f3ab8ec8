import * as vscode from 'vscode';
import type { Sidecar } from '../../core/annotations/model';
import { emptySidecar, SCHEMA_VERSION } from '../../core/annotations/model';
import { SidecarError } from '../../core/annotations/errors';
import { decodeSidecarBytes } from '../../core/annotations/decode';
import { parseSidecar } from '../../core/annotations/codec';
import { serializeSidecar } from '../../core/annotations/serialize';
import { mergeSidecars } from '../../core/annotations/merge';
import { articleMatches, fingerprintArticle } from '../../core/annotations/fingerprint';
import { reanchor } from '../../core/annotations/reanchor';
import { shiftAnchors } from '../../core/annotations/shift';
import type { ContentChange } from '../../core/annotations/shift';
import { applyAnchors, collectAnchors, snapshotForSave } from '../../core/annotations/sidecarOps';
import type { FileStamp } from '../../storage/atomicFile';
import { backupCopy, SaveError } from '../../storage/atomicFile';
import type { ArticleTextStore } from '../../storage/articleTextStore';
import { readSidecar, writeSidecar } from './sidecarFiles';

export type SidecarHealth =
  | { readonly kind: 'ok' }
  /** Loaded, but never written: a newer schema, records we could not read, or an untrusted workspace. */
  | { readonly kind: 'read-only'; readonly reason: string }
  /** The file could not be parsed: nothing of it is shown and it is never overwritten. */
  | { readonly kind: 'broken'; readonly reason: string }
  /** Changes are kept in memory but the last save failed. */
  | { readonly kind: 'cannot-save'; readonly reason: string };

const SAVE_DELAY_MS = 400;
const MAX_UNDO = 50;

/**
 * One article's user annotations: loaded from its sidecar, kept in step with edits (anchors shifted exactly,
 * re-anchored when the article changed outside the editor), saved debounced and atomically with a merge by id
 * when the file changed on disk, and undoable. It never overwrites a file it could not fully read.
 */
export class SidecarSession implements vscode.Disposable {
  private _sidecar: Sidecar | undefined;
  private _health: SidecarHealth = { kind: 'ok' };
  private _stamp: FileStamp | null | undefined; // null: we believe there is no file
  private _base: Sidecar | undefined; // what is on disk as we last read or wrote it
  private _dirty = false;
  private _changes = 0; // counts in-memory changes, so a save knows whether one happened while it was writing
  private _saveTimer: ReturnType<typeof setTimeout> | undefined;
  private _saving: Promise<void> | undefined;
  private readonly _undo: Sidecar[] = [];
  private readonly _redo: Sidecar[] = [];
  private _lastWritten: string | undefined;
  private _backupBeforeWrite = false; // an older schema was migrated: keep a copy of the original first
  private _badRecords = 0; // records of the file on disk that could not be read (the file is read-only meanwhile)
  /** Hash of the file whose unreadable records the user set aside: reading that same file again keeps it editable. */
  private _setAsideSha: string | undefined;
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this._onDidChange.event;
  /** Settles once the first load finished. */
  readonly loaded: Promise<void>;

  constructor(
    readonly uri: vscode.Uri,
    private readonly _document: vscode.TextDocument,
    private readonly _canWrite: () => boolean,
    /** Texts our sidecars were written for, so an article changed while closed is re-anchored by diff. */
    private readonly _texts?: ArticleTextStore,
  ) {
    this.loaded = this.reload();
  }

  get sidecar(): Sidecar | undefined { return this._sidecar; }
  get health(): SidecarHealth { return this._health; }
  get dirty(): boolean { return this._dirty; }
  /** Read-only because some records of the file could not be read (see setBadRecordsAside). */
  get hasBadRecords(): boolean { return this._health.kind === 'read-only' && this._badRecords > 0; }
  get canUndo(): boolean { return this._undo.length > 0; }
  get canRedo(): boolean { return this._redo.length > 0; }
  private get _articleName(): string { return this._document.uri.path.slice(this._document.uri.path.lastIndexOf('/') + 1); }

  /** Why a change cannot be made now, or undefined when it can. */
  get blockedReason(): string | undefined {
    if (this._health.kind === 'broken') return `The annotation file could not be read (${this._health.reason}). Run "News Annotator: Move Broken Annotation File Aside" to start fresh.`;
    if (this._health.kind === 'read-only') {
      const way = this._badRecords > 0 ? ' Run "News Annotator: Set Unreadable Annotation Records Aside" to keep a copy of the file and edit the rest.' : '';
      return `Annotations are read-only: ${this._health.reason}.${way}`;
    }
    if (!this._canWrite()) return 'Annotations are read-only in Restricted Mode; trust the workspace to edit them.';
    return undefined;
  }

  /** Applies a change to the annotations (undoable) and schedules a save. Throws if changes are blocked. */
  update(change: (sidecar: Sidecar) => Sidecar): void {
    const blocked = this.blockedReason;
    if (blocked) throw new Error(blocked);
    const before = this._sidecar ?? emptySidecar(fingerprintArticle(this._articleName, this._document.getText()));
    const after = change(before);
    if (after === before) return;
    this._undo.push(before);
    if (this._undo.length > MAX_UNDO) this._undo.shift();
    this._redo.length = 0;
    this._set(after);
  }

  undo(): boolean {
    const previous = this._undo.pop();
    if (!previous || this.blockedReason) return false;
    if (this._sidecar) this._redo.push(this._sidecar);
    this._set(previous);
    return true;
  }

  redo(): boolean {
    const next = this._redo.pop();
    if (!next || this.blockedReason) return false;
    if (this._sidecar) this._undo.push(this._sidecar);
    this._set(next);
    return true;
  }

  /** Keeps anchors exact through edits in the editor (undo/redo, multi-cursor and replace-all included). */
  shift(changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    if (!this._sidecar || changes.length === 0) return;
    // The changes of one event all refer to the text before it and do not overlap; applied from the end of
    // the text backwards, each leaves the offsets of the next one valid.
    const ordered: ContentChange[] = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset)
      .map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text }));
    const shift = (sidecar: Sidecar): Sidecar => {
      const { refs, anchors } = collectAnchors(sidecar);
      return anchors.length === 0 ? sidecar : applyAnchors(sidecar, refs, shiftAnchors(anchors, ordered));
    };
    this._sidecar = shift(this._sidecar);
    // Text that reappears (undo of a deletion, a reload from disk that rewrote a paragraph) may carry detached
    // annotations: try to place them again, by verified quote and context only.
    if (changes.some((c) => c.text.length > 0)) this._sidecar = this._reanchorDetached(this._sidecar);
    // Undo snapshots follow the text too, so undoing an annotation after typing restores it at the right place.
    for (const stack of [this._undo, this._redo]) for (let i = 0; i < stack.length; i++) stack[i] = shift(stack[i]);
    // Offsets now describe the editor's text; write them when the article itself is saved (see onArticleSaved).
    this._dirty = true;
    this._changes++;
    if (!this._document.isDirty) this._scheduleSave();
  }

  /** The article was saved: the sidecar's offsets and fingerprint can now describe the file on disk. */
  onArticleSaved(): void {
    if (this._dirty) this._scheduleSave();
  }

  /** Reads the sidecar from disk (first load, or after a change on disk) and merges unsaved changes by id. */
  async reload(retried = false): Promise<void> {
    let read;
    try {
      read = await readSidecar(this.uri);
    } catch (e) {
      this._health = { kind: 'broken', reason: e instanceof Error ? e.message : String(e) };
      this._onDidChange.fire();
      return;
    }
    if (!read) {
      this._stamp = null;
      this._base = undefined;
      if (!this._dirty) this._sidecar = undefined;
      this._health = { kind: 'ok' };
      this._onDidChange.fire();
      return;
    }
    let theirs: Sidecar;
    try {
      const text = decodeSidecarBytes(read.bytes);
      if (text === this._lastWritten && this._stamp && read.stamp && read.stamp.sha256 === this._stamp.sha256) return; // our own write
      const parsed = parseSidecar(text, { articleName: this._articleName });
      theirs = parsed.sidecar;
      this._backupBeforeWrite = parsed.needsBackupBeforeWrite;
      // A late file event can re-read the very file whose bad records the user just set aside: it stays set aside.
      const setAside = parsed.readOnlyReason === 'bad-records' && read.stamp?.sha256 === this._setAsideSha && this._setAsideSha !== undefined;
      if (setAside) this._backupBeforeWrite = false;
      this._badRecords = parsed.readOnlyReason === 'bad-records' && !setAside ? parsed.quarantined.length : 0;
      this._health = parsed.readOnly && !setAside
        ? { kind: 'read-only', reason: parsed.readOnlyReason === 'newer-version' ? `the file was written by a newer version of News Annotator (schema ${parsed.sidecar.schemaVersion} > ${SCHEMA_VERSION})` : `${parsed.quarantined.length} record(s) could not be read: ${parsed.quarantined.slice(0, 3).map((q) => q.reason).join('; ')}` }
        : { kind: 'ok' };
    } catch (e) {
      const reason = e instanceof SidecarError ? e.message : e instanceof Error ? e.message : String(e);
      this._health = { kind: 'broken', reason };
      this._stamp = read.stamp;
      this._onDidChange.fire();
      // Another program may be half-way through writing it: look once more before leaving it broken.
      if (!retried) setTimeout(() => void this.reload(true), 500);
      return;
    }
    // The text the sidecar was written for, if we kept it, lets an article changed while closed be re-anchored by
    // diff. Only that case waits: an unchanged article goes straight on (no await between reading and merging).
    const matches = articleMatches(theirs.article, this._document.getText());
    const oldText = matches ? undefined : await this._texts?.recall(theirs.article.sha256);
    theirs = this._placeAnchors(theirs, matches, oldText);
    this._stamp = read.stamp;
    if (this._dirty && this._sidecar) {
      this._sidecar = mergeSidecars(this._base, this._sidecar, theirs).merged;
    } else {
      this._sidecar = theirs;
    }
    this._base = theirs;
    this._onDidChange.fire();
  }

  /**
   * The user's way out of a file with unreadable records: a complete copy of the file is kept next to it, then
   * the records that could be read become editable and the next save writes them without the bad ones.
   * Returns the copy's path, or undefined when there is nothing to set aside.
   */
  async setBadRecordsAside(): Promise<string | undefined> {
    if (!this.hasBadRecords || this.uri.scheme !== 'file') return undefined;
    const copy = await backupCopy(this.uri.fsPath);
    this._setAsideSha = this._stamp?.sha256;
    this._badRecords = 0;
    this._backupBeforeWrite = false;
    this._health = { kind: 'ok' };
    this._scheduleSave();
    this._onDidChange.fire();
    await this.save();
    return copy;
  }

  /** Saves now if there are unsaved changes (also used on demand). */
  async save(): Promise<void> {
    clearTimeout(this._saveTimer);
    if (this._saving) await this._saving;
    if (!this._dirty || !this._sidecar || this.blockedReason) return;
    this._saving = this._doSave().finally(() => { this._saving = undefined; });
    await this._saving;
  }

  dispose(): void {
    clearTimeout(this._saveTimer);
    void this.save();
    this._onDidChange.dispose();
  }

  private _set(sidecar: Sidecar): void {
    this._sidecar = sidecar;
    this._scheduleSave();
    this._onDidChange.fire();
  }

  private _scheduleSave(): void {
    this._dirty = true;
    this._changes++;
    clearTimeout(this._saveTimer);
    this._saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  private async _doSave(): Promise<void> {
    if (this._backupBeforeWrite && this.uri.scheme === 'file') {
      try {
        await backupCopy(this.uri.fsPath);
        this._backupBeforeWrite = false;
      } catch (e) {
        this._health = { kind: 'cannot-save', reason: `could not back up the older annotation file first: ${e instanceof Error ? e.message : String(e)}` };
        this._onDidChange.fire();
        return;
      }
    }
    for (let attempt = 0; attempt < 4; attempt++) {
      const changesAtSnapshot = this._changes;
      const articleText = this._document.getText();
      const ours = snapshotForSave(this._sidecar!, this._articleName, articleText);
      const content = serializeSidecar(ours);
      try {
        const outcome = await writeSidecar(this.uri, content, this._stamp, (bytes) => { parseSidecar(decodeSidecarBytes(bytes)); });
        if (outcome.status === 'saved') {
          void this._texts?.remember(articleText);
          this._stamp = outcome.stamp;
          this._lastWritten = content;
          this._base = ours;
          // A change made while this was being written is not in it: stay dirty (its own save timer is running).
          this._dirty = this._changes !== changesAtSnapshot;
          if (this._health.kind === 'cannot-save') { this._health = { kind: 'ok' }; this._onDidChange.fire(); }
          return;
        }
        // Changed on disk since we read it (another window, git pull): merge by id and try again.
        await this.reload();
        if (this._health.kind !== 'ok') return;
      } catch (e) {
        const reason = e instanceof SaveError ? describeSaveError(e) : e instanceof Error ? e.message : String(e);
        this._health = { kind: 'cannot-save', reason };
        this._onDidChange.fire();
        return; // no retry storm: the next change (or Save Annotations) tries again
      }
    }
  }

  /** Tries to place detached anchors (orphans, needs-review) again; attached ones are left as they are. */
  private _reanchorDetached(sidecar: Sidecar): Sidecar {
    const { refs, anchors } = collectAnchors(sidecar);
    const detached = anchors.flatMap((a, i) => (a.state === 'orphan' || a.state === 'review' ? [i] : []));
    if (detached.length === 0) return sidecar;
    const placed = reanchor(undefined, this._document.getText(), detached.map((i) => anchors[i])).anchors;
    const next = anchors.slice();
    detached.forEach((i, k) => { next[i] = placed[k]; });
    return applyAnchors(sidecar, refs, next);
  }

  /** Re-anchors when the article is not the text the sidecar was written for (changed outside the editor). */
  private _placeAnchors(sidecar: Sidecar, matches: boolean, oldText: string | undefined): Sidecar {
    if (matches) {
      if (!this._document.isDirty) void this._texts?.remember(this._document.getText());
      return sidecar;
    }
    const { refs, anchors } = collectAnchors(sidecar);
    if (anchors.length === 0) return sidecar;
    const result = reanchor(oldText, this._document.getText(), anchors);
    return applyAnchors(sidecar, refs, result.anchors);
  }
}

function describeSaveError(e: SaveError): string {
  switch (e.code) {
    case 'read-only': return 'the folder is read-only';
    case 'permission': return 'permission denied';
    case 'disk-full': return 'the disk is full';
    case 'locked': return 'another process holds the annotation file lock';
    default: return e.message;
  }
}

import * as vscode from 'vscode';
import { deleteRecord, reattachRecord } from '../../core/overlay/userEdits';
import { moveAside } from '../../storage/atomicFile';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { articleContext, commit, selectedSpan, spanArg } from './articleContext';
import type { Anchor } from '../../core/annotations/model';
import type { Candidate } from '../../core/annotations/reanchor';
import { reattachCandidates } from '../../core/annotations/reattach';
import type { Span } from '../../core/types';

async function activeSession(registry: ArticleRegistry) {
  const editor = vscode.window.activeTextEditor;
  return editor ? registry.get(editor.document.uri)?.session : undefined;
}

export async function undoAnnotationCommand(registry: ArticleRegistry): Promise<boolean> {
  const session = await activeSession(registry);
  const done = session?.undo() ?? false;
  vscode.window.setStatusBarMessage(done ? 'News Annotator: annotation change undone' : 'News Annotator: nothing to undo', 3000);
  return done;
}

export async function redoAnnotationCommand(registry: ArticleRegistry): Promise<boolean> {
  const session = await activeSession(registry);
  const done = session?.redo() ?? false;
  vscode.window.setStatusBarMessage(done ? 'News Annotator: annotation change redone' : 'News Annotator: nothing to redo', 3000);
  return done;
}

/** Save the annotations now (they also save by themselves shortly after each change). */
export async function saveAnnotationsCommand(registry: ArticleRegistry): Promise<boolean> {
  const session = await activeSession(registry);
  if (!session) return false;
  await session.save();
  if (session.health.kind !== 'ok') void vscode.window.showWarningMessage(`News Annotator: annotations not saved: ${session.health.reason}. They are kept in memory.`);
  return session.health.kind === 'ok' && !session.dirty;
}

/** A sidecar that cannot be read is never overwritten: this moves it aside (kept, renamed) and starts fresh. */
export async function moveBrokenAsideCommand(registry: ArticleRegistry, confirm?: unknown): Promise<string | undefined> {
  const session = await activeSession(registry);
  if (!session || session.health.kind !== 'broken') {
    void vscode.window.showInformationMessage('The annotation file of this article is not broken.');
    return undefined;
  }
  if (session.uri.scheme !== 'file') return undefined;
  if (confirm !== true) {
    const answer = await vscode.window.showWarningMessage(`Move the unreadable annotation file aside and start with no annotations? The file is kept under a new name.`, { modal: true }, 'Move Aside');
    if (answer !== 'Move Aside') return undefined;
  }
  const target = await moveAside(session.uri.fsPath);
  await session.reload();
  void vscode.window.showInformationMessage(`News Annotator: the broken annotation file was moved to ${target.slice(target.lastIndexOf('/') + 1)}.`);
  return target;
}

/** A sidecar with unreadable records is read-only: this keeps a copy of it and makes the readable rest editable. */
export async function setBadRecordsAsideCommand(registry: ArticleRegistry, confirm?: unknown): Promise<string | undefined> {
  const session = await activeSession(registry);
  if (!session?.hasBadRecords) {
    void vscode.window.showInformationMessage('The annotation file of this article has no unreadable records to set aside.');
    return undefined;
  }
  if (confirm !== true) {
    const reason = session.health.kind === 'read-only' ? `${session.health.reason}. ` : '';
    const answer = await vscode.window.showWarningMessage(`${reason}Keep a copy of the whole file next to it, and from now on save the annotations without the unreadable records?`, { modal: true }, 'Set Aside and Edit');
    if (answer !== 'Set Aside and Edit') return undefined;
  }
  const copy = await session.setBadRecordsAside();
  if (copy) void vscode.window.showInformationMessage(`News Annotator: the original annotation file is kept as ${copy.slice(copy.lastIndexOf('/') + 1)}; the readable annotations are editable again.`);
  return copy;
}

/**
 * Re-attach a detached annotation: to the place given (a quick fix), else to the selection, else to a place the
 * user picks among those that still have its exact quote (best context first).
 */
export async function reattachOrphanCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const id = orphanId(arg);
  if (!ctx || !id) return false;
  const orphan = registry.get(ctx.editor.document.uri)?.current?.orphans.find((o) => o.id === id);
  const span = spanArg((arg as { span?: unknown } | undefined)?.span, ctx.text) ?? selectedSpan(ctx) ?? (orphan && (await pickCandidate(ctx.editor.document, ctx.text, orphan.anchor)));
  if (!span) {
    void vscode.window.showInformationMessage('The annotated text was not found anywhere in the article. Select the text it belongs to, then run Re-attach again.');
    return false;
  }
  return commit(ctx, 'annotation re-attached', (s) => reattachRecord(s, ctx.text, id, span));
}

async function pickCandidate(document: vscode.TextDocument, text: string, anchor: Anchor): Promise<Span | undefined> {
  const candidates = reattachCandidates(text, anchor);
  if (candidates.length === 0) return undefined;
  const items = candidates.map((c) => ({ ...candidateLabel(document, c), span: { start: c.start, end: c.end } }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Re-attach the annotation here', placeHolder: `Places with “${preview(anchor.exact, 60)}”, best context first` });
  return picked?.span;
}

export function candidateLabel(document: vscode.TextDocument, c: Candidate): { label: string; description: string } {
  const line = document.positionAt(c.start).line;
  return { label: `Line ${line + 1}: ${preview(document.lineAt(line).text, 80)}`, description: `${Math.round(c.score * 100)} % of the context agrees` };
}

export function preview(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

export async function deleteOrphanCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const id = orphanId(arg);
  if (!ctx || !id) return false;
  return commit(ctx, 'orphaned annotation deleted', (s) => deleteRecord(s, id));
}

function orphanId(arg: unknown): string | undefined {
  const a = arg as { orphan?: { id?: unknown }; id?: unknown } | undefined;
  const id = a?.orphan?.id ?? a?.id;
  return typeof id === 'string' && id.length <= 80 ? id : undefined;
}

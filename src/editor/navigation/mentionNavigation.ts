import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articles/articleRegistry';

/** Arguments a hover link or a tree item passes; validated, since a link's args are just JSON. */
export interface ActorTarget { readonly uri: string; readonly actorId: string; readonly offset?: number }

export function parseActorTarget(arg: unknown): ActorTarget | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { uri, actorId, offset } = arg as Record<string, unknown>;
  if (typeof uri !== 'string' || typeof actorId !== 'string' || actorId.length > 200) return undefined;
  if (offset !== undefined && (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0)) return undefined;
  return { uri, actorId, offset: offset as number | undefined };
}

/** Selects a span in its document, opening it if needed, and scrolls it into view. */
export async function revealSpan(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: true });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * Moves to the next or previous mention of the actor under the cursor (or the one a hover link names),
 * wrapping around the article.
 */
export async function goToAdjacentMention(registry: ArticleRegistry, direction: 1 | -1, arg?: unknown): Promise<boolean> {
  const target = parseActorTarget(arg);
  const editor = vscode.window.activeTextEditor;
  const document = target
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.uri)
    : editor?.document;
  if (!document) return false;
  const index = (await registry.whenFresh(document))?.fresh;
  if (!index) return false;
  const sameEditor = editor && editor.document === document;
  const offset = target?.offset ?? (sameEditor ? document.offsetAt(editor.selection.active) : 0);
  const actorId = target?.actorId ?? index.entityAt(offset)?.actor;
  if (actorId === undefined) {
    void vscode.window.showInformationMessage('Put the cursor on a highlighted name to move between its mentions.');
    return false;
  }
  const next = index.adjacentMention(actorId, offset, direction);
  if (!next) return false;
  await revealSpan(document.uri, next.start, next.end);
  return true;
}

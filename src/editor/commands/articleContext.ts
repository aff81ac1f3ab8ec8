import * as vscode from 'vscode';
import type { AnalysisIndex } from '../../core/analysisIndex';
import { createIdGenerator } from '../../core/annotations/ids';
import type { Sidecar } from '../../core/annotations/model';
import type { Statement } from '../../core/statements';
import type { Actor, Claim, Entity, Span } from '../../core/types';
import type { ArticleRegistry } from '../articles/articleRegistry';
import type { SidecarSession } from '../sidecar/sidecarSession';

export const newId = createIdGenerator();

/** The active article with everything a command needs, or undefined after telling the user why not. */
export interface ArticleContext {
  readonly editor: vscode.TextEditor;
  readonly index: AnalysisIndex;
  readonly session: SidecarSession;
  readonly text: string;
}

export async function articleContext(registry: ArticleRegistry): Promise<ArticleContext | undefined> {
  const editor = vscode.window.activeTextEditor;
  const state = editor && (await registry.whenFresh(editor.document));
  if (!editor || !state?.fresh) {
    void vscode.window.showInformationMessage('Open an annotated news article first.');
    return undefined;
  }
  if (!state.session) {
    void vscode.window.showWarningMessage('Save this article to a file first: annotations are kept in a file next to it.');
    return undefined;
  }
  await state.session.loaded;
  const blocked = state.session.blockedReason;
  if (blocked) {
    void vscode.window.showWarningMessage(blocked);
    return undefined;
  }
  return { editor, index: state.fresh, session: state.session, text: editor.document.getText() };
}

/** Applies an edit to the annotations and says so in the status bar (with how to undo). */
export function commit(ctx: ArticleContext, what: string, change: (s: Sidecar) => Sidecar): boolean {
  try {
    ctx.session.update(change);
  } catch (e) {
    void vscode.window.showErrorMessage(`News Annotator: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
  vscode.window.setStatusBarMessage(`News Annotator: ${what} (Undo Annotation Change to revert)`, 4000);
  return true;
}

/** The selection as a span, trimmed of surrounding whitespace; undefined when empty. */
export function selectedSpan(ctx: ArticleContext): Span | undefined {
  const sel = ctx.editor.selection;
  let start = ctx.editor.document.offsetAt(sel.start);
  let end = ctx.editor.document.offsetAt(sel.end);
  while (start < end && /\s/.test(ctx.text[start])) start++;
  while (end > start && /\s/.test(ctx.text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** A span from command arguments, checked against the text. */
export function spanArg(arg: unknown, text: string): Span | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { start, end } = arg as Record<string, unknown>;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const s = start as number, e = end as number;
  return s >= 0 && e > s && e <= text.length ? { start: s, end: e } : undefined;
}

/** The claim named by a tree node / argument, or under the cursor. */
function claimFrom(ctx: ArticleContext, arg: unknown): Claim | undefined {
  const fromNode = (arg as { claim?: Claim } | undefined)?.claim;
  if (fromNode) return ctx.index.claims.find((c) => c.start === fromNode.start && c.end === fromNode.end);
  const span = spanArg(arg, ctx.text);
  if (span) return ctx.index.claims.find((c) => c.start === span.start && c.end === span.end);
  return ctx.index.claimAt(ctx.editor.document.offsetAt(ctx.editor.selection.active));
}

/** The statement (src/core/statements.ts) of the claim under the cursor or named by a tree node / argument. */
export function statementFrom(ctx: ArticleContext, arg: unknown): Statement | undefined {
  const claim = claimFrom(ctx, arg);
  return claim && ctx.index.statementOf(claim);
}

/** The entity under the cursor (or named by a tree node / argument). */
export function entityFrom(ctx: ArticleContext, arg: unknown): Entity | undefined {
  const fromNode = (arg as { entity?: Entity } | undefined)?.entity;
  if (fromNode) return ctx.index.entities.find((e) => e.start === fromNode.start && e.end === fromNode.end);
  const span = spanArg(arg, ctx.text);
  if (span) return ctx.index.entities.find((e) => e.start === span.start && e.end === span.end);
  return ctx.index.entityAt(ctx.editor.document.offsetAt(ctx.editor.selection.active));
}

/** The actor named by a tree node / argument ({ actorId }), or of the entity under the cursor. */
export function actorFrom(ctx: ArticleContext, arg: unknown): Actor | undefined {
  const a = arg as { actor?: Actor; actorId?: unknown } | undefined;
  if (a?.actor) return ctx.index.actor(a.actor.id);
  if (typeof a?.actorId === 'string') return ctx.index.actor(a.actorId);
  return ctx.index.actor(entityFrom(ctx, undefined)?.actor);
}

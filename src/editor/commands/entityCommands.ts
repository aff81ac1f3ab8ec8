import * as vscode from 'vscode';
import { ENTITY_TYPES } from '../../core/annotations/model';
import type { EntityType } from '../../core/annotations/model';
import { decideEntities, identicalMentions } from '../../core/overlay/userEdits';
import type { Span } from '../../core/types';
import type { ArticleRegistry } from '../articles/articleRegistry';
import type { ArticleContext } from './articleContext';
import { articleContext, commit, entityFrom, newId, selectedSpan, spanArg } from './articleContext';
import { pickScope, pickType } from './pickers';

interface EntityArgs { start?: number; end?: number; type?: string; all?: boolean }

const isType = (t: unknown): t is EntityType => typeof t === 'string' && (ENTITY_TYPES as readonly string[]).includes(t);
const argsOf = (arg: unknown): EntityArgs => (typeof arg === 'object' && arg !== null && !('entity' in arg) ? arg as EntityArgs : {});

/** The spans a decision applies to: this one, or every identical mention ("apply to all identical mentions"). */
async function scope(ctx: ArticleContext, span: Span, args: EntityArgs): Promise<Span[] | undefined> {
  const all = identicalMentions(ctx.text, ctx.text.slice(span.start, span.end));
  const choice = args.all === true ? 'all' : args.all === false ? 'one' : await pickScope(all.length);
  if (!choice) return undefined;
  return choice === 'all' && all.length > 0 ? all : [span];
}

/** Add an entity from the selection (with a type), here or at every identical mention. */
export async function addEntityCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  if (!ctx) return false;
  const args = argsOf(arg);
  const span = spanArg(args, ctx.text) ?? selectedSpan(ctx);
  if (!span) {
    void vscode.window.showInformationMessage('Select the name to add first.');
    return false;
  }
  const type = isType(args.type) ? args.type : await pickType();
  if (!type) return false;
  const spans = await scope(ctx, span, args);
  if (!spans) return false;
  return commit(ctx, `${spans.length} entit${spans.length === 1 ? 'y' : 'ies'} added`, (s) => decideEntities(s, ctx.text, spans, 'added', newId, type));
}

/** Change the type of the entity under the cursor (or all identical mentions). */
export async function retypeEntityCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const entity = ctx && entityFrom(ctx, arg);
  if (!ctx || !entity) return noEntity(ctx);
  const args = argsOf(arg);
  const type = isType(args.type) ? args.type : await pickType(entity.type);
  if (!type) return false;
  const spans = await scope(ctx, entity, args);
  if (!spans) return false;
  return commit(ctx, `type set to ${type}`, (s) => decideEntities(s, ctx.text, spans, 'retyped', newId, type));
}

/** Reject an automatic entity (it stays rejected through re-analysis), here or everywhere. */
export async function rejectEntityCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const entity = ctx && entityFrom(ctx, arg);
  if (!ctx || !entity) return noEntity(ctx);
  const spans = await scope(ctx, entity, argsOf(arg));
  if (!spans) return false;
  return commit(ctx, `${spans.length} mention${spans.length === 1 ? '' : 's'} rejected`, (s) => decideEntities(s, ctx.text, spans, 'rejected', newId));
}

function noEntity(ctx: ArticleContext | undefined): boolean {
  if (ctx) void vscode.window.showInformationMessage('Put the cursor on a highlighted name first.');
  return false;
}

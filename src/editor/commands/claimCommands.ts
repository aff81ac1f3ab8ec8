import * as vscode from 'vscode';
import { CLAIM_STATUSES } from '../../core/annotations/model';
import type { ClaimStatus, Sidecar } from '../../core/annotations/model';
import type { Statement } from '../../core/statements';
import { statementNote, statementStatus, statementTags } from '../../core/statements';
import type { Claim } from '../../core/types';
import { annotateClaim, createActor, deleteClaim, tagClaim } from '../../core/overlay/userEdits';
import type { ArticleRegistry } from '../articles/articleRegistry';
import type { ArticleContext } from './articleContext';
import { articleContext, commit, newId, selectedSpan, spanArg, statementFrom } from './articleContext';
import { parseTags, pickCoSpeakers, pickSpeaker, pickStatus } from './pickers';

/** Optional arguments (keybindings, scripts, tests): any field given skips its prompt. */
interface ClaimArgs { start?: number; end?: number; speaker?: string | null; status?: string; tags?: string[]; note?: string }

const isStatus = (s: unknown): s is ClaimStatus => typeof s === 'string' && (CLAIM_STATUSES as readonly string[]).includes(s);

async function resolveSpeaker(ctx: ArticleContext, args: ClaimArgs, current?: string | null): Promise<{ speaker: string | null; create?: string } | undefined> {
  if (args.speaker === null) return { speaker: null };
  if (typeof args.speaker === 'string') return ctx.index.actor(args.speaker) ? { speaker: args.speaker } : undefined;
  const choice = await pickSpeaker(ctx.index.analysis.actors, current);
  if (!choice) return undefined;
  if (choice.kind === 'none') return { speaker: null };
  if (choice.kind === 'new') return { speaker: null, create: choice.name };
  return { speaker: choice.id };
}

/** Tag the selection as a claim: speaker (fuzzy pick or a new actor), status, tags, note. */
export async function tagClaimCommand(registry: ArticleRegistry, rawArgs?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  if (!ctx) return false;
  const args = (typeof rawArgs === 'object' && rawArgs !== null ? rawArgs : {}) as ClaimArgs;
  const span = spanArg(args, ctx.text) ?? selectedSpan(ctx);
  if (!span) {
    void vscode.window.showInformationMessage('Select the words of the claim first.');
    return false;
  }
  const speaker = await resolveSpeaker(ctx, args);
  if (!speaker) return false;
  const status = isStatus(args.status) ? args.status : args.status === undefined ? await pickStatus('unverified') : undefined;
  if (!status) return false;
  const tags = Array.isArray(args.tags) ? parseTags(args.tags.filter((t) => typeof t === 'string').join(',')) : parseTags(await vscode.window.showInputBox({ title: 'Tags (comma-separated, optional)' }) ?? '');
  const note = typeof args.note === 'string' ? args.note.slice(0, 5000) : (await vscode.window.showInputBox({ title: 'Note (optional)' })) ?? '';
  return commit(ctx, 'claim tagged', (s) => {
    let next = s;
    let speakerId = speaker.speaker;
    if (speaker.create) ({ sidecar: next, actorId: speakerId } = createActor(next, speaker.create, 'PERSON', newId));
    return tagClaim(next, ctx.text, span, { speaker: speakerId, status, tags, note }, newId);
  });
}

/** Set the status of the claim under the cursor (or the tree item): every piece of its statement. */
export async function setClaimStatusCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const pieces = ctx && statementFrom(ctx, arg);
  if (!ctx || !pieces) return noClaim(ctx);
  const given = (arg as { status?: unknown } | undefined)?.status;
  const status = isStatus(given) ? given : await pickStatus(statementStatus(pieces));
  if (!status) return false;
  return commit(ctx, `claim marked ${status}`, (s) => eachPiece(s, pieces, (next, p) => annotateClaim(next, ctx.text, p, { status }, newId)));
}

/** Edit tags, note and speaker of a claim: every piece of its statement. */
export async function editClaimCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const pieces = ctx && statementFrom(ctx, arg);
  if (!ctx || !pieces) return noClaim(ctx);
  const claim = pieces[0];
  const args = (typeof arg === 'object' && arg !== null && !('claim' in arg) ? arg : {}) as ClaimArgs;
  const speaker = await resolveSpeaker(ctx, args, claim.speaker);
  if (!speaker) return false;
  const tagsInput = Array.isArray(args.tags) ? args.tags.join(',') : await vscode.window.showInputBox({ title: 'Tags (comma-separated)', value: statementTags(pieces).join(', ') });
  if (tagsInput === undefined) return false;
  const note = typeof args.note === 'string' ? args.note.slice(0, 5000) : await vscode.window.showInputBox({ title: 'Note', value: statementNote(pieces) });
  if (note === undefined) return false;
  return commit(ctx, 'claim updated', (s) => {
    let next = s;
    let speakerId = speaker.speaker;
    if (speaker.create) ({ sidecar: next, actorId: speakerId } = createActor(next, speaker.create, 'PERSON', newId));
    return eachPiece(next, pieces, (acc, p) => annotateClaim(acc, ctx.text, p, { speaker: speakerId, tags: parseTags(tagsInput), note }, newId));
  });
}

/**
 * Set who makes a claim together with its speaker ("Clinton and Sanders said"), on every piece of its statement: the
 * user's list replaces the analysis's; none ticked, the speaker alone. Argument `coSpeakers` (actor ids) skips the pick.
 */
export async function setCoSpeakersCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const pieces = ctx && statementFrom(ctx, arg);
  if (!ctx || !pieces) return noClaim(ctx);
  const speaker = ctx.index.actor(pieces[0].speaker ?? undefined);
  if (!speaker) {
    void vscode.window.showInformationMessage('This claim has no speaker yet: set one first (Edit Claim).');
    return false;
  }
  const given = (arg as { coSpeakers?: unknown } | undefined)?.coSpeakers;
  const chosen = Array.isArray(given) ? given.filter((id): id is string => typeof id === 'string') : await pickCoSpeakers(ctx.index.analysis.actors, speaker, pieces[0].coSpeakers ?? []);
  if (!chosen) return false;
  if (chosen.some((id) => !ctx.index.actor(id))) {
    void vscode.window.showWarningMessage('A co-speaker given is not an actor of this article; nothing was changed.');
    return false;
  }
  const coSpeakers = [...new Set(chosen)].filter((id) => id !== speaker.id);
  return commit(ctx, 'co-speakers set', (s) => eachPiece(s, pieces, (next, p) => annotateClaim(next, ctx.text, p, { coSpeakers }, newId)));
}

/** Delete a claim, every piece of its statement (an automatic one is remembered as rejected, so re-analysis does not bring it back). */
export async function deleteClaimCommand(registry: ArticleRegistry, arg?: unknown): Promise<boolean> {
  const ctx = await articleContext(registry);
  const pieces = ctx && statementFrom(ctx, arg);
  if (!ctx || !pieces) return noClaim(ctx);
  return commit(ctx, 'claim deleted', (s) => eachPiece(s, pieces, (next, p) => deleteClaim(next, ctx.text, p, newId)));
}

/** A change made to every piece of a statement, as one commit (one undo step): its pieces are one claim to the user. */
function eachPiece(s: Sidecar, pieces: Statement, change: (s: Sidecar, piece: Claim) => Sidecar): Sidecar {
  return pieces.reduce(change, s);
}

function noClaim(ctx: ArticleContext | undefined): boolean {
  if (ctx) void vscode.window.showInformationMessage('Put the cursor on a claim (underlined) first.');
  return false;
}

import type { OrphanRecord } from '../../core/overlay/applyUserAnnotations';
import type { Statement } from '../../core/statements';
import type { Actor, Claim, Entity, EntityType } from '../../core/types';

// Plain model objects for the two trees; getTreeItem turns them into TreeItems. Each keeps a pointer to its
// parent so reveal() works, and an id built from its path so it stays stable across refreshes.

export interface TypeGroupNode { readonly kind: 'type'; readonly id: string; readonly type: EntityType; readonly actors: readonly Actor[] }
export interface ActorNode { readonly kind: 'actor'; readonly id: string; readonly actor: Actor; readonly parent: TypeGroupNode | undefined }
export interface MentionNode { readonly kind: 'mention'; readonly id: string; readonly entity: Entity; readonly parent: ActorNode }
/** One statement (src/core/statements.ts): `claim` is its first piece, the one commands and ids go by. */
export interface ClaimNode { readonly kind: 'claim'; readonly id: string; readonly claim: Claim; readonly pieces: Statement; readonly parent: ActorNode | ClaimGroupNode }
/** `collapsed`: shown closed (the claims no source speaks, "X is expected to …"). */
export interface ClaimGroupNode { readonly kind: 'claimGroup'; readonly id: string; readonly label: string; readonly speaker: string | null; readonly statements: readonly Statement[]; readonly collapsed?: boolean }
export interface OrphanGroupNode { readonly kind: 'orphanGroup'; readonly id: string; readonly orphans: readonly OrphanRecord[] }
export interface OrphanNode { readonly kind: 'orphan'; readonly id: string; readonly orphan: OrphanRecord; readonly parent: OrphanGroupNode }

export type ActorsTreeNode = TypeGroupNode | ActorNode | MentionNode | ClaimNode;

/** A statement's node under an actor or a claims group; its id follows the parent's and its first piece. */
export function claimNode(parent: ActorNode | ClaimGroupNode, pieces: Statement): ClaimNode {
  return { kind: 'claim', id: `${parent.id}/c${pieces[0].start}`, claim: pieces[0], pieces, parent };
}
export type ClaimsTreeNode = ClaimGroupNode | ClaimNode | OrphanGroupNode | OrphanNode;

/** Context values used by menus in package.json (`viewItem == newsAnnotator:actor`). */
export const ContextValue = {
  typeGroup: 'newsAnnotator:typeGroup',
  actor: 'newsAnnotator:actor',
  mention: 'newsAnnotator:mention',
  claim: 'newsAnnotator:claim',
  claimGroup: 'newsAnnotator:claimGroup',
  orphan: 'newsAnnotator:orphan',
} as const;

/** A one-line preview of the line around a span, with the span's position inside the preview. */
export function linePreview(text: string, start: number, end: number, width = 70): { label: string; highlight: [number, number] } {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const before = Math.max(0, Math.floor((width - (end - start)) / 2));
  let prefix = '';
  if (start - lineStart > before) { lineStart = start - before; prefix = '…'; }
  let suffix = '';
  if (lineEnd - lineStart > width) { lineEnd = Math.max(end, lineStart + width); suffix = '…'; }
  const body = text.slice(lineStart, lineEnd).replace(/\s/g, ' ');
  const hlStart = prefix.length + (start - lineStart);
  return { label: prefix + body + suffix, highlight: [hlStart, hlStart + Math.min(end, lineEnd) - start] };
}

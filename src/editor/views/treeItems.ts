import * as vscode from 'vscode';
import { statementSource, statementText } from '../../core/statements';
import type { EntityType } from '../../core/types';
import type { ArticleState } from '../articles/articleState';
import { CommandId } from '../commandIds';
import type { ClaimNode } from './treeNodes';
import { ContextValue } from './treeNodes';

export const TYPE_PLURALS: Record<EntityType, string> = {
  PERSON: 'People', ORG: 'Organizations', GPE: 'Countries and cities', LOC: 'Locations',
  NORP: 'Nationalities and groups', DATE: 'Dates', EVENT: 'Events', MISC: 'Other',
};

/** An actor's icon by its type, the same in both trees. */
export function actorIcon(type: EntityType | undefined): vscode.ThemeIcon {
  return new vscode.ThemeIcon(type === 'PERSON' ? 'person' : type === 'ORG' ? 'organization' : type === 'DATE' ? 'calendar' : 'globe');
}

/** The message a view shows instead of an empty tree: what to do, or why there is nothing. */
export function emptyMessage(state: ArticleState | undefined, empty: boolean, what: 'actors' | 'claims'): string | undefined {
  if (!state) return 'Open a news article (.news, .article), or run "News Annotator: Toggle Annotation for This File" on a text or Markdown file.';
  if (state.status.kind === 'too-large') return `This article is too large to analyse (${state.status.length.toLocaleString('en')} characters; the limit is ${state.status.limit.toLocaleString('en')}, setting newsAnnotator.analysis.maxArticleLength).`;
  if (state.status.kind === 'failed') return `Analysis failed: ${state.status.message}`;
  if (!state.fresh) return 'Analysing…';
  if (empty) return what === 'actors' ? 'No people, organizations or places found in this article.' : 'No claims found in this article. Select a passage and run "Tag Claim" to add one.';
  return undefined;
}

/** A statement's row: its words, then who says it as the article puts it and the cue ("officials · said"). */
export function claimTreeItem(node: ClaimNode, uri: string, text: string): vscode.TreeItem {
  const c = node.claim;
  const last = node.pieces[node.pieces.length - 1];
  const label = statementText(node.pieces);
  const item = new vscode.TreeItem(label.length > 80 ? label.slice(0, 79) + '…' : label);
  item.id = node.id;
  const source = statementSource(node.pieces, (s, e) => text.slice(s, e));
  const how = c.cue ? c.cue.text : c.kind;
  item.description = source ? `${source} · ${how}` : how;
  item.tooltip = source ? `${label}\n\nSource in the text: ${source}` : label;
  item.iconPath = new vscode.ThemeIcon(c.kind === 'direct' ? 'quote' : 'comment');
  item.contextValue = ContextValue.claim;
  // The whole statement, its cue and speaker between the pieces included.
  item.command = { command: CommandId.revealRange, title: 'Reveal', arguments: [uri, c.start, last.end] };
  return item;
}

import * as vscode from 'vscode';
import type { AnalysisIndex } from '../../core/analysisIndex';
import type { Claim } from '../../core/types';
import type { ActiveArticle } from './activeArticle';
import { claimTreeItem, emptyMessage } from './treeItems';
import type { ClaimGroupNode, ClaimNode, ClaimsTreeNode } from './treeNodes';
import { ContextValue } from './treeNodes';

export type ClaimGrouping = 'speaker' | 'status';

/** Claims of the active article, grouped by speaker (default) or by status. */
export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsTreeNode>, vscode.Disposable {
  private readonly _onDidChangeTreeData = new vscode.EventEmitter<ClaimsTreeNode | undefined>();
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private _groups: ClaimGroupNode[] = [];
  private _index: AnalysisIndex | undefined;
  private _uri = '';
  private _grouping: ClaimGrouping = 'speaker';
  view: vscode.TreeView<ClaimsTreeNode> | undefined;
  private readonly _subscription: vscode.Disposable;

  constructor(private readonly _active: ActiveArticle) {
    this._subscription = _active.onDidChange(() => this._rebuild());
    this._rebuild();
  }

  get grouping(): ClaimGrouping { return this._grouping; }

  setGrouping(grouping: ClaimGrouping): void {
    this._grouping = grouping;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.claimsGroupedBy', grouping);
    this._rebuild();
  }

  getChildren(node?: ClaimsTreeNode): ClaimsTreeNode[] {
    if (!node) return this._groups;
    if (node.kind === 'claimGroup') return node.claims.map((claim): ClaimNode => ({ kind: 'claim', id: `${node.id}/c${claim.start}`, claim, parent: node }));
    return [];
  }

  getParent(node: ClaimsTreeNode): ClaimsTreeNode | undefined {
    return node.kind === 'claim' && node.parent.kind === 'claimGroup' ? node.parent : undefined;
  }

  getTreeItem(node: ClaimsTreeNode): vscode.TreeItem {
    if (node.kind === 'claim') return claimTreeItem(node, this._uri);
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.id;
    item.description = String(node.claims.length);
    item.contextValue = ContextValue.claimGroup;
    item.iconPath = new vscode.ThemeIcon(this._grouping === 'speaker' ? (node.speaker ? 'person' : 'question') : 'circle-outline');
    return item;
  }

  dispose(): void {
    this._subscription.dispose();
    this._onDidChangeTreeData.dispose();
  }

  private _rebuild(): void {
    const state = this._active.state;
    this._index = state?.fresh;
    this._uri = state?.uri.toString() ?? '';
    const claims = this._index?.claims ?? [];
    this._groups = this._grouping === 'speaker' ? this._bySpeaker(claims) : this._byStatus(claims);
    if (this.view) {
      this.view.message = emptyMessage(state, this._groups.length === 0, 'claims');
      this.view.description = claims.length ? `${claims.length}` : undefined;
    }
    this._onDidChangeTreeData.fire(undefined);
  }

  private _bySpeaker(claims: readonly Claim[]): ClaimGroupNode[] {
    const groups = new Map<string | null, Claim[]>();
    for (const c of claims) {
      const list = groups.get(c.speaker) ?? [];
      list.push(c);
      groups.set(c.speaker, list);
    }
    return [...groups].map(([speaker, list]) => ({
      kind: 'claimGroup' as const,
      id: `${this._uri}#speaker/${speaker ?? '-'}`,
      label: speaker === null ? 'Unattributed' : this._index?.actor(speaker)?.name ?? speaker,
      speaker,
      claims: list,
    })).sort((a, b) => (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) || b.claims.length - a.claims.length || a.label.localeCompare(b.label));
  }

  private _byStatus(claims: readonly Claim[]): ClaimGroupNode[] {
    // Statuses come from the user's annotations; until a claim is tagged it is unverified.
    return claims.length ? [{ kind: 'claimGroup', id: `${this._uri}#status/unverified`, label: 'Unverified', speaker: null, claims }] : [];
  }
}

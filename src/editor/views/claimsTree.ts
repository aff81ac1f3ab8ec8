import * as vscode from 'vscode';
import type { AnalysisIndex } from '../../core/analysisIndex';
import type { Statement } from '../../core/statements';
import { statementSpeakers, statementStatus } from '../../core/statements';
import type { ActiveArticle } from './activeArticle';
import { actorIcon, claimTreeItem, emptyMessage } from './treeItems';
import type { ClaimGroupNode, ClaimsTreeNode, OrphanGroupNode } from './treeNodes';
import { claimNode, ContextValue } from './treeNodes';

export type ClaimGrouping = 'speaker' | 'status';

// The claims no actor speaks, in two groups after the speakers': a source the article words but that names no actor
// ("Officials said", "a poll found"), and no source at all ("X is expected to …", "was called", a headline's).
const UNNAMED = '-unnamed';
const NO_SOURCE = '-none';
/** Speakers first, then unnamed sources, then no source. */
const groupRank = (g: ClaimGroupNode): number => (g.speaker !== null ? 0 : g.collapsed ? 2 : 1);

/** Claims of the active article, grouped by speaker (default) or by status. */
export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsTreeNode>, vscode.Disposable {
  private readonly _onDidChangeTreeData = new vscode.EventEmitter<ClaimsTreeNode | undefined>();
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private _groups: (ClaimGroupNode | OrphanGroupNode)[] = [];
  private _index: AnalysisIndex | undefined;
  private _uri = '';
  /** The text the shown analysis was made for (document.getText() joins every line: call it once per rebuild). */
  private _text = '';
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
    if (node.kind === 'claimGroup') return node.statements.map((pieces) => claimNode(node, pieces));
    if (node.kind === 'orphanGroup') return node.orphans.map((orphan) => ({ kind: 'orphan' as const, id: `${node.id}/${orphan.id}`, orphan, parent: node }));
    return [];
  }

  getParent(node: ClaimsTreeNode): ClaimsTreeNode | undefined {
    if (node.kind === 'orphan') return node.parent;
    return node.kind === 'claim' && node.parent.kind === 'claimGroup' ? node.parent : undefined;
  }

  getTreeItem(node: ClaimsTreeNode): vscode.TreeItem {
    if (node.kind === 'claim') return claimTreeItem(node, this._uri, this._text);
    if (node.kind === 'orphanGroup') {
      const group = new vscode.TreeItem('Orphaned annotations', vscode.TreeItemCollapsibleState.Expanded);
      group.id = node.id;
      group.description = String(node.orphans.length);
      group.tooltip = 'Annotations whose text could not be found after the article changed. Select the text and use Re-attach, or delete them.';
      group.iconPath = new vscode.ThemeIcon('warning');
      return group;
    }
    if (node.kind === 'orphan') {
      const quote = node.orphan.anchor.exact.replace(/\s+/g, ' ');
      const item = new vscode.TreeItem(quote.length > 80 ? quote.slice(0, 79) + '…' : quote);
      item.id = node.id;
      item.description = node.orphan.anchor.state === 'review' ? 'needs review' : 'not found';
      item.contextValue = ContextValue.orphan;
      item.iconPath = new vscode.ThemeIcon('debug-disconnect');
      return item;
    }
    const item = new vscode.TreeItem(node.label, node.collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.id;
    item.description = String(node.statements.length);
    item.contextValue = ContextValue.claimGroup;
    if (this._grouping === 'status') item.iconPath = new vscode.ThemeIcon('circle-outline');
    else if (node.speaker) item.iconPath = actorIcon(this._index?.actor(node.speaker)?.type);
    else item.iconPath = new vscode.ThemeIcon(node.collapsed ? 'circle-slash' : 'question');
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
    this._text = this._index ? state?.document.getText() ?? '' : '';
    const statements = this._index?.statements ?? [];
    const orphans = state?.current?.orphans ?? [];
    this._groups = [
      ...(this._grouping === 'speaker' ? this._bySpeaker(statements) : this._byStatus(statements)),
      ...(orphans.length ? [{ kind: 'orphanGroup' as const, id: `${this._uri}#orphans`, orphans }] : []),
    ];
    if (this.view) {
      this.view.message = emptyMessage(state, this._groups.length === 0, 'claims');
      this.view.description = statements.length ? `${statements.length}` : undefined;
    }
    this._onDidChangeTreeData.fire(undefined);
  }

  private _bySpeaker(statements: readonly Statement[]): ClaimGroupNode[] {
    const groups = new Map<string, Statement[]>();
    for (const st of statements) {
      // A statement several actors make ("Clinton and Sanders said") is under each of them.
      const speakers = statementSpeakers(st);
      for (const key of speakers.length ? speakers : [st.some((p) => p.speakerSpan !== null) ? UNNAMED : NO_SOURCE]) {
        const list = groups.get(key) ?? [];
        list.push(st);
        groups.set(key, list);
      }
    }
    return [...groups].map(([key, list]) => ({
      kind: 'claimGroup' as const,
      id: `${this._uri}#speaker/${key}`,
      label: key === UNNAMED ? 'Unnamed sources' : key === NO_SOURCE ? 'No source in the text' : this._index?.actor(key)?.name ?? key,
      speaker: key === UNNAMED || key === NO_SOURCE ? null : key,
      statements: list,
      collapsed: key === NO_SOURCE,
    })).sort((a, b) => groupRank(a) - groupRank(b) || b.statements.length - a.statements.length || a.label.localeCompare(b.label));
  }

  private _byStatus(statements: readonly Statement[]): ClaimGroupNode[] {
    // Statuses come from the user's annotations; until a claim is tagged it is unverified.
    const order = ['false', 'misleading', 'disputed', 'unverified', 'verified'];
    const groups = new Map<string, Statement[]>();
    for (const st of statements) {
      const status = statementStatus(st) ?? 'unverified';
      const list = groups.get(status) ?? [];
      list.push(st);
      groups.set(status, list);
    }
    return order.filter((s) => groups.has(s)).map((status) => ({
      kind: 'claimGroup' as const, id: `${this._uri}#status/${status}`, label: status[0].toUpperCase() + status.slice(1), speaker: null, statements: groups.get(status)!,
    }));
  }
}

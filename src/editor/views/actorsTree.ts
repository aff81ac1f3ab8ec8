import * as vscode from 'vscode';
import type { AnalysisIndex } from '../../core/analysisIndex';
import type { Actor, EntityType } from '../../core/types';
import { ENTITY_TYPES } from '../../core/types';
import { CommandId } from '../commandIds';
import type { ActiveArticle } from './activeArticle';
import { actorIcon, emptyMessage, TYPE_PLURALS, claimTreeItem } from './treeItems';
import type { ActorNode, ActorsTreeNode, TypeGroupNode } from './treeNodes';
import { claimNode, ContextValue, linePreview } from './treeNodes';

/** Actors of the active article grouped by type; an actor expands to its mentions and its claims. */
export class ActorsTreeProvider implements vscode.TreeDataProvider<ActorsTreeNode>, vscode.Disposable {
  private readonly _onDidChangeTreeData = new vscode.EventEmitter<ActorsTreeNode | undefined>();
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private _groups: TypeGroupNode[] = [];
  private readonly _actorNodes = new Map<string, ActorNode>();
  private _index: AnalysisIndex | undefined;
  private _uri = '';
  /** The text the shown analysis was made for (document.getText() joins every line: call it once per rebuild). */
  private _text = '';
  view: vscode.TreeView<ActorsTreeNode> | undefined;
  private readonly _subscription: vscode.Disposable;

  constructor(private readonly _active: ActiveArticle) {
    this._subscription = _active.onDidChange(() => this._rebuild());
    this._rebuild();
  }

  /** The node of an actor of the shown article, for reveal(). */
  actorNode(actorId: string): ActorNode | undefined {
    return this._actorNodes.get(actorId);
  }

  getChildren(node?: ActorsTreeNode): ActorsTreeNode[] {
    const index = this._index;
    if (!index) return [];
    if (!node) return this._groups;
    if (node.kind === 'type') return node.actors.map((a) => this._actorNodes.get(a.id)).filter((n): n is ActorNode => !!n);
    if (node.kind === 'actor') {
      const mentions = index.mentionsOf(node.actor.id).map((entity) => ({ kind: 'mention' as const, id: `${node.id}/m${entity.start}`, entity, parent: node }));
      const claims = index.statementsBy(node.actor.id).map((pieces) => claimNode(node, pieces));
      return [...mentions, ...claims];
    }
    return [];
  }

  getParent(node: ActorsTreeNode): ActorsTreeNode | undefined {
    if (node.kind === 'type') return undefined;
    if (node.kind === 'claim') return node.parent.kind === 'actor' ? node.parent : undefined;
    return node.parent;
  }

  getTreeItem(node: ActorsTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(`${TYPE_PLURALS[node.type]}`, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.actors.length);
        item.contextValue = ContextValue.typeGroup;
        return item;
      }
      case 'actor': {
        const a = node.actor;
        const claims = this._index?.statementsBy(a.id).length ?? 0;
        const item = new vscode.TreeItem(a.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = `${a.mentions}×${claims ? ` · ${claims} claim${claims === 1 ? '' : 's'}` : ''}`;
        item.tooltip = a.aliases.length > 1 ? `Also: ${a.aliases.filter((x) => x !== a.name).join(', ')}` : a.name;
        item.iconPath = actorIcon(a.type);
        item.contextValue = ContextValue.actor;
        return item;
      }
      case 'mention': {
        const preview = linePreview(this._text, node.entity.start, node.entity.end);
        const item = new vscode.TreeItem({ label: preview.label, highlights: [preview.highlight] });
        item.id = node.id;
        item.contextValue = ContextValue.mention;
        item.command = { command: CommandId.revealRange, title: 'Reveal', arguments: [this._uri, node.entity.start, node.entity.end] };
        return item;
      }
      case 'claim':
        return claimTreeItem(node, this._uri, this._text);
    }
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
    this._actorNodes.clear();
    const byType = new Map<EntityType, Actor[]>();
    for (const a of this._index?.analysis.actors ?? []) {
      const list = byType.get(a.type) ?? [];
      list.push(a);
      byType.set(a.type, list);
    }
    this._groups = ENTITY_TYPES.filter((t) => byType.has(t)).map((type) => {
      const actors = byType.get(type)!.sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
      const group: TypeGroupNode = { kind: 'type', id: `${this._uri}#${type}`, type, actors };
      for (const actor of actors) this._actorNodes.set(actor.id, { kind: 'actor', id: `${group.id}/${actor.id}`, actor, parent: group });
      return group;
    });
    if (this.view) this.view.message = emptyMessage(state, this._groups.length === 0, 'actors');
    this._onDidChangeTreeData.fire(undefined);
  }
}

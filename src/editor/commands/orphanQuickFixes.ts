import * as vscode from 'vscode';
import { reattachCandidates } from '../../core/annotations/reattach';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { CommandId } from '../commandIds';
import { DIAGNOSTIC_SOURCE } from '../views/orphanDiagnostics';
import { candidateLabel } from './sidecarCommands';

/** Quick fixes on an orphan's Problems entry: re-attach it at a place that has its quote, or delete it. */
export class OrphanQuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly _registry: ArticleRegistry) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
    const orphans = this._registry.get(document.uri)?.current?.orphans ?? [];
    if (ours.length === 0 || orphans.length === 0) return [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const orphan = orphans.find((o) => o.id === diagnostic.code);
      if (!orphan) continue;
      for (const c of reattachCandidates(text, orphan.anchor, 3)) {
        const action = new vscode.CodeAction(`Re-attach annotation here: ${candidateLabel(document, c).label}`, vscode.CodeActionKind.QuickFix);
        action.command = { command: CommandId.reattachOrphan, title: action.title, arguments: [{ id: orphan.id, span: { start: c.start, end: c.end } }] };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      const remove = new vscode.CodeAction('Delete the annotation that could not be placed', vscode.CodeActionKind.QuickFix);
      remove.command = { command: CommandId.deleteOrphan, title: remove.title, arguments: [{ id: orphan.id }] };
      remove.diagnostics = [diagnostic];
      actions.push(remove);
    }
    return actions;
  }
}

import * as vscode from 'vscode';
import { analyzeText } from '../core/analyze';
import type { Analysis } from '../core/types';

/** What activate() returns: lets tests and other extensions read state back. */
export interface NewsAnnotatorApi {
  analysisFor(uri: vscode.Uri): Analysis | undefined;
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const analyses = new Map<string, Analysis>();
  const analysisFor = (uri: vscode.Uri): Analysis | undefined => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc) return undefined;
    let analysis = analyses.get(doc.uri.toString());
    if (!analysis) {
      analysis = analyzeText(doc.getText());
      analyses.set(doc.uri.toString(), analysis);
    }
    return analysis;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('newsAnnotator.showAnalysisSummary', () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      const a = analysisFor(editor.document.uri);
      if (a) void vscode.window.showInformationMessage(`${a.entities.length} entities, ${a.actors.length} actors, ${a.claims.length} claims`);
      return a && { entities: a.entities.length, actors: a.actors.length, claims: a.claims.length };
    }),
    vscode.workspace.onDidCloseTextDocument((d) => analyses.delete(d.uri.toString())),
    vscode.workspace.onDidChangeTextDocument((e) => analyses.delete(e.document.uri.toString())),
  );
  return { analysisFor };
}

export function deactivate(): void {}

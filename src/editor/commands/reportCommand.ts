import * as vscode from 'vscode';
import { claimsReport } from '../../core/claimsReport';
import type { ArticleRegistry } from '../articles/articleRegistry';
import { textSlice } from '../documentText';

/**
 * Copies the active article's claims as a Markdown table (core/claimsReport.ts) to the clipboard, for a fact-check
 * report or a ticket; returns the table (undefined when no analysed article is open).
 */
export async function copyClaimsReportCommand(registry: ArticleRegistry): Promise<string | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  const index = doc && (await registry.whenFresh(doc))?.fresh;
  if (!doc || !index) {
    void vscode.window.showInformationMessage('Open an annotated news article first.');
    return undefined;
  }
  const title = doc.isUntitled ? 'an untitled article' : vscode.workspace.asRelativePath(doc.uri);
  const report = claimsReport(title, index, {
    slice: textSlice(doc),
    lineOf: (offset) => doc.positionAt(offset).line + 1,
  });
  await vscode.env.clipboard.writeText(report);
  const n = index.statements.length;
  void vscode.window.setStatusBarMessage(`News Annotator: ${n} claim${n === 1 ? '' : 's'} copied as a Markdown table`, 4000);
  return report;
}

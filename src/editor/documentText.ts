import * as vscode from 'vscode';

/** Reads a document's text between two UTF-16 offsets of an analysis (core code takes such a reader, not vscode). */
export function textSlice(doc: vscode.TextDocument): (start: number, end: number) => string {
  return (start, end) => doc.getText(new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
}

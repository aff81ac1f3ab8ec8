import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/editor/extension';

export const EXTENSION_ID = 'news-annotator.news-annotator';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opens the fixture workspace (a fresh copy of test/fixtures)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function api(): Promise<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is loaded`);
  return ext.activate();
}

/** Opens a fixture in an editor and waits for its analysis to match the document's version. */
export async function openArticle(name: string): Promise<{ editor: vscode.TextEditor; analysis: NonNullable<Awaited<ReturnType<NewsAnnotatorApi['analysisFor']>>> }> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(doc);
  const analysis = await (await api()).analysisFor(doc.uri);
  assert.ok(analysis, `${name} is analysed`);
  return { editor, analysis };
}

/** Polls until `check` returns a value (decorations and views update asynchronously). */
export async function eventually<T>(check: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function offsetOf(doc: vscode.TextDocument, needle: string, nth = 0): number {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${nth} occurs in ${doc.uri.path}`);
  }
  return at;
}

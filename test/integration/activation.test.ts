import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi as Api } from '../../src/editor/extension';

const EXTENSION_ID = 'news-annotator.news-annotator';
const SAMPLE = 'iran-iraq-security-cooperation.news';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opens the fixture workspace (a fresh copy of test/fixtures)');
  return vscode.Uri.joinPath(folder.uri, name);
}

suite('Activation (real VS Code)', () => {
  suiteSetup(() => {
    console.log(`VS Code ${vscode.version} (${vscode.env.appName}, ui ${vscode.UIKind[vscode.env.uiKind]}, remote ${vscode.env.remoteName ?? 'none'})`);
  });

  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('runs on a fresh copy of the fixture workspace', () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    assert.notStrictEqual(path.resolve(folder.uri.fsPath), path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures'));
  });

  test('a .news article opens as news-article', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile(SAMPLE));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'news-article');
  });

  test('the extension activates and returns its API', async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    const doc = await vscode.workspace.openTextDocument(workspaceFile(SAMPLE));
    await vscode.window.showTextDocument(doc);
    const api = await ext.activate();
    assert.ok(ext.isActive);
    assert.strictEqual(typeof api.analysisFor, 'function');
  });

  test('analysisFor(uri) gives entities, actors and claims for an open article', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile(SAMPLE));
    await vscode.window.showTextDocument(doc);
    const api = await vscode.extensions.getExtension<Api>(EXTENSION_ID)!.activate();
    const analysis = await api.analysisFor(doc.uri);
    assert.ok(analysis, 'an analysis for the open document');
    assert.ok(Array.isArray(analysis.entities), 'entities is an array');
    assert.ok(Array.isArray(analysis.actors), 'actors is an array');
    assert.ok(Array.isArray(analysis.claims), 'claims is an array');
  });

  test('News Annotator: Show Analysis Summary runs on the active article', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile(SAMPLE));
    await vscode.window.showTextDocument(doc);
    const summary = await vscode.commands.executeCommand<{ entities: number; actors: number; claims: number }>(
      'newsAnnotator.showAnalysisSummary',
    );
    assert.ok(summary, 'the command returns a summary for the active editor');
    for (const key of ['entities', 'actors', 'claims'] as const) {
      assert.strictEqual(typeof summary[key], 'number', `${key} is a count`);
    }
  });
});

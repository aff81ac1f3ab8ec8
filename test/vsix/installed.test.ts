import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/editor/extension';

const EXTENSION_ID = 'news-annotator.news-annotator';
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

suite('Installed .vsix (as a user gets it)', () => {
  test('the extension comes from the installed package, not the source folder', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const installedAt = path.resolve(ext.extensionUri.fsPath);
    assert.notStrictEqual(installedAt, REPO_ROOT, 'not the development folder');
    assert.ok(path.basename(installedAt).startsWith(`${EXTENSION_ID}-`), `an installed extension folder: ${installedAt}`);
    const expected = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(ext.packageJSON.version, expected.version);
  });

  test('the package holds the bundle and no sources or dev files', () => {
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri.fsPath;
    for (const bundle of ['extension.js', 'analysisWorker.js', 'claimsWorker.js']) {
      assert.ok(fs.existsSync(path.join(root, 'dist', bundle)), `dist/${bundle} is packaged`);
    }
    for (const unwanted of ['src', 'test', 'node_modules', 'out', '.test-runs', 'tsconfig.json']) {
      assert.ok(!fs.existsSync(path.join(root, unwanted)), `${unwanted} is not packaged`);
    }
  });

  test('opening an article activates it and the language, command and API work', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a fixture workspace is open');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'iran-iraq-security-cooperation.news'));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'news-article');
    const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID)!;
    const api = await ext.activate();
    assert.ok(ext.isActive);
    assert.ok(Array.isArray((await api.analysisFor(doc.uri))?.entities), 'analysisFor gives entities');
    const summary = await vscode.commands.executeCommand<{ entities: number }>('newsAnnotator.showAnalysisSummary');
    assert.strictEqual(typeof summary?.entities, 'number');
  });
});

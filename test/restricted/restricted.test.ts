import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import * as path from 'path';
import { api, eventually, offsetOf, openArticle, workspaceFile } from '../integration/helpers';

const SAMPLE = 'iran-iraq-security-cooperation.news';

suite('Restricted Mode: reading works, nothing is written', () => {
  test('the workspace is not trusted (the suite would prove nothing otherwise)', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  test('highlights, hovers and navigation work on the sample article', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    assert.ok(analysis.entities.some((e) => e.type === 'PERSON' && e.text === 'Hussein Amir-Abdollahian'));
    const doc = editor.document;
    const at = offsetOf(doc, 'Amir-Abdollahian', 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 2));
    const text = hovers.flatMap((h) => h.contents).map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c))).join('\n');
    assert.match(text, /Hussein Amir-Abdollahian/);
    editor.selection = new vscode.Selection(doc.positionAt(at + 1), doc.positionAt(at + 1));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.nextMention'), true);
  });

  test('tagging a claim is refused with the reason, and no annotation file is written', async () => {
    const { editor } = await openArticle(SAMPLE);
    const start = offsetOf(editor.document, 'this cooperation will improve');
    const tagged = await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end: start + 30, speaker: null, status: 'verified', tags: [], note: '' });
    assert.strictEqual(tagged, false);
    await new Promise((r) => setTimeout(r, 800)); // longer than the save debounce
    assert.ok(!fs.existsSync(`${workspaceFile(SAMPLE).fsPath}.annotations.json`), 'no sidecar written');
  });

  test('a workspace setting of ours is ignored: plain text stays unannotated', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
    // An editor setting in the same file shows when VS Code has read it; ours from it must not apply.
    fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'editor.tabSize': 7, 'newsAnnotator.enablePlainText': true }));
    await eventually(() => vscode.workspace.getConfiguration('editor').get('tabSize') === 7, 'VS Code reads the workspace settings', 10000);
    assert.strictEqual(vscode.workspace.getConfiguration('newsAnnotator').get('enablePlainText'), false, 'a restricted setting is not applied');
    const doc = await vscode.workspace.openTextDocument(workspaceFile('iran-iraq-security-cooperation.txt'));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(await (await api()).analysisFor(doc.uri), undefined);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, eventually, offsetOf, openArticle, workspaceFile } from './helpers';
import type { ActorsTreeNode, ClaimNode, ClaimsTreeNode } from '../../src/editor/views/treeNodes';

// "Clinton and Sanders said …": a claim two named people make together is each one's, in every view.
const ARTICLE = 'joint-statement.news';
const TEXT = 'Rivals Agree on Wages\n\nWASHINGTON — Hillary Clinton met Bernie Sanders in Washington on Monday.\n\n'
  + 'Clinton and Sanders said the minimum wage should rise to $15 an hour.\n\n'
  + 'Sanders said later that the meeting had been friendly.\n';

suite('Co-speakers: a claim named people make together', () => {
  suiteSetup(() => {
    fs.writeFileSync(workspaceFile(ARTICLE).fsPath, TEXT);
    fs.rmSync(`${workspaceFile(ARTICLE).fsPath}.annotations.json`, { force: true });
  });
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the claim is under both speakers in the Claims and Actors trees, and the hover names both', async () => {
    const { editor, analysis } = await openArticle(ARTICLE);
    const joint = analysis.claims.find((c) => c.text.startsWith('the minimum wage'));
    assert.ok(joint, analysis.claims.map((c) => c.text).join(' | '));
    const names = [joint.speaker, ...(joint.coSpeakers ?? [])].map((id) => analysis.actors.find((a) => a.id === id)?.name);
    assert.deepEqual(names, ['Hillary Clinton', 'Bernie Sanders']);

    const { views } = await api();
    const groups = await eventually(() => { const g = views.claims.getChildren(); return g.length > 1 && g; }, 'claims tree');
    const underGroup = (label: string): string[] => {
      const g = groups.find((x: ClaimsTreeNode) => views.claims.getTreeItem(x).label === label);
      return g ? views.claims.getChildren(g).map((n) => (n as ClaimNode).claim.text) : [];
    };
    assert.ok(underGroup('Hillary Clinton').includes(joint.text), 'under Clinton');
    assert.ok(underGroup('Bernie Sanders').includes(joint.text), 'under Sanders');

    const people = views.actors.getChildren().find((g: ActorsTreeNode) => views.actors.getTreeItem(g).label === 'People')!;
    const sanders = views.actors.getChildren(people).find((n) => views.actors.getTreeItem(n).label === 'Bernie Sanders')!;
    const claimsOfSanders = views.actors.getChildren(sanders).filter((c): c is ClaimNode => c.kind === 'claim').map((c) => c.claim.text);
    assert.ok(claimsOfSanders.includes(joint.text), claimsOfSanders.join(' | '));

    const doc = editor.document;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offsetOf(doc, 'minimum wage') + 2));
    const shown = hovers.flatMap((h) => h.contents).map((c) => (c as vscode.MarkdownString).value).join('\n');
    assert.match(shown, /Speakers: `Hillary Clinton`, `Bernie Sanders`/);
  });

  test('the user sets who else makes a claim: the views follow, it is saved, and undo takes it back', async () => {
    const { editor, analysis } = await openArticle(ARTICLE);
    const byName = (name: string): string => analysis.actors.find((a) => a.name === name)!.id;
    const later = analysis.claims.find((c) => c.text.includes('the meeting had been friendly'));
    assert.ok(later, analysis.claims.map((c) => c.text).join(' | '));
    assert.equal(later.coSpeakers, undefined);
    const run = (claim: { start: number; end: number }, coSpeakers: string[]): Thenable<boolean> =>
      vscode.commands.executeCommand<boolean>('newsAnnotator.setCoSpeakers', { start: claim.start, end: claim.end, coSpeakers });
    assert.strictEqual(await run(later, [byName('Hillary Clinton')]), true);
    const a = await api();
    const now = await a.analysisFor(editor.document.uri);
    assert.deepEqual(now!.claims.find((c) => c.start === later.start)?.coSpeakers, [byName('Hillary Clinton')]);
    const { views } = a;
    const clinton = await eventually(() => views.claims.getChildren().find((g: ClaimsTreeNode) => views.claims.getTreeItem(g).label === 'Hillary Clinton'), 'Clinton group');
    await eventually(() => views.claims.getChildren(clinton).some((n) => (n as ClaimNode).claim.start === later.start), 'the claim under Clinton');

    // The joint claim made Sanders's alone: an empty list is the speaker alone, not "the analysis's".
    const joint = analysis.claims.find((c) => c.text.startsWith('the minimum wage'))!;
    assert.strictEqual(await run(joint, []), true);
    assert.equal((await a.analysisFor(editor.document.uri))!.claims.find((c) => c.start === joint.start)?.coSpeakers, undefined);

    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    const sidecarPath = `${workspaceFile(ARTICLE).fsPath}.annotations.json`;
    const saved = await eventually(() => {
      const records = fs.existsSync(sidecarPath) ? (JSON.parse(fs.readFileSync(sidecarPath, 'utf8')) as { claims: { coSpeakers?: string[] }[] }).claims : [];
      return records.length === 2 && records;
    }, 'both records saved');
    assert.deepEqual(saved.map((r) => r.coSpeakers).sort(), [[], [byName('Hillary Clinton')]]);

    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), true);
    assert.deepEqual((await a.analysisFor(editor.document.uri))!.claims.find((c) => c.start === joint.start)?.coSpeakers, [byName('Bernie Sanders')], 'undo restores the analysis\'s co-speaker');
    assert.strictEqual(await run(later, ['person:nobody-here']), false, 'an id that is no actor changes nothing');
  });
});

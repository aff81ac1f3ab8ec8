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
  suiteSetup(() => fs.writeFileSync(workspaceFile(ARTICLE).fsPath, TEXT));
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
});

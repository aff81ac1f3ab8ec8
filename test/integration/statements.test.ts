import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, eventually, offsetOf, openArticle, workspaceFile } from './helpers';
import type { ClaimNode, ClaimsTreeNode } from '../../src/editor/views/treeNodes';

// A wire story whose statements come in pieces around their cue: a passive cue splits its content, an inverted
// "she said" splits a quote. The analysis keeps the pieces (offsets, scoring); the editor shows one claim each.
const ARTICLE = 'storm-pieces.news';
const TEXT = 'Texas Braces for Storm\n\nHOUSTON — President Bush is expected to visit several cities in Texas next week.\n\n'
  + '“We will rebuild every street,” Mayor Annise Parker said on Tuesday. “Nobody will be left behind.”\n\n'
  + 'Parker said the city had asked for federal help. Officials said the storm had weakened overnight.\n\n'
  + 'The storm killed at least 20 people, according to the Red Cross.\n';

function claimNodes(children: (n?: ClaimsTreeNode) => ClaimsTreeNode[]): ClaimNode[] {
  return children().flatMap((g) => children(g)).filter((n): n is ClaimNode => n.kind === 'claim');
}

suite('Statements: a claim in pieces around its cue is one claim in the editor', () => {
  suiteSetup(() => fs.writeFileSync(workspaceFile(ARTICLE).fsPath, TEXT));
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the Claims tree, the hover and the Outline show each statement once, its pieces joined, with its source words; unnamed and missing sources apart', async () => {
    const { editor, analysis } = await openArticle(ARTICLE);
    const pieces = analysis.claims.filter((c) => c.cue?.text === 'is expected');
    assert.deepEqual(pieces.map((c) => c.text), ['President Bush', 'to visit several cities in Texas next week'], 'the analysis keeps the pieces');
    const { views } = await api();
    const nodes = await eventually(() => { const n = claimNodes((g) => views.claims.getChildren(g)); return n.length > 0 && n; }, 'claims tree');
    const labels = nodes.map((n) => String(views.claims.getTreeItem(n).label));
    assert.ok(labels.includes('President Bush … to visit several cities in Texas next week'), labels.join(' | '));
    assert.ok(labels.includes('“We will rebuild every street,” … “Nobody will be left behind.”'), labels.join(' | '));
    assert.strictEqual(nodes.length, analysis.claims.length - 2, 'two statements of two pieces each');

    const described = (text: string) => views.claims.getTreeItem(nodes.find((n) => n.claim.text.startsWith(text))!).description;
    assert.strictEqual(described('“We will rebuild'), 'Mayor Annise Parker · said', 'who says it, as the article words it, and the cue');
    assert.strictEqual(described('the storm had weakened'), 'Officials · said', 'an unnamed source is shown though no actor speaks');
    assert.strictEqual(described('President Bush'), 'is expected', 'no source words, the cue alone');

    const groups = views.claims.getChildren();
    const group = (label: string) => groups.find((g) => views.claims.getTreeItem(g).label === label);
    const unnamed = group('Unnamed sources');
    const none = group('No source in the text');
    assert.ok(unnamed && none, groups.map((g) => views.claims.getTreeItem(g).label).join(', '));
    assert.deepEqual(views.claims.getChildren(unnamed).map((n) => (n as ClaimNode).claim.text), ['the storm had weakened overnight']);
    assert.ok(views.claims.getChildren(none).some((n) => (n as ClaimNode).claim.text === 'President Bush'));
    assert.strictEqual(views.claims.getTreeItem(none).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed, 'no-source claims start closed');
    assert.strictEqual(groups.indexOf(none), groups.length - 1, 'and come last');
    const icon = (label: string) => (views.claims.getTreeItem(group(label)!).iconPath as vscode.ThemeIcon).id;
    assert.deepEqual([icon('Annise Parker'), icon('Red Cross')], ['person', 'organization'], 'a speaker group shows its actor\'s type');

    const bush = nodes.find((n) => n.claim.text === 'President Bush')!;
    const reveal = views.claims.getTreeItem(bush).command!;
    assert.deepEqual(reveal.arguments!.slice(1), [pieces[0].start, pieces[1].end], 'clicking reveals the whole statement');

    const doc = editor.document;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offsetOf(doc, 'Nobody') + 2));
    const shown = hovers.flatMap((h) => h.contents).map((c) => (c as vscode.MarkdownString).value).join('\n');
    assert.match(shown, /We will rebuild every street,” … “Nobody will be left behind/);
    assert.match(shown, /in the text: `Mayor Annise Parker`/);

    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.strictEqual(symbols.filter((s) => s.kind === vscode.SymbolKind.String).length, nodes.length);
  });

  test('a status set on a statement marks every piece, in one undo step', async () => {
    const { editor } = await openArticle(ARTICLE);
    const { views } = await api();
    const nodes = await eventually(() => { const n = claimNodes((g) => views.claims.getChildren(g)); return n.length > 0 && n; }, 'claims tree');
    const quote = nodes.find((n) => n.pieces.length === 2 && n.claim.kind === 'direct');
    assert.ok(quote, 'the split quote is one node');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.setClaimStatus', { ...quote, status: 'disputed' }), true);
    const a = await api();
    const marked = (await a.analysisFor(editor.document.uri))!.claims.filter((c) => c.status === 'disputed');
    assert.deepEqual(marked.map((c) => c.text), ['“We will rebuild every street,”', '“Nobody will be left behind.”']);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), true);
    const after = await a.analysisFor(editor.document.uri);
    assert.deepEqual(after!.claims.filter((c) => c.status === 'disputed'), [], 'one undo reverts both pieces');
  });

  test('Copy Claims as a Markdown Table puts one row per statement on the clipboard', async () => {
    await openArticle(ARTICLE);
    const report = await vscode.commands.executeCommand<string>('newsAnnotator.copyClaimsReport');
    assert.ok(report, 'the command returns the table');
    assert.match(report, /^## Claims in storm-pieces\.news\n\n5 claims\./);
    assert.match(report, /\| 5 \| Annise Parker \| “We will rebuild every street,” … “Nobody will be left behind\.” \| said \| unverified \|/);
    assert.match(report, /\| “Officials” \(not named\) \| the storm had weakened overnight \| said \|/);
    assert.strictEqual(await vscode.env.clipboard.readText(), report);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, eventually, offsetOf, openArticle, workspaceFile } from './helpers';
import { PARALLEL_MIN_CHARS } from '../../src/core/parallel/parallelAnalyzer';

const SAMPLE = 'iran-iraq-security-cooperation.news';

suite('Editor: highlights, hovers, navigation and symbols on the sample article', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('decorations mark entities by type at the analysed offsets, for the current version', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const a = await api();
    const drawn = await eventually(() => a.decorationsFor(editor), 'decorations drawn');
    assert.strictEqual(drawn.version, editor.document.version);
    const text = editor.document.getText();
    const persons = drawn.entities.PERSON ?? [];
    assert.ok(persons.some((s) => text.slice(s.start, s.end) === 'Hussein Amir-Abdollahian'), 'the foreign minister is highlighted as a person');
    const total = Object.values(drawn.entities).reduce((n, spans) => n + spans.length, 0);
    assert.strictEqual(total, analysis.entities.length, 'every entity is drawn');
    assert.strictEqual(drawn.claims.length, analysis.claims.length, 'every claim is underlined');
  });

  test('hover on a person shows the actor card and our action links only', async () => {
    const { editor } = await openArticle(SAMPLE);
    const doc = editor.document;
    const at = doc.positionAt(offsetOf(doc, 'Amir-Abdollahian', 1) + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const ours = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
    const all = ours.map((m) => m.value).join('\n');
    assert.match(all, /Hussein Amir-Abdollahian/);
    assert.match(all, /mention/);
    const links = [...all.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(links.includes('newsAnnotator.nextMention') && links.includes('newsAnnotator.revealInSidebar'), 'action links present');
    for (const id of links) assert.match(id, /^newsAnnotator\./, 'only our own commands are linked');
  });

  test('next and previous mention move between the mentions of the actor under the cursor', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const doc = editor.document;
    const first = offsetOf(doc, 'Hussein Amir-Abdollahian');
    const actorId = analysis.entities.find((e) => e.start <= first && first < e.end)?.actor;
    assert.ok(actorId, 'the name belongs to an actor');
    const mentions = analysis.entities.filter((e) => e.actor === actorId).sort((x, y) => x.start - y.start);
    assert.ok(mentions.length >= 3, 'the minister is mentioned several times');
    editor.selection = new vscode.Selection(doc.positionAt(first + 1), doc.positionAt(first + 1));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.nextMention'), true);
    const afterNext = vscode.window.activeTextEditor!.selection;
    assert.strictEqual(doc.offsetAt(afterNext.start), mentions[1].start);
    assert.strictEqual(doc.getText(afterNext), mentions[1].text);
    await vscode.commands.executeCommand('newsAnnotator.previousMention');
    assert.strictEqual(doc.offsetAt(vscode.window.activeTextEditor!.selection.start), mentions[0].start);
    await vscode.commands.executeCommand('newsAnnotator.previousMention');
    assert.strictEqual(doc.offsetAt(vscode.window.activeTextEditor!.selection.start), mentions[mentions.length - 1].start, 'wraps around');
  });

  test('document symbols list actors and claims (Outline, Go to Symbol)', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Hussein Amir-Abdollahian'));
    assert.strictEqual(symbols.filter((s) => s.kind === vscode.SymbolKind.String).length, analysis.claims.length);
  });

  test('the Actors tree groups by type, reveal selects the actor, and the Claims tree groups by speaker', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const { views } = await api();
    const groups = await eventually(() => { const g = views.actors.getChildren(); return g.length > 0 && g; }, 'actor groups');
    const labels = groups.map((g) => String(views.actors.getTreeItem(g).label));
    assert.ok(labels.includes('People') && labels.includes('Countries and cities'), labels.join(', '));
    const people = groups.find((g) => views.actors.getTreeItem(g).label === 'People')!;
    const actorNodes = views.actors.getChildren(people);
    const minister = actorNodes.find((n) => views.actors.getTreeItem(n).label === 'Hussein Amir-Abdollahian');
    assert.ok(minister, 'the minister is listed under People');
    const children = views.actors.getChildren(minister);
    assert.ok(children.some((c) => c.kind === 'mention') && children.some((c) => c.kind === 'claim'), 'mentions and claims under the actor');
    const mentionItem = views.actors.getTreeItem(children.find((c) => c.kind === 'mention')!);
    assert.strictEqual(mentionItem.command?.command, '_newsAnnotator.revealRange');

    const doc = editor.document;
    editor.selection = new vscode.Selection(doc.positionAt(offsetOf(doc, 'Zidane') + 1), doc.positionAt(offsetOf(doc, 'Zidane') + 1));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.revealInSidebar'), true);
    const selected = await eventually(() => views.actorsView.selection[0] as { kind?: string; actor?: { name: string } } | undefined, 'tree selection');
    assert.strictEqual(selected.kind, 'actor');
    assert.match(selected.actor!.name, /Zidane/);

    const claimGroups = views.claims.getChildren();
    const speakers = claimGroups.map((g) => String(views.claims.getTreeItem(g).label));
    assert.ok(speakers.includes('Hussein Amir-Abdollahian'), speakers.join(', '));
    // A claim made together ("the two sides discussed …": Amir-Abdollahian with al-Amiri) is listed under each of them.
    assert.ok(speakers.includes('Hadi al-Amiri'), speakers.join(', '));
    const total = claimGroups.filter((g) => g.kind === 'claimGroup').reduce((n, g) => n + views.claims.getChildren(g).length, 0);
    assert.strictEqual(total, analysis.claims.reduce((n, c) => n + 1 + (c.coSpeakers?.length ?? 0), 0));
  });

  test('Go to actor: the quick pick ranks a misspelt name first and accepting it jumps to the first mention', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const doc = editor.document;
    editor.selection = new vscode.Selection(doc.positionAt(doc.getText().length - 1), doc.positionAt(doc.getText().length - 1));
    let finished = false;
    const done = Promise.resolve(vscode.commands.executeCommand('newsAnnotator.goToActor', { query: 'abdolahian' })).then(() => { finished = true; });
    // Accept the pick's first item once the workbench shows it (the command settles when the pick is accepted).
    for (let i = 0; i < 50 && !finished; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    await done;
    const sel = vscode.window.activeTextEditor!.selection;
    const minister = analysis.entities.filter((e) => e.text.includes('Amir-Abdollahian')).sort((x, y) => x.start - y.start)[0];
    const actorFirst = analysis.entities.filter((e) => e.actor === minister.actor).sort((x, y) => x.start - y.start)[0];
    assert.strictEqual(doc.offsetAt(sel.start), actorFirst.start, 'at the first mention of the minister');
  });

  test('clicking a mention reveals and selects it in the editor', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const e = analysis.entities.find((x) => x.text === 'Soleimani' || x.text.endsWith('Soleimani'));
    assert.ok(e, 'Soleimani is found');
    await vscode.commands.executeCommand('_newsAnnotator.revealRange', editor.document.uri.toString(), e.start, e.end);
    const sel = vscode.window.activeTextEditor!.selection;
    assert.strictEqual(editor.document.getText(sel), e.text);
  });

  test('the status bar summarises the article', async () => {
    await openArticle(SAMPLE);
    const a = await api();
    const text = await eventually(() => /\$\(person\) \d+/.test(a.statusBarText()) && a.statusBarText(), 'status bar counts');
    assert.match(text, /\$\(quote\) [1-9]\d*/);
  });

  test('typing re-analyses after the debounce and offsets follow the new text', async () => {
    const { editor } = await openArticle(SAMPLE);
    const doc = editor.document;
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'UPDATE: '));
    const analysis = await (await api()).analysisFor(doc.uri);
    assert.ok(analysis);
    const text = doc.getText();
    for (const e of analysis.entities) assert.strictEqual(text.slice(e.start, e.end), e.text);
    assert.ok(analysis.entities.some((e) => e.text === 'Hussein Amir-Abdollahian'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

suite('Editor: more articles, line endings and plain text', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('a BOM + CRLF .article: every highlight covers exactly its entity text', async () => {
    const { editor, analysis } = await openArticle('city-council-budget.article');
    assert.strictEqual(editor.document.languageId, 'news-article');
    assert.strictEqual(editor.document.eol, vscode.EndOfLine.CRLF);
    const text = editor.document.getText();
    assert.ok(analysis.entities.length > 5);
    for (const e of analysis.entities) assert.strictEqual(text.slice(e.start, e.end), e.text);
    assert.ok(analysis.entities.some((e) => e.type === 'PERSON' && /Ruiz/.test(e.text)));
  });

  test('another .news article gets its people and countries', async () => {
    const { analysis } = await openArticle('grain-corridor-talks.news');
    const persons = analysis.entities.filter((e) => e.type === 'PERSON').map((e) => e.text);
    assert.ok(persons.some((p) => /Fidan/.test(p)), persons.join(', '));
    assert.ok(analysis.entities.some((e) => e.type === 'GPE' && e.text === 'Ukraine'));
  });

  test('a long article is drawn first around the visible lines, then whole; its Outline stays bounded', async () => {
    const sample = fs.readFileSync(workspaceFile(SAMPLE).fsPath, 'utf8');
    const file = workspaceFile('long-article.news');
    fs.writeFileSync(file.fsPath, Array.from({ length: 40 }, () => sample).join('\n'));
    const doc = await vscode.workspace.openTextDocument(file);
    const editor = await vscode.window.showTextDocument(doc);
    const a = await api();
    const partialEnds: number[] = [];
    const deadline = Date.now() + 60_000;
    for (;;) {
      const drawn = a.decorationsFor(editor);
      if (drawn && drawn.version === doc.version) {
        if (!drawn.partial) break;
        partialEnds.push(Math.max(0, ...Object.values(drawn.entities).flat().map((s) => s.end)));
      }
      assert.ok(Date.now() < deadline, 'the whole article is drawn');
      await new Promise((r) => setTimeout(r, 2));
    }
    // A preview, when one was drawn, covers the top of the article (where the editor opened), not all of it.
    for (const end of partialEnds) assert.ok(end < doc.getText().length / 4, `preview reaches ${end}`);
    const drawn = a.decorationsFor(editor)!;
    const lastDrawn = Math.max(...Object.values(drawn.entities).flat().map((s) => s.end));
    assert.ok(lastDrawn > doc.getText().length / 2, 'the whole analysis reaches the lines near the top and beyond the preview');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const count = symbols.reduce((n, s) => n + 1 + s.children.length, 0);
    const analysis = await a.analysisFor(doc.uri);
    assert.ok(analysis && analysis.claims.length + analysis.entities.length > 1000, 'more results than the Outline shows');
    assert.ok(count > 100 && count <= 1000, `${count} symbols`);
  });

  test('an article long enough for the claims thread gets speaker-resolved claims to its end', async () => {
    const sample = fs.readFileSync(workspaceFile(SAMPLE).fsPath, 'utf8');
    const file = workspaceFile('very-long-article.news');
    fs.writeFileSync(file.fsPath, Array.from({ length: Math.ceil(PARALLEL_MIN_CHARS / sample.length) + 1 }, () => sample).join('\n'));
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    const a = await api();
    const length = doc.getText().length;
    assert.ok(length >= PARALLEL_MIN_CHARS);
    const deadline = Date.now() + 60_000;
    let analysis = await a.analysisFor(doc.uri);
    while (!analysis?.entities.some((e) => e.start > (3 * length) / 4)) { // a preview covers the top only
      assert.ok(Date.now() < deadline, 'the whole article is analysed');
      await new Promise((r) => setTimeout(r, 50));
      analysis = await a.analysisFor(doc.uri);
    }
    assert.ok(analysis.claims.some((c) => c.start > (3 * length) / 4 && c.speaker !== null), 'speaker-resolved claims near the end');
    const claimTexts = analysis.claims.map((c) => doc.getText().slice(c.start, c.end));
    assert.deepEqual(analysis.claims.map((c) => c.text), claimTexts, 'claim texts are the document at their offsets');
  });

  test('a .txt file is annotated only after the toggle, and the toggle turns it off again', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('iran-iraq-security-cooperation.txt'));
    await vscode.window.showTextDocument(doc);
    const a = await api();
    assert.strictEqual(await a.analysisFor(doc.uri), undefined, 'plain text is not annotated by default');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.toggleAnnotation'), true);
    const analysis = await a.analysisFor(doc.uri);
    assert.ok(analysis && analysis.entities.length > 0);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.toggleAnnotation'), false);
    assert.strictEqual(await a.analysisFor(doc.uri), undefined);
  });

  test('a Markdown article is read as its prose: a linked name speaks, offsets and texts are the file\'s', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('markdown-budget-statement.md'));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'markdown');
    const a = await api();
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.toggleAnnotation'), true);
    try {
      const analysis = await a.analysisFor(doc.uri);
      assert.ok(analysis);
      const reeves = analysis.entities.find((e) => e.start === offsetOf(doc, 'Rachel Reeves'));
      assert.strictEqual(reeves?.type, 'PERSON', 'the link label "[Rachel Reeves](…)" is a person');
      const claim = analysis.claims.find((c) => c.text.includes('make the hard choices'));
      assert.ok(claim, analysis.claims.map((c) => c.text).join(' | '));
      assert.strictEqual(analysis.actors.find((x) => x.id === claim.speaker)?.name, 'Rachel Reeves');
      const bold = analysis.claims.find((c) => c.text.includes('betrayal of working families'));
      assert.strictEqual(analysis.actors.find((x) => x.id === bold?.speaker)?.name, 'Kemi Badenoch');
      for (const c of analysis.claims) assert.strictEqual(c.text, doc.getText().slice(c.start, c.end));
    } finally {
      await vscode.commands.executeCommand('newsAnnotator.toggleAnnotation');
    }
  });
});

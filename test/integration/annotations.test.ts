import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, eventually, offsetOf, openArticle, workspaceFile } from './helpers';

const SAMPLE = 'grain-corridor-talks.news';

function sidecarPath(name: string): string {
  return `${workspaceFile(name).fsPath}.annotations.json`;
}

function readSidecar(name: string): { claims: { id: string; status: string; tags: string[]; anchor: { start: number; end: number; exact: string; state?: string } }[]; entities: { decision: string; anchor: { exact: string } }[] } | undefined {
  const file = sidecarPath(name);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

async function waitForSidecar<T>(name: string, check: (s: NonNullable<ReturnType<typeof readSidecar>>) => T | undefined | false): Promise<T> {
  return eventually(() => { const s = readSidecar(name); return s && check(s); }, `${name}'s sidecar`, 8000);
}

suite('Annotations: tagging, correcting and the sidecar file', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('tagging a selection as a claim writes the sidecar and shows the status in the analysis and hover', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const doc = editor.document;
    const start = offsetOf(doc, 'sanctions on Russian fertilizer exports had to be lifted first');
    const end = start + 'sanctions on Russian fertilizer exports had to be lifted first'.length;
    const speaker = analysis.actors.find((a) => /Vershinin/.test(a.name));
    assert.ok(speaker, 'Vershinin is an actor');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end, speaker: speaker.id, status: 'disputed', tags: ['sanctions'], note: 'check with FAO' }), true);
    const record = await waitForSidecar(SAMPLE, (s) => s.claims.find((c) => c.anchor.exact.startsWith('sanctions on Russian')));
    assert.strictEqual(record.status, 'disputed');
    assert.deepEqual(record.tags, ['sanctions']);
    const text = fs.readFileSync(sidecarPath(SAMPLE), 'utf8');
    assert.ok(text.endsWith('\n') && /"claims": \[\n\s+\{.*\}/.test(text), 'one record per line');
    const after = await (await api()).analysisFor(doc.uri);
    const claim = after!.claims.find((c) => c.start === start && c.end === end);
    assert.strictEqual(claim?.status, 'disputed');
    assert.strictEqual(claim?.speaker, speaker.id);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(start + 5));
    assert.match(hovers.flatMap((h) => h.contents).map((c) => (c as vscode.MarkdownString).value).join('\n'), /disputed/);
  });

  test('what was saved is what a later session loads (claim status, rejected entity)', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const doc = editor.document;
    const q = 'We cannot send crews into waters that are mined';
    const start = offsetOf(doc, q);
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end: start + q.length, speaker: null, status: 'verified', tags: ['safety'], note: '' });
    const odesa = analysis.entities.find((e) => e.text === 'Odesa');
    assert.ok(odesa, 'Odesa is found');
    await vscode.commands.executeCommand('newsAnnotator.rejectEntity', { start: odesa.start, end: odesa.end, all: false });
    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    await waitForSidecar(SAMPLE, (s) => s.claims.some((c) => c.anchor.exact === q) && s.entities.some((e) => e.decision === 'rejected'));
    // A new session on a copy of the article and its annotation file (as a teammate gets them from git).
    const copy = 'grain-copy.news';
    fs.copyFileSync(workspaceFile(SAMPLE).fsPath, workspaceFile(copy).fsPath);
    fs.copyFileSync(sidecarPath(SAMPLE), sidecarPath(copy));
    const reopened = await openArticle(copy);
    const claim = reopened.analysis.claims.find((c) => c.text === q);
    assert.strictEqual(claim?.status, 'verified');
    assert.deepEqual(claim?.tags, ['safety']);
    assert.ok(!reopened.analysis.entities.some((e) => e.start === odesa.start && e.end === odesa.end), 'the rejection is loaded');
  });

  test('a rejected entity stays rejected through re-analysis; undo brings it back', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const doc = editor.document;
    const target = analysis.entities.find((e) => e.text === 'Istanbul');
    assert.ok(target, 'Istanbul is found');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.rejectEntity', { start: target.start, end: target.end, all: false }), true);
    const a = await api();
    let now = await a.analysisFor(doc.uri);
    assert.ok(!now!.entities.some((e) => e.start === target.start && e.end === target.end));
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\nMore text about Kyiv.\n'));
    now = await a.analysisFor(doc.uri);
    assert.ok(!now!.entities.some((e) => e.text === 'Istanbul' && e.start === target.start), 'still rejected after re-analysis');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), true);
    now = await a.analysisFor(doc.uri);
    assert.ok(now!.entities.some((e) => e.text === 'Istanbul' && e.start === target.start), 'undo restores it');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('apply to all identical mentions: retype every "Fidan"', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const fidan = analysis.entities.filter((e) => e.text === 'Fidan');
    assert.ok(fidan.length >= 1);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.retypeEntity', { start: fidan[0].start, end: fidan[0].end, type: 'ORG', all: true }), true);
    const now = await (await api()).analysisFor(editor.document.uri);
    const all = now!.entities.filter((e) => e.text === 'Fidan');
    assert.ok(all.length >= fidan.length && all.every((e) => e.type === 'ORG'));
    await vscode.commands.executeCommand('newsAnnotator.undoAnnotation');
  });

  test('rename, Wikidata id and merge of actors show in the analysis', async () => {
    const { editor, analysis } = await openArticle(SAMPLE);
    const un = analysis.actors.find((a) => a.name === 'United Nations' || a.aliases.includes('UN'));
    const guterres = analysis.actors.find((a) => /Guterres/.test(a.name));
    assert.ok(un && guterres);
    await vscode.commands.executeCommand('newsAnnotator.setWikidataId', { actorId: guterres.id, wikidataId: 'Q311440' });
    await vscode.commands.executeCommand('newsAnnotator.renameActor', { actorId: guterres.id, name: 'António Guterres' });
    let now = await (await api()).analysisFor(editor.document.uri);
    const renamed = now!.actors.find((a) => a.id === guterres.id);
    assert.strictEqual(renamed?.name, 'António Guterres');
    assert.strictEqual(renamed?.wikidataId, 'Q311440');
    const solskyi = now!.actors.find((a) => /Solskyi/.test(a.name));
    assert.ok(solskyi);
    await vscode.commands.executeCommand('newsAnnotator.mergeActors', { actorId: solskyi.id, into: guterres.id });
    now = await (await api()).analysisFor(editor.document.uri);
    assert.ok(!now!.actors.some((a) => a.id === solskyi.id), 'merged actor gone');
    assert.ok(now!.entities.filter((e) => e.actor === guterres.id).some((e) => /Solskyi/.test(e.text)));
  });

  test('an external rewrite of the article re-anchors the claim; a deleted sentence becomes an orphan', async () => {
    const name = 'rewritten-sample.news'; // a copy, so other suites still see the sample as committed
    fs.copyFileSync(workspaceFile('iran-iraq-security-cooperation.news').fsPath, workspaceFile(name).fsPath);
    const { editor } = await openArticle(name);
    const doc = editor.document;
    const quote = 'this cooperation will improve the security and stability of both countries';
    const start = offsetOf(doc, quote);
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end: start + quote.length, speaker: null, status: 'verified', tags: [], note: '' });
    const quote2 = 'unacceptable and deplorable';
    const s2 = offsetOf(doc, quote2);
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start: s2, end: s2 + quote2.length, speaker: null, status: 'false', tags: [], note: '' });
    await waitForSidecar(name, (s) => s.claims.length === 2);
    // Another program rewrites the article: a paragraph added on top, the sentence with quote2 removed.
    const original = fs.readFileSync(workspaceFile(name).fsPath, 'utf8');
    const lines = original.split('\n');
    const rewritten = ['EDITOR\'S NOTE: updated with new details.', ...lines.filter((l) => !l.includes(quote2))].join('\n');
    fs.writeFileSync(workspaceFile(name).fsPath, rewritten);
    const a = await api();
    const analysis = await eventually(() => doc.getText() === rewritten && doc.version, 'the editor reloads the rewritten file', 8000).then(() => a.analysisFor(doc.uri));
    const moved = analysis!.claims.find((c) => c.text === quote);
    assert.ok(moved && moved.status === 'verified', 'the claim follows its text');
    assert.strictEqual(doc.getText().slice(moved.start, moved.end), quote);
    const diagnostics = await eventually(() => { const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'News Annotator'); return d.length > 0 && d; }, 'orphan diagnostics');
    assert.match(diagnostics[0].message, /unacceptable and deplorable/);
    const { views } = a;
    const groups = views.claims.getChildren();
    assert.ok(groups.some((g) => g.kind === 'orphanGroup'), 'orphans listed in the Claims tree');
  });

  test('an article changed while closed is re-anchored by diff against the text its sidecar was saved for', async () => {
    const lines = ['The council met on Monday.', 'Smith said the budget was balanced.', 'The mayor disagreed.', 'Smith said the budget was balanced.', 'Nobody else spoke.'];
    fs.writeFileSync(workspaceFile('council.news').fsPath, lines.join('\n') + '\n');
    const { editor } = await openArticle('council.news');
    const doc = editor.document;
    const quote = 'the budget was balanced';
    const start = offsetOf(doc, quote, 1); // the second of two identical sentences
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end: start + quote.length, speaker: null, status: 'disputed', tags: [], note: '' });
    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    await waitForSidecar('council.news', (s) => s.claims.length === 1);
    // While it is closed, someone rewrites the words around the annotated sentence (git pull, another editor).
    // Quote and context alone cannot tell the two sentences apart any more; the diff against the saved text can.
    const rewritten = ['The council met on Monday.', 'Smith said the budget was balanced.', 'The mayor, visibly angry, disagreed loudly.', 'Smith insisted the budget was balanced.', 'Nobody else spoke.'].join('\n') + '\n';
    fs.writeFileSync(workspaceFile('council-later.news').fsPath, rewritten);
    fs.copyFileSync(sidecarPath('council.news'), sidecarPath('council-later.news'));
    const reopened = await openArticle('council-later.news');
    const claim = reopened.analysis.claims.find((c) => c.status === 'disputed');
    assert.ok(claim, 'the claim is placed, not orphaned');
    assert.strictEqual(claim.start, rewritten.indexOf(quote, rewritten.indexOf('insisted')), 'on the sentence it was made on');
    assert.strictEqual(vscode.languages.getDiagnostics(reopened.editor.document.uri).filter((d) => d.source === 'News Annotator').length, 0);
  });

  test('with keepArticleTexts off no copy of the article is kept; Delete Kept Copies empties the store', async () => {
    const forget = (): Thenable<number> => vscode.commands.executeCommand<number>('newsAnnotator.forgetArticleTexts');
    const tagAndSave = async (name: string, text: string): Promise<void> => {
      fs.writeFileSync(workspaceFile(name).fsPath, text);
      const { editor } = await openArticle(name);
      const start = offsetOf(editor.document, 'the bridge');
      await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end: start + 10, speaker: null, status: 'disputed', tags: [], note: '' });
      await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
      await waitForSidecar(name, (s) => s.claims.length === 1);
    };
    await forget(); // copies earlier tests kept
    await tagAndSave('kept-on.news', 'Jones said the bridge would reopen in May.\n');
    // The copy may still be being written after the save; deleting waits for it.
    assert.ok(await forget() >= 1, 'the saved article text was kept, then deleted');
    assert.strictEqual(await forget(), 0, 'nothing is left after deleting');
    const settings = vscode.workspace.getConfiguration('newsAnnotator');
    await settings.update('annotations.keepArticleTexts', false, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await new Promise((r) => setTimeout(r, 300));
      await forget(); // a copy the first article's reload may have written before the setting changed
      await tagAndSave('kept-off.news', 'Lee said the bridge would stay closed.\n');
      await new Promise((r) => setTimeout(r, 500)); // time for a copy to have been written, if one were
      assert.strictEqual(await forget(), 0, 'no copy written while the setting is off');
    } finally {
      await settings.update('annotations.keepArticleTexts', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('an annotation that cannot be placed offers quick fixes at the places that have its text', async () => {
    const lines = ['The council met on Monday.', 'Smith said the budget was balanced.', 'The mayor disagreed.', 'Smith said the budget was balanced.', 'Nobody else spoke.'];
    fs.writeFileSync(workspaceFile('council-fix.news').fsPath, lines.join('\n') + '\n');
    const { editor } = await openArticle('council-fix.news');
    const quote = 'the budget was balanced';
    const start = offsetOf(editor.document, quote, 1);
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end: start + quote.length, speaker: null, status: 'false', tags: [], note: '' });
    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    await waitForSidecar('council-fix.news', (s) => s.claims.length === 1);
    // A teammate's copy, rewritten around the annotation, whose original text this machine never saw.
    const rewritten = ['The council met on Monday.', 'Smith said the budget was balanced.', 'The mayor, visibly angry, disagreed loudly.', 'Smith insisted the budget was balanced.', 'Nobody else spoke.'].join('\n') + '\n';
    fs.writeFileSync(workspaceFile('council-fix-copy.news').fsPath, rewritten);
    fs.writeFileSync(sidecarPath('council-fix-copy.news'), fs.readFileSync(sidecarPath('council-fix.news'), 'utf8').replace(/"sha256": ?"[0-9a-f]{64}"/, `"sha256":"${'0'.repeat(64)}"`));
    const { editor: copy, analysis } = await openArticle('council-fix-copy.news');
    assert.ok(!analysis.claims.some((c) => c.status === 'false'), 'not placed by guesswork');
    const doc = copy.document;
    const diagnostic = await eventually(() => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'News Annotator'), 'the orphan in Problems');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Re-attach annotation here: Line 2')) && titles.some((t) => t.startsWith('Re-attach annotation here: Line 4')), titles.join(' | '));
    assert.ok(titles.includes('Delete the annotation that could not be placed'));
    const fix = actions.find((a) => a.title.startsWith('Re-attach annotation here: Line 4'))!;
    assert.strictEqual(await vscode.commands.executeCommand(fix.command!.command, ...fix.command!.arguments!), true);
    const placed = (await (await api()).analysisFor(doc.uri))!.claims.find((c) => c.status === 'false');
    assert.strictEqual(placed?.start, rewritten.indexOf(quote, rewritten.indexOf('insisted')));
    await eventually(() => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'News Annotator').length === 0, 'the Problems entry is gone');
  });

  test('a sidecar changed on disk by another window is merged by id, nothing lost', async () => {
    const { editor } = await openArticle(SAMPLE);
    const doc = editor.document;
    const q = 'Turkey remained a neutral mediator';
    const s = offsetOf(doc, q);
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start: s, end: s + q.length, speaker: null, status: 'unverified', tags: [], note: '' });
    const before = await waitForSidecar(SAMPLE, (sc) => sc.claims.some((c) => c.anchor.exact === q) && sc);
    // "Another window" adds its own claim record to the file.
    const file = sidecarPath(SAMPLE);
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    const q2 = 'more than 30 million tonnes of grain left Ukrainian ports';
    const s2 = doc.getText().indexOf(q2);
    raw.claims.push({ id: 'c-other0window1', origin: 'user', status: 'verified', tags: [], note: 'from another window', speaker: null, anchor: { start: s2, end: s2 + q2.length, exact: q2, prefix: doc.getText().slice(Math.max(0, s2 - 32), s2), suffix: doc.getText().slice(s2 + q2.length, s2 + q2.length + 32) } });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(raw, null, 2));
    fs.renameSync(`${file}.tmp`, file); // another window of ours saves atomically too
    // Meanwhile we make a change too (maybe while our previous save is still finishing); the save must merge both.
    const q3 = 'Moscow would consider the proposal';
    const s3 = offsetOf(doc, q3);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start: s3, end: s3 + q3.length, speaker: null, status: 'misleading', tags: [], note: '' }), true, 'tagged meanwhile');
    const merged = await waitForSidecar(SAMPLE, (sc) => sc.claims.some((c) => c.anchor.exact === q3) && sc);
    const exacts = merged.claims.map((c) => c.anchor.exact);
    assert.ok(exacts.includes(q) && exacts.includes(q2) && exacts.includes(q3), exacts.join(' | '));
    assert.ok(merged.claims.length >= before.claims.length + 2);
  });

  test('a broken sidecar is never overwritten; the article stays usable, read-only', async () => {
    const name = 'city-council-budget.article';
    const file = sidecarPath(name);
    const broken = '{ "schemaVersion": 1, "claims": [\n<<<<<<< HEAD\n';
    fs.writeFileSync(file, broken);
    const { editor } = await openArticle(name);
    const doc = editor.document;
    const start = offsetOf(doc, 'optimistic revenue forecasts');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end: start + 10, speaker: null, status: 'false', tags: [], note: '' }), false);
    await new Promise((r) => setTimeout(r, 700));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), broken, 'the broken file is untouched');
    const moved = await vscode.commands.executeCommand<string>('newsAnnotator.moveBrokenAnnotationFileAside', true);
    assert.ok(moved && fs.existsSync(moved) && fs.readFileSync(moved, 'utf8') === broken, 'moved aside, intact');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end: start + 10, speaker: null, status: 'false', tags: [], note: '' }), true);
  });

  test('unreadable records make the file read-only until the user sets them aside; a full copy is kept', async () => {
    const name = 'records.news';
    fs.copyFileSync(workspaceFile(SAMPLE).fsPath, workspaceFile(name).fsPath);
    const { editor } = await openArticle(name);
    const q = 'We cannot send crews into waters that are mined';
    const start = offsetOf(editor.document, q);
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end: start + q.length, speaker: null, status: 'verified', tags: [], note: '' });
    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    await waitForSidecar(name, (s) => s.claims.length === 1);
    // A teammate's copy where a merge left one record with an impossible range.
    const raw = JSON.parse(fs.readFileSync(sidecarPath(name), 'utf8'));
    raw.claims.push({ ...raw.claims[0], id: 'c-broken-1', anchor: { ...raw.claims[0].anchor, start: 50, end: 10 } });
    const damaged = JSON.stringify(raw, null, 2);
    const copyName = 'records-copy.news';
    fs.copyFileSync(workspaceFile(name).fsPath, workspaceFile(copyName).fsPath);
    fs.writeFileSync(sidecarPath(copyName), damaged);
    const { analysis } = await openArticle(copyName);
    assert.ok(analysis.claims.some((c) => c.text === q && c.status === 'verified'), 'the readable record loads');
    const s2 = offsetOf(vscode.window.activeTextEditor!.document, 'Odesa');
    const tag = { start: s2, end: s2 + 5, speaker: null, status: 'false', tags: [], note: '' };
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagClaim', tag), false, 'read-only meanwhile');
    assert.strictEqual(fs.readFileSync(sidecarPath(copyName), 'utf8'), damaged, 'not rewritten');
    const kept = await vscode.commands.executeCommand<string>('newsAnnotator.setBadRecordsAside', true);
    assert.ok(kept && fs.readFileSync(kept, 'utf8') === damaged, 'a complete copy of the file is kept');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagClaim', tag), true);
    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    const saved = await waitForSidecar(copyName, (s) => s.claims.length === 2 && s);
    assert.ok(saved.claims.every((c) => c.id !== 'c-broken-1') && saved.claims.some((c) => c.anchor.exact === q), 'the bad record is left out, the good one kept');
  });

  test('when the folder cannot be written, changes stay in memory with a clear status', async () => {
    const dir = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'gone');
    fs.mkdirSync(dir);
    const article = path.join(dir, 'story.news');
    fs.copyFileSync(workspaceFile(SAMPLE).fsPath, article);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(article));
    await vscode.window.showTextDocument(doc);
    const a = await api();
    await a.analysisFor(doc.uri);
    fs.rmSync(dir, { recursive: true, force: true }); // the folder disappears (unmounted drive, deleted by git)
    const start = offsetOf(doc, 'Fidan');
    await vscode.commands.executeCommand('newsAnnotator.tagClaim', { start, end: start + 5, speaker: null, status: 'verified', tags: [], note: '' });
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.saveAnnotations'), false, 'the save reports failure');
    const analysis = await a.analysisFor(doc.uri);
    assert.ok(analysis!.claims.some((c) => c.start === start && c.status === 'verified'), 'the change is kept in memory');
  });
});

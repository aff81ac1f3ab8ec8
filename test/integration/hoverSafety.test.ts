import * as assert from 'assert';
import * as vscode from 'vscode';
import { api } from './helpers';

// Article text is hostile input: nothing from it may become a live link, image, icon or HTML in a hover.
const HOSTILE_QUOTE = '[run](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D) <command:workbench.action.terminal.new> <a href="command:workbench.action.files.delete">x</a> ![i](https://evil.example/p.png) $(zap) https://evil.example ``` \u202Eevil';
const ARTICLE = `Headline\nWASHINGTON (Wire) -- “${HOSTILE_QUOTE},” President Joe Biden said on Monday. Biden also met Emmanuel Macron.\n`;

suite('Hover safety: article text in hovers is inert', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('a hostile quote hovered through the real provider stays untrusted text', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'news-article', content: ARTICLE });
    await vscode.window.showTextDocument(doc);
    const analysis = await (await api()).analysisFor(doc.uri);
    assert.ok(analysis);
    const claim = analysis.claims.find((c) => c.text.includes('evil.example'));
    assert.ok(claim, 'the quote is found as a claim');

    const positions = [ARTICLE.indexOf('[run]') + 2, ARTICLE.indexOf('Biden', ARTICLE.indexOf('said') - 10) + 1];
    let sawClaimCard = false;
    for (const offset of positions) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
      for (const content of hovers.flatMap((h) => h.contents)) {
        assert.ok(content instanceof vscode.MarkdownString);
        const md = content;
        const fromArticle = /evil|Biden|Macron/.test(md.value);
        if (fromArticle) {
          assert.ok(!md.isTrusted, 'text from the article is never in a trusted string');
          assert.ok(!md.supportHtml, 'no HTML');
          assert.ok(!md.supportThemeIcons, 'no icons');
          assert.ok(!md.value.includes('\u202E'), 'bidi override not passed through');
        }
        if (md.value.includes('evil.example')) sawClaimCard = true;
        // Every link target in any hover names one of our commands.
        for (const m of md.value.matchAll(/\]\((\w+):([^)\s]*)/g)) {
          if (fromArticle) {
            // In untrusted strings link syntax may only appear inside code spans; outside them there is none.
            const outsideCode = md.value.replace(/(`+)[\s\S]*?\1/g, '');
            assert.doesNotMatch(outsideCode, /\]\(|<command:|<a /, 'no link syntax outside code spans');
          } else {
            assert.strictEqual(m[1], 'command');
            assert.match(m[2], /^newsAnnotator\./);
          }
        }
        if (md.isTrusted && typeof md.isTrusted === 'object') {
          for (const id of md.isTrusted.enabledCommands ?? []) assert.match(id, /^newsAnnotator\./);
        }
        assert.notStrictEqual(md.isTrusted, true, 'never trust all commands');
      }
    }
    assert.ok(sawClaimCard, 'the claim card with the hostile text was shown');
  });
});

import * as assert from 'node:assert/strict';
import { commandLink, inlineCode, visibleText } from '../../src/editor/hover/markdownSafe';

/** Parses the inline code span produced by inlineCode back into its fence and content. */
function parseSpan(md: string): { fence: string; content: string } {
  const fence = /^`+/.exec(md)![0];
  assert.ok(md.endsWith(fence), 'closes with the same fence');
  const content = md.slice(fence.length, md.length - fence.length);
  return { fence, content };
}

const HOSTILE = [
  '[x](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)',
  '<command:workbench.action.terminal.new>',
  '<a href="command:workbench.action.files.delete">click</a>',
  '```\n[x](command:evil)\n```',
  'a ` b `` c ``` d',
  '`leading and trailing`',
  '$(alert) $(zap)',
  '![img](https://evil.example/pixel.png)',
  'https://evil.example/phish',
  '[ref][1]\n\n[1]: command:evil',
];

suite('hover markdown: untrusted article text becomes inert', () => {
  for (const input of HOSTILE) {
    test(`inline code cannot be escaped: ${JSON.stringify(input).slice(0, 50)}`, () => {
      const md = inlineCode(input);
      const { fence, content } = parseSpan(md);
      assert.ok(!content.includes(fence), 'the fence never occurs inside the content');
      assert.equal(content.trim(), visibleText(input));
      assert.doesNotMatch(md, /\n/, 'stays on one line, so no block syntax');
    });
  }

  test('bidi overrides are shown visibly, control characters dropped', () => {
    assert.equal(visibleText('\u202Eevil\u202C name'), '⟦U+202E⟧evil⟦U+202C⟧ name');
    assert.equal(visibleText('a\u0000b\u0007c\u2028d'), 'abcd');
  });

  test('long text is truncated with an ellipsis', () => {
    const s = visibleText('x'.repeat(500), 100);
    assert.equal(s.length, 100);
    assert.ok(s.endsWith('…'));
  });

  test('empty text gives no span', () => {
    assert.equal(inlineCode('   '), '');
  });

  test('command links take only constant labels and encode their arguments', () => {
    const link = commandLink('Next mention', 'newsAnnotator.nextMention', [{ uri: 'file:///a b.txt', actorId: ')](command:evil' }]);
    assert.match(link, /^\[Next mention\]\(command:newsAnnotator\.nextMention\?[^()\s]+\)$/);
    assert.throws(() => commandLink('[x](command:evil)', 'newsAnnotator.nextMention', []));
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeEntities, analyzeText } from '../../src/core/analyze';
import { MARKDOWN_FILE_RE, markdownProse } from '../../src/core/text/markdown';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/markdown-budget-statement.md'), 'utf8');

/** The prose with its spaces closed up, lines trimmed and blank lines merged, to read what is kept. */
const prose = (md: string): string =>
  markdownProse(md).text.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();

suite('markdown: an article read as its rendered prose', () => {
  test('every prose character maps to the source character it shows; markup maps nowhere', () => {
    const { text, toSource } = markdownProse(FIXTURE);
    assert.equal(toSource.length, text.length + 1);
    assert.equal(toSource[text.length], FIXTURE.length);
    for (let i = 0; i < text.length; i++) {
      assert.ok(i === 0 || toSource[i] >= toSource[i - 1], `in order at ${i}`);
      if (text[i] !== FIXTURE[toSource[i]]) assert.match(text[i], /[\s“”]/, `only a break, space or quote mark is added (prose ${i})`);
    }
    for (const markup of ['](https://', '**', '<!--', 'title:', '[ifs]:', '|---|']) {
      const at = FIXTURE.indexOf(markup);
      assert.ok(!Array.from(toSource).includes(at + 1), `${markup} is not in the prose`);
    }
  });

  test('links keep their label, lose their target; images and reference definitions go', () => {
    assert.equal(prose('Chancellor [Rachel Reeves](https://x.org/r "profile") said'), 'Chancellor Rachel Reeves said');
    assert.equal(prose('The [IFS][ifs] and [the OBR][] said\n\n[ifs]: https://x.org'), 'The IFS and the OBR said');
    assert.equal(prose('![a chart](chart.png) Growth slowed.'), 'Growth slowed.');
    assert.equal(prose('See <https://x.org/report> now'), 'See now');
  });

  test('brackets that are not links stay: a reporter\'s insertion in a quote', () => {
    assert.equal(prose('"[The minister] knew," she said.'), '"[The minister] knew," she said.');
  });

  test('emphasis delimiters go, the words and quote marks stay; snake_case and arithmetic stay', () => {
    assert.equal(prose('**"No,"** said _Ms Badenoch_, with ***real*** anger and ~~some~~ calm.'),
      '"No," said Ms Badenoch, with real anger and some calm.');
    assert.equal(prose('The file_name_here and 2 * 3 * 4 stay.'), 'The file_name_here and 2 * 3 * 4 stay.');
    const escaped = prose('Escaped \\*stars\\* stay stars.');
    assert.equal(escaped.replace(/[^*\\]/g, ''), '**'); // the stars stay, the backslashes go
  });

  test('each block starts a paragraph: headings, list items, a quote\'s first line, table cells; rules and code go', () => {
    assert.equal(prose('## What next ##\n> > "Yes," he said.\n- One\n1. Two\n* [x] Three\n\n---\n\n| A | B |\n|---|:-:|\n| c | d |'),
      'What next\n\n"Yes," he said.\n\nOne\n\nTwo\n\nThree\n\nA\n\nB\n\nc\n\nd');
    assert.equal(prose('Para one\n- item one\n- item two\n  more'), 'Para one\n\nitem one\n\nitem two more');
    assert.equal(prose('> a quote\n> goes on\n\nText'), '“a quote goes on”\n\nText');
    // a line break inside a sentence renders as a space; one before a capital stays (a headline over its text)
    assert.equal(prose('"That is not\nsustainable," he said.\nThe board\nvoted.'), '"That is not sustainable," he said.\nThe board voted.');
    assert.equal(prose('Before\n\n```js\nconst s = "he said";\n```\n\nAfter'), 'Before\n\nAfter');
    assert.equal(prose('#MeToo trended, she said.'), '#MeToo trended, she said.'); // a hashtag, not a heading
    assert.equal(prose('Growth slows.[^1]\n[^1]: Forecast published in March.'), 'Growth slows.\n\nForecast published in March.');
  });

  test('notes tools: wiki links keep their label, a callout\'s type goes', () => {
    assert.equal(prose('The [[State Office]] and [[Raymond Pike|Mr Pike]] said'), 'The State Office and Mr Pike said');
    assert.equal(prose('> [!warning] Unverified\n> The post was shared.'), 'Unverified\nThe post was shared.');
  });

  test('a blockquote with no quote marks of its own is a quotation: an embedded post or statement, its signature outside', () => {
    assert.equal(prose('He wrote:\n\n> We will rebuild. Every bridge.\n> — Mayor Ana Ruiz (@anaruiz) March 3'),
      'He wrote:\n\n“We will rebuild. Every bridge.”\n— Mayor Ana Ruiz (@anaruiz) March 3');
    assert.equal(prose('> Tonight they proved it. — Aurel Dacian'), '“Tonight they proved it.” — Aurel Dacian');
    assert.equal(prose('> "We will not gamble," Reeves said.'), '"We will not gamble," Reeves said.'); // marks of its own
    assert.equal(prose('> some of the "SOTA" results are lookup tables\n> — @devraghu, May 9'),
      '“some of the ‘SOTA’ results are lookup tables”\n— @devraghu, May 9'); // marks inside a post nest
    assert.equal(prose('> AMSEL: Not today.\n> Q: Why?'), 'AMSEL: Not today.\nQ: Why?'); // a transcript's turns
    assert.equal(prose('> [!note] Check\n> The figure is unverified.'), 'Check\nThe figure is unverified.'); // a callout
    const { text, toSource } = markdownProse('> We will rebuild.');
    assert.equal(text, '“We will rebuild.”');
    assert.deepEqual([toSource[0], toSource[text.length - 1]], [2, 17]); // the marks stand at the first and last characters
  });

  test('HTML entities of converted copy read as their characters: "&quot;No,&quot; she said" is a quote', () => {
    assert.equal(prose('&quot;No,&quot; she said of AT&amp;T&#8217;s plan &#x2014; and R&D &bogus; stays.'),
      '"No," she said of AT&T’s plan — and R&D &bogus; stays.');
    assert.equal(prose('> Some &quot;SOTA&quot; results\n> — @x'), '“Some ‘SOTA’ results”\n— @x');
    const { text, toSource } = markdownProse('A &amp; B');
    assert.deepEqual([text, toSource[2], toSource[4]], ['A & B', 2, 8]); // the character stands at its "&"
    const a = analyzeText('Budget row\n\n&quot;We will not gamble,&quot; Rachel Reeves said on Tuesday.\n', 'markdown');
    assert.deepEqual(a.claims.map((c) => [c.kind, c.text]), [['direct', '&quot;We will not gamble,&quot;']]);
  });

  test('export leftovers: Pandoc\'s inline footnotes and "---" dash, WordPress shortcodes', () => {
    assert.equal(prose('He wrote "so badly."^[The letter was dated Feb 9.] Next.'), 'He wrote "so badly." Next.');
    assert.equal(prose('[caption id="a"]Varga said the delay wastes money.[/caption]'), 'Varga said the delay wastes money.');
    const a = analyzeText('Data breach\n\nParticipants were angry.\n\n> Nobody told me it was on a server.\n> --- Lucinda Ortiz, study participant\n', 'markdown');
    assert.deepEqual(a.claims.map((c) => [c.kind, c.cue?.text, a.actors.find((x) => x.id === c.speaker)?.name]), [['direct', '---', 'Lucinda Ortiz']]);
  });

  test('front matter goes only when it looks like fields; HTML tags and comments go', () => {
    assert.equal(prose('---\ntitle: A\ntags: [x]\n---\nBody.'), 'Body.');
    assert.equal(prose('---\nA rule, then prose.\n---\nBody.'), 'A rule, then prose.\n\nBody.');
    assert.equal(prose('He <em>said</em> so.<!-- note:\nfix --> Done.'), 'He said so. Done.');
  });

  test('random Markdown-like input: the map stays in range and in order, every text is the file\'s (fixed seed)', () => {
    const pieces = ['*', '_', '~', '`', '[', ']', '(', ')', '!', '#', '>', '-', '|', ':', '"', '“', '”', '«', '»', '„', '「', '」',
      '&quot;', '&amp;', '&#8217;', '\n', '\n\n', ' ', 'word', 'Name', 'said', '---', '\\', '<em>', '<!--', '-->', '^[', '1.'];
    let seed = 7;
    const next = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let round = 0; round < 400; round++) {
      let md = '';
      for (let i = 1 + next(60); i > 0; i--) md += pieces[next(pieces.length)];
      const { text, toSource, toSourceEnd } = markdownProse(md);
      assert.equal(toSource.length, text.length + 1, JSON.stringify(md));
      for (let i = 0; i < text.length; i++) {
        assert.ok(toSource[i] >= (i ? toSource[i - 1] : 0) && toSource[i] < toSourceEnd[i] && toSourceEnd[i] <= md.length, JSON.stringify(md));
      }
      if (round % 20 !== 0) continue;
      const a = analyzeText(md, 'markdown');
      for (const x of [...a.entities, ...a.claims]) assert.equal(x.text, md.slice(x.start, x.end), JSON.stringify(md));
    }
  });

  test('Markdown file names', () => {
    for (const f of ['a.md', 'b.MARKDOWN', 'c.mdown', 'd.mkd']) assert.ok(MARKDOWN_FILE_RE.test(f), f);
    for (const f of ['a.txt', 'b.news', 'md', 'c.md.txt']) assert.ok(!MARKDOWN_FILE_RE.test(f), f);
  });

  suite('analyzeText(text, "markdown")', () => {
    const a = analyzeText(FIXTURE, 'markdown');
    const nameOf = (id: string | null): string | undefined => a.actors.find((x) => x.id === id)?.name;
    const claimWith = (s: string) => a.claims.find((c) => c.text.includes(s));

    test('speakers named in links, emphasis and lists are found', () => {
      assert.equal(nameOf(claimWith('make the hard choices')!.speaker), 'Rachel Reeves');
      assert.equal(nameOf(claimWith('betrayal of working families')!.speaker), 'Kemi Badenoch');
      assert.equal(claimWith('betrayal of working families')!.kind, 'direct');
      assert.equal(nameOf(claimWith('credible but risky')!.speaker), 'Institute for Fiscal Studies');
      assert.equal(nameOf(claimWith('growth will slow')!.speaker), 'Office for Budget Responsibility');
      assert.equal(nameOf(claimWith('sticking to it')!.speaker), 'Rachel Reeves');
      const post = claimWith('Families will pay it back')!;
      assert.equal(nameOf(post.speaker), 'Mel Stride');
      assert.equal(post.kind, 'direct');
      assert.equal(post.text, 'Every pound of this is borrowed. Families will pay it back.');
    });

    test('a linked name is a person, and no front matter or comment is read', () => {
      assert.equal(a.entities.find((e) => e.text === 'Rachel Reeves')?.type, 'PERSON');
      const metadataEnd = FIXTURE.indexOf('\n---\n') + 5;
      assert.ok(a.entities.every((e) => e.start >= metadataEnd), 'nothing tagged in the front matter');
      assert.ok(!a.claims.some((c) => /editor: check/.test(c.text)), 'the HTML comment is not read');
    });

    test('no claim is taken from a table\'s cells: a quote column would borrow a speaker from the prose after it', () => {
      const table = analyzeText('Monitoring log\n\n| Outlet | Quote | Speaker |\n|---|---|---|\n| Kanal 9 | "They are stealing it." | anonymous |\n\n' +
        'When the presenter asked him for evidence, he said it would be released.\n', 'markdown');
      assert.ok(!table.claims.some((c) => c.text.includes('stealing')), table.claims.map((c) => c.text).join(' | '));
      assert.ok(table.claims.some((c) => c.text === 'it would be released'));
      assert.ok(table.entities.some((e) => e.text.startsWith('Kanal')), 'entities in tables stay');
    });

    test('every text is the file\'s own characters at its offsets', () => {
      for (const e of a.entities) assert.equal(e.text, FIXTURE.slice(e.start, e.end));
      for (const c of a.claims) {
        assert.equal(c.text, FIXTURE.slice(c.start, c.end));
        if (c.cue) assert.equal(c.cue.text, FIXTURE.slice(c.cue.start, c.cue.end));
      }
      const entitiesOnly = analyzeEntities(FIXTURE, 'markdown');
      assert.deepEqual(entitiesOnly.entities.map((e) => [e.start, e.end, e.type, e.text]), a.entities.map((e) => [e.start, e.end, e.type, e.text]));
    });
  });
});

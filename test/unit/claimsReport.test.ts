import * as assert from 'node:assert/strict';
import { AnalysisIndex } from '../../src/core/analysisIndex';
import { claimsReport } from '../../src/core/claimsReport';
import type { Analysis, Claim } from '../../src/core/types';

const text = 'Jane Roe said the plan | works.\n“See [here](https://evil.example) <img src=x>,” officials said.\n' +
  'President Bush is expected to visit Texas.';
const at = (needle: string): { start: number; end: number; text: string } => {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
};
const claim = (content: string, cue: string, speaker: string | null, source: string | null, extra: Partial<Claim> = {}): Claim => ({
  ...at(content), kind: 'indirect', cue: at(cue), speaker, speakerSpan: source ? { start: at(source).start, end: at(source).end } : null, ...extra,
});
const said = text.indexOf('said', 40);
const analysis: Analysis = {
  entities: [],
  actors: [{ id: 'p1', name: 'Jane Roe', type: 'PERSON', aliases: [], mentions: 1 }],
  claims: [
    claim('the plan | works', 'said', 'p1', 'Jane Roe', { status: 'disputed', tags: ['budget', 'x|y'], note: 'ask *her*' }),
    { ...claim('“See [here](https://evil.example) <img src=x>,”', 'said', null, 'officials'), cue: { start: said, end: said + 4, text: 'said' }, kind: 'direct' },
    claim('President Bush', 'is expected', null, null),
    claim('to visit Texas', 'is expected', null, null),
  ],
};
const lines = text.split('\n');
const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;

suite('core: claims report (Markdown)', () => {
  const report = claimsReport('story.news', new AnalysisIndex(analysis), { slice: (s, e) => text.slice(s, e), lineOf });
  const rows = report.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Line'));

  test('one row per statement in text order: line, speaker or the unnamed source, joined pieces, cue, status, tags, note', () => {
    assert.match(report, /^## Claims in story\.news\n\n3 claims\.\n\n\| Line \| Speaker \| Claim \| Cue \| Status \| Tags \| Note \|/);
    assert.equal(rows.length, 3);
    assert.equal(rows[0], '| 1 | Jane Roe | the plan \\| works | said | disputed | budget, x\\|y | ask \\*her\\* |');
    assert.ok(rows[1].startsWith('| 2 | “officials” (not named) | '), rows[1]);
    assert.equal(rows[2], `| ${lines.length} | — | President Bush … to visit Texas | is expected | unverified |  |  |`);
  });

  test('the article\'s words cannot become a link, an image, HTML or another column', () => {
    const cells = rows[1].split(/(?<!\\)\|/);
    assert.equal(cells.length, 9, rows[1]); // the outer pipes and 7 cells
    assert.ok(rows[1].includes('\\[here\\]') && rows[1].includes('\\<img') && rows[1].includes('https:\\/\\/'), rows[1]);
  });

  test('no claims: the heading and the count only', () => {
    const empty = claimsReport('a.txt', new AnalysisIndex({ entities: [], actors: [], claims: [] }), { slice: () => '', lineOf: () => 1 });
    assert.equal(empty, '## Claims in a.txt\n\n0 claims.\n\n');
  });

  test('a statement several actors make names them all, and is each one\'s', () => {
    const both: Analysis = { ...analysis, actors: [...analysis.actors, { id: 'p2', name: 'John Doe', type: 'PERSON', aliases: [], mentions: 1 }],
      claims: [{ ...analysis.claims[0], coSpeakers: ['p2'] }] };
    const index = new AnalysisIndex(both);
    assert.match(claimsReport('s', index, { slice: (s, e) => text.slice(s, e), lineOf }), /\| 1 \| Jane Roe, John Doe \| the plan/);
    assert.equal(index.statementsBy('p2').length, 1);
    assert.equal(index.statementsBy('p1').length, 1);
  });
});

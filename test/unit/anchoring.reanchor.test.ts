import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAt, verifyAnchor } from '../../src/core/annotations/anchor';
import type { Anchor } from '../../src/core/annotations/model';
import { normalizedView } from '../../src/core/annotations/normalize';
import { reanchor } from '../../src/core/annotations/reanchor';

const FIXTURES = join(__dirname, '../../../test/fixtures/unicode');
/** As VS Code presents a file: BOM dropped, line endings kept. */
const load = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8').replace(/^\ufeff/, '');

const at = (text: string, needle: string, nth = 0): Anchor => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  return anchorAt(text, i, i + needle.length);
};

const BIDEN =
  'WASHINGTON -- Biden met the Iraqi prime minister on Monday, aides said.\n' +
  'Later, Biden told reporters the talks had been productive and frank.\n' +
  'Critics said Biden had conceded too much on the question of troops.\n';

const LOOKALIKE =
  'The minister said the border would stay open for grain convoys this week.\n' +
  'Officials added that talks would resume after the holiday in the capital.\n' +
  'The minister said the border would stay open for grain convoys this month.\n';

/** Both ways of re-anchoring: with the old text (diff) and without (quote + context only). */
const both = (oldText: string, newText: string, anchors: Anchor[]) => [reanchor(oldText, newText, anchors), reanchor(undefined, newText, anchors)];

suite('anchoring: re-anchoring after an outside rewrite', () => {
  test('unchanged text: every anchor unchanged (same object)', () => {
    const anchors = [at(BIDEN, 'Biden', 1), at(BIDEN, 'talks')];
    for (const r of both(BIDEN, BIDEN, anchors)) {
      assert.deepEqual(r.counts, { unchanged: 2, moved: 0, review: 0, orphan: 0 });
      assert.equal(r.anchors[0], anchors[0]);
    }
  });

  test('a paragraph inserted above: moved exactly, with and without the old text', () => {
    const anchors = [at(BIDEN, 'Biden', 0), at(BIDEN, 'Biden', 1), at(BIDEN, 'Biden', 2), at(BIDEN, 'productive and frank')];
    const newText = 'BREAKING: a new lead paragraph about Biden and the talks.\n' + BIDEN;
    const withOld = reanchor(BIDEN, newText, anchors);
    assert.equal(withOld.counts.moved, 4);
    withOld.anchors.forEach((a, i) => assert.equal(a.start, anchors[i].start + 58));
    // Without the old text, the first "Biden" had "start of article" as its left context, which no longer holds:
    // it waits for review (with the right place as its candidate) instead of being guessed.
    const blind = reanchor(undefined, newText, anchors);
    assert.deepEqual(blind.counts, { unchanged: 0, moved: 3, review: 1, orphan: 0 });
    assert.equal(blind.outcomes[0].candidates?.[0].start, anchors[0].start + 58);
    blind.anchors.slice(1).forEach((a, i) => assert.equal(a.start, anchors[i + 1].start + 58));
  });

  test('the annotated "Biden" of three rewritten as "the President": never moved to another Biden', () => {
    const target = at(BIDEN, 'Biden', 1);
    const newText = BIDEN.replace('Later, Biden told', 'Later, the President told');
    for (const r of both(BIDEN, newText, [target])) {
      assert.ok(r.outcomes[0].status === 'orphan' || r.outcomes[0].status === 'review', r.outcomes[0].status);
      assert.ok(r.anchors[0].state === 'orphan' || r.anchors[0].state === 'review');
    }
    // And the same, with edits around the other two mentions at the same time.
    const messy = newText.replace('WASHINGTON -- ', 'WASHINGTON (AP) -- ').replace('Critics said', 'Critics argued');
    for (const r of both(BIDEN, messy, [target])) assert.ok(r.outcomes[0].status === 'orphan' || r.outcomes[0].status === 'review');
  });

  test('an annotated sentence deleted while a near-identical one remains: not attached to the look-alike', () => {
    const first = at(LOOKALIKE, 'The minister said the border would stay open for grain convoys this week.');
    const name = at(LOOKALIKE, 'The minister', 0);
    const newText = LOOKALIKE.slice(LOOKALIKE.indexOf('\n') + 1);
    for (const r of both(LOOKALIKE, newText, [first, name])) {
      assert.notEqual(r.outcomes[0].status, 'moved');
      assert.notEqual(r.outcomes[0].status, 'unchanged');
      assert.notEqual(r.outcomes[1].status, 'moved');
      assert.notEqual(r.outcomes[1].status, 'unchanged');
    }
  });

  test('the same sentence deleted when an IDENTICAL one remains elsewhere with other context: not attached', () => {
    const text = 'Intro line here.\nBiden said no.\nMiddle part with other words.\nBiden said no.\nEnd.\n';
    const a = at(text, 'Biden said no.', 0);
    const newText = text.replace('Intro line here.\nBiden said no.\n', 'Intro line here.\n');
    for (const r of both(text, newText, [a])) assert.ok(r.outcomes[0].status === 'orphan' || r.outcomes[0].status === 'review');
  });

  test('a paragraph cut and pasted elsewhere: re-found by its quote and full context', () => {
    const paras = ['First paragraph about the budget vote in the council.', 'Second one: the mayor said after a long night of debate that the plan was fair to every district of the city and its people, rich or poor, old or new.', 'Third paragraph, closing remarks from the opposition leader.'];
    const text = paras.join('\n\n') + '\n';
    const a = at(text, 'the plan was fair');
    const moved = [paras[0], paras[2], paras[1]].join('\n\n') + '\n';
    for (const r of both(text, moved, [a])) {
      assert.equal(r.outcomes[0].status, 'moved');
      assert.equal(moved.slice(r.anchors[0].start, r.anchors[0].end), 'the plan was fair');
    }
  });

  test('an edit inside the quote: review (with the candidate) or orphan, never silently attached', () => {
    const a = at(BIDEN, 'the talks had been productive');
    const newText = BIDEN.replace('had been productive', 'were productive');
    for (const r of both(BIDEN, newText, [a])) assert.ok(['review', 'orphan'].includes(r.outcomes[0].status));
  });

  test('an orphan comes back when its text and context return', () => {
    const a = at(BIDEN, 'Biden', 1);
    const gone = BIDEN.replace('Later, Biden told', 'Later, he told');
    const [orphan] = reanchor(BIDEN, gone, [a]).anchors;
    assert.equal(orphan.state, 'orphan');
    const back = reanchor(gone, BIDEN, [orphan]);
    assert.equal(back.outcomes[0].status, 'moved');
    assert.deepEqual(back.anchors[0], a);
  });
});

suite('anchoring: re-saves that change only encoding details raise no alarm', () => {
  const fixtures = ['bom-crlf.txt', 'nfd.txt', 'emoji-zwj.txt', 'arabic-persian.txt', 'astral-cjk.txt'];
  const variants: Array<[string, (t: string) => string]> = [
    ['CRLF → LF', (t) => t.replace(/\r\n/g, '\n')],
    ['LF → CRLF', (t) => t.replace(/\r?\n/g, '\r\n')],
    ['BOM added', (t) => '\ufeff' + t],
    ['NFC', (t) => t.normalize('NFC')],
    ['NFD', (t) => t.normalize('NFD')],
  ];
  for (const file of fixtures) {
    test(`${file}: every word-anchor found again exactly after each re-save`, () => {
      const text = load(file);
      const anchors = [...text.matchAll(/[\p{L}\p{N}]+(?:[\p{M}]*[\p{L}\p{N}]*)*/gu)].slice(0, 60).map((m) => anchorAt(text, m.index!, m.index! + m[0].length));
      for (const [name, change] of variants) {
        const changed = change(text);
        for (const r of both(text, changed, anchors)) {
          assert.equal(r.counts.review + r.counts.orphan, 0, `${file} ${name}: ${JSON.stringify(r.counts)}`);
          r.anchors.forEach((a, i) => {
            assert.ok(verifyAnchor(changed, a), `${name}: anchor ${i}`);
            assert.equal(changed.slice(a.start, a.end).normalize('NFC'), anchors[i].exact.replace(/\r\n/g, '\n').normalize('NFC'));
          });
        }
      }
    });
  }

  test('normalised view maps offsets both ways around CRLF, BOM and combining marks', () => {
    const raw = '\ufeffA\r\nZoe\u0308 x\r\n';
    const v = normalizedView(raw);
    assert.equal(v.text, 'A\nZoë x\n');
    assert.equal(v.toNormalized(1), 0);
    assert.equal(v.toOriginal(2), 4);
    assert.equal(v.toOriginal(v.text.indexOf('x')), raw.indexOf('x'));
    assert.equal(v.toOriginal(5, 'end'), 8); // after "ë" = after "e" + U+0308
  });
});

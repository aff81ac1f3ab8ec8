import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle, ArticleDecodeError } from '../../src/core/text/decode';
import { tokenize } from '../../src/core/text/tokenize';
import { Tokens } from '../../src/core/text/tokens';
import { splitSentences } from '../../src/core/text/sentences';

const FIXTURES = join(__dirname, '../../../test/fixtures');
const unicodeDir = join(FIXTURES, 'unicode');
const fixtureFiles = [
  ...readdirSync(unicodeDir).map((f) => join(unicodeDir, f)),
  join(FIXTURES, 'iran-iraq-security-cooperation.txt'),
];
const read = (file: string): string => decodeArticle(readFileSync(file));
const texts = (text: string): string[] => tokenize(text).texts();

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Grapheme boundaries per line (Intl.Segmenter is super-linear on long strings; lines are short). */
function graphemeBoundaries(text: string): Set<number> {
  const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const bounds = new Set<number>([0, text.length]);
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const g of seg.segment(line)) bounds.add(offset + g.index);
    offset += line.length + 1;
    bounds.add(offset - 1);
    bounds.add(offset);
  }
  return bounds;
}

suite('text: offsets round-trip on every Unicode fixture', () => {
  for (const file of fixtureFiles) {
    const name = file.slice(FIXTURES.length + 1);
    test(`${name}: tokens and sentences slice back exactly, whole graphemes only`, () => {
      const text = read(file);
      const tokens = tokenize(text);
      assert.ok(tokens.length > 5, 'fixture should have tokens');
      const bounds = graphemeBoundaries(text);
      let previousEnd = 0;
      for (const t of tokens.toList()) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.start >= previousEnd && t.end > t.start, `ordered, non-empty at ${t.start}`);
        assert.ok(!isLowSurrogate(text.charCodeAt(t.start)) && !isLowSurrogate(text.charCodeAt(t.end)), `no split surrogate at ${t.start}`);
        assert.ok(bounds.has(t.start) && bounds.has(t.end), `token "${t.text}" at ${t.start} cuts a grapheme`);
        assert.doesNotMatch(t.text, /\s/u);
        previousEnd = t.end;
      }
      const sentences = splitSentences(text, tokens);
      assert.ok(sentences.length >= 2);
      let next = 0;
      for (const s of sentences) {
        assert.equal(s.firstToken, next, 'sentences cover every token in order');
        assert.equal(s.start, tokens.start(s.firstToken));
        assert.equal(s.end, tokens.end(s.endToken - 1));
        assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
        next = s.endToken;
      }
      assert.equal(next, tokens.length);
    });
  }
});

suite('text: decoding', () => {
  test('BOM is dropped and CRLF kept, as VS Code shows the document', () => {
    const text = read(join(unicodeDir, 'bom-crlf.txt'));
    assert.notEqual(text.charCodeAt(0), 0xfeff);
    assert.ok(text.startsWith('Iraq, Iran'));
    assert.ok((text.match(/\r\n/g) ?? []).length >= 5);
    const gen = tokenize(text).toList().find((t) => t.text === 'Kurilla');
    assert.ok(gen);
    assert.equal(text.indexOf('Kurilla'), gen.start);
  });
  test('invalid UTF-8 and binary input are refused with a reason', () => {
    assert.throws(() => decodeArticle(Uint8Array.from([0x41, 0xc3, 0x28])), ArticleDecodeError);
    assert.throws(() => decodeArticle(Uint8Array.from([0x41, 0, 0x42])), /binary/);
  });
});

suite('text: tokenizer', () => {
  test('type ids: equal exactly for equal token texts, on every fixture, from tokenize and from a token list', () => {
    for (const file of fixtureFiles) {
      const tokenized = tokenize(read(file));
      const list = tokenized.toList();
      for (const tokens of [tokenized, Tokens.fromList(list)]) {
        assert.equal(tokens.length, list.length, file);
        const idOf = new Map<string, number>();
        list.forEach((t, i) => {
          assert.deepEqual(tokens.get(i), t, file);
          assert.equal(tokens.strings[tokens.ids[i]], t.text, file);
          const id = idOf.get(t.text) ?? tokens.ids[i];
          idOf.set(t.text, id);
          assert.equal(tokens.ids[i], id, `${file}: ${t.text}`);
        });
        assert.equal(new Set(tokens.ids).size, idOf.size, file);
      }
    }
  });
  test('token kinds', () => {
    const tokens = tokenize('Iran paid $1,000, 3 times.');
    assert.deepEqual(tokens.toList().map((t) => t.kind), ['word', 'word', 'symbol', 'number', 'punct', 'number', 'word', 'punct']);
  });

  test('hyphenated and apostrophe names stay whole; possessives split like CoNLL', () => {
    assert.deepEqual(texts('Amir-Abdollahian met Hashd al-Sha’abi and O\'Brien in Iraq’s capital.'),
      ['Amir-Abdollahian', 'met', 'Hashd', 'al-Sha’abi', 'and', "O'Brien", 'in', 'Iraq', '’s', 'capital', '.']);
  });
  test('abbreviations and initials keep their period', () => {
    assert.deepEqual(texts('U.S. Gen. George W. Bush arrived Sept. 3.'),
      ['U.S.', 'Gen.', 'George', 'W.', 'Bush', 'arrived', 'Sept.', '3', '.']);
  });
  test('curly and straight quotes, dashes and ellipses are their own tokens', () => {
    assert.deepEqual(texts('“Yes,” he said -- no — "never"...'),
      ['“', 'Yes', ',', '”', 'he', 'said', '--', 'no', '—', '"', 'never', '"', '...']);
  });
  test('an asterisk marking a word (a pseudonym, a footnote) is no token; others are', () => {
    assert.deepEqual(texts('Amina*, 34, and Yusuf* said f*** it, rated 5* *Names changed'),
      ['Amina', ',', '34', ',', 'and', 'Yusuf', 'said', 'f', '*', '*', '*', 'it', ',', 'rated', '5', '*', '*', 'Names', 'changed']);
  });
  test('numbers keep separators', () => {
    assert.deepEqual(texts('1,000 people, 3.5% at 10:30 on the 24th'), ['1,000', 'people', ',', '3.5', '%', 'at', '10:30', 'on', 'the', '24th']);
  });
  test('ZWJ emoji, flags and skin tones are single tokens', () => {
    assert.deepEqual(texts('🇺🇦👨‍👩‍👧 Zelensky 👍🏽'), ['🇺🇦', '👨‍👩‍👧', 'Zelensky', '👍🏽']);
    const text = '🇺🇦👨‍👩‍👧 Zelensky';
    assert.equal(tokenize(text).start(2), 13);
  });
  test('NFD names keep their combining marks; Persian ZWNJ stays inside the word', () => {
    const nfd = 'Jose\u0301 Nu\u0301n\u0303ez';
    assert.deepEqual(texts(nfd), ['Jose\u0301', 'Nu\u0301n\u0303ez']);
    assert.deepEqual(texts('می‌خواهم بروم'), ['می‌خواهم', 'بروم']);
  });
  test('Arabic harakat and tatweel stay inside words', () => {
    assert.deepEqual(texts('مُحَمَّد الـــعراقي'), ['مُحَمَّد', 'الـــعراقي']);
  });
});

suite('text: sentence splitter', () => {
  const split = (text: string): string[] => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
  test('headline and dateline lines stand alone; a wrapped line continues its sentence', () => {
    const text = 'Iran, Iraq Step Up Cooperation\nBAGHDAD (Dispatches) -- He said it was good.\nExpressing thanks for the efforts in battling Daesh\nand restoring stability, he left.';
    assert.deepEqual(split(text), [
      'Iran, Iraq Step Up Cooperation',
      'BAGHDAD (Dispatches) -- He said it was good.',
      'Expressing thanks for the efforts in battling Daesh\nand restoring stability, he left.',
    ]);
  });
  test('a currency before its amount ("Rs. 12 billion", "Tsh. 5,000") ends no sentence', () => {
    assert.deepEqual(split('He said the loss was Rs. 12 billion last year. Prices rose to Tsh. 5,000 per kilogramme.'),
      ['He said the loss was Rs. 12 billion last year.', 'Prices rose to Tsh. 5,000 per kilogramme.']);
  });
  test('titles and initials do not end sentences; closing quotes stay with their sentence', () => {
    assert.deepEqual(split('Gen. Smith met Mr. J. Doe. He said “it is fine.” The U.S. The end.'),
      ['Gen. Smith met Mr. J. Doe.', 'He said “it is fine.”', 'The U.S.', 'The end.']);
  });
  test('the platform X ends its sentence before a quote or after "on"; an initial does not ("Malcolm X. Smith")', () => {
    assert.deepEqual(split('“It is safe,” Brown wrote on X. “Councils will answer.” He posted on X. Later he left. Malcolm X. Smith spoke. ' +
      'John J. "Jack" Sheehan said so.'),
    ['“It is safe,” Brown wrote on X.', '“Councils will answer.”', 'He posted on X.', 'Later he left.', 'Malcolm X. Smith spoke.',
      'John J. "Jack" Sheehan said so.']);
  });
  test('a clock time runs on into its day or time zone ("9 a.m. Monday", "3 p.m. EST"); before another word it may end', () => {
    assert.deepEqual(split('All were found by about 9 a.m. Monday. Then at 5 p.m. The police came. It was 3 p.m. EST on Friday. At 4 p.m. Eastern time it ended.'),
      ['All were found by about 9 a.m. Monday.', 'Then at 5 p.m.', 'The police came.', 'It was 3 p.m. EST on Friday.', 'At 4 p.m. Eastern time it ended.']);
  });
  test('a time zone after a clock time may end its sentence ("7:19 p.m. EST."); a page reference does not ("(p. 14)", "pp. 22-23")', () => {
    assert.deepEqual(split('It ended at 7:19 p.m. EST. Officials left. Costs rose (p. 14) and fell (pp. 22-23) later. The firm was est. 1890 in Leeds.'),
      ['It ended at 7:19 p.m. EST.', 'Officials left.', 'Costs rose (p. 14) and fell (pp. 22-23) later.', 'The firm was est. 1890 in Leeds.']);
  });
  test('dotted capitals end a sentence before an opening quote and a capital, not before a quote going on in lower case', () => {
    assert.deepEqual(split('"It was safe," he told the M.E.N. "Now I have two locks." The office said the U.S. “does not have” the means.'),
      ['"It was safe," he told the M.E.N.', '"Now I have two locks."', 'The office said the U.S. “does not have” the means.']);
  });
  test('decimal points and lowercase continuations do not split', () => {
    assert.deepEqual(split('Growth was 3.5 percent. it rose... slowly? Yes!'), ['Growth was 3.5 percent. it rose... slowly?', 'Yes!']);
  });
  test('CRLF and blank lines', () => {
    assert.deepEqual(split('One line\r\n\r\nsecond paragraph\r\nThird.'), ['One line', 'second paragraph', 'Third.']);
  });
  test('the sample article splits into its sentences', () => {
    const text = read(join(FIXTURES, 'iran-iraq-security-cooperation.txt'));
    const sentences = split(text);
    assert.equal(sentences[0], 'Iran, Iraq Step Up Security Cooperation to Foil Plots');
    assert.ok(sentences.some((s) => s.startsWith('Expressing gratitude') && s.endsWith('is Iran’s.')));
    assert.ok(sentences.some((s) => s.startsWith('“Future is bright')));
    assert.equal(sentences.length, 19);
  });
});

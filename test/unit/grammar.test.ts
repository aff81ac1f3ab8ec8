import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = join(__dirname, '../../..');

interface ScopedText { text: string; scopes: string[] }

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'text.news-article') return null;
      const path = join(ROOT, 'syntaxes/news-article.tmLanguage.json');
      return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const grammar = await registry.loadGrammar('text.news-article');
  assert.ok(grammar, 'grammar loads');
  return grammar;
}

/** Tokenizes a whole document line by line, as the editor does. */
function tokenizeLines(grammar: textmate.IGrammar, text: string): ScopedText[][] {
  let state = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** All text on a line that carries a scope starting with `prefix`, joined per contiguous run. */
function scoped(line: ScopedText[], prefix: string): string[] {
  const runs: string[] = [];
  let current: string | undefined;
  for (const t of line) {
    if (t.scopes.some((s) => s.startsWith(prefix))) current = (current ?? '') + t.text;
    else if (current !== undefined) { runs.push(current); current = undefined; }
  }
  if (current !== undefined) runs.push(current);
  return runs;
}

suite('grammar: news-article scopes on the sample article', () => {
  let grammar: textmate.IGrammar;
  let lines: ScopedText[][];
  suiteSetup(async () => {
    grammar = await loadGrammar();
    lines = tokenizeLines(grammar, readFileSync(join(ROOT, 'test/fixtures/iran-iraq-security-cooperation.news'), 'utf8'));
  });

  test('the first line is the headline', () => {
    assert.deepEqual(scoped(lines[0], 'markup.heading.headline'), ['Iran, Iraq Step Up Security Cooperation to Foil Plots']);
    assert.deepEqual(scoped(lines[2], 'markup.heading.headline'), []);
  });

  test('the dateline: place, agency and separator', () => {
    assert.deepEqual(scoped(lines[1], 'entity.name.place.dateline'), ['BAGHDAD']);
    assert.deepEqual(scoped(lines[1], 'entity.name.agency.dateline'), ['Dispatches']);
    assert.deepEqual(scoped(lines[1], 'meta.dateline'), ['BAGHDAD (Dispatches) --']);
  });

  test('curly quotations, including one that opens a line', () => {
    assert.deepEqual(scoped(lines[5], 'string.quoted.double.curly'), ['“unacceptable”']);
    assert.deepEqual(scoped(lines[6], 'string.quoted.double.curly'), ['“unacceptable and deplorable”']);
    const last = lines[lines.length - 1];
    assert.deepEqual(scoped(last, 'string.quoted.double.curly'), ['“Future is bright and the best will come by the grace of God and efforts of all of us,”']);
  });

  test('attribution cues outside quotations', () => {
    assert.deepEqual(scoped(lines[1], 'keyword.other.attribution-cue'), ['stressing']);
    assert.deepEqual(scoped(lines[3], 'keyword.other.attribution-cue'), ['said']);
    assert.deepEqual(scoped(lines[6], 'keyword.other.attribution-cue'), ['described', 'stressing']);
    assert.ok(scoped(lines[lines.length - 1], 'keyword.other.attribution-cue').includes('wrote'));
  });
});

suite('grammar: other datelines, straight quotes and cue boundaries', () => {
  let grammar: textmate.IGrammar;
  suiteSetup(async () => { grammar = await loadGrammar(); });
  const firstBodyLine = (line: string): ScopedText[] => tokenizeLines(grammar, `Headline\n${line}`)[1];

  test('WASHINGTON (Reuters) - and LONDON, March 3 (AP) —', () => {
    const wash = firstBodyLine('WASHINGTON (Reuters) - The president said on Monday.');
    assert.deepEqual(scoped(wash, 'entity.name.place.dateline'), ['WASHINGTON']);
    assert.deepEqual(scoped(wash, 'entity.name.agency.dateline'), ['Reuters']);
    const london = firstBodyLine('LONDON, March 3 (AP) — Police said.');
    assert.deepEqual(scoped(london, 'entity.name.place.dateline'), ['LONDON']);
    assert.deepEqual(scoped(london, 'constant.other.date.dateline'), ['March 3']);
    assert.deepEqual(scoped(london, 'entity.name.agency.dateline'), ['AP']);
    const multi = firstBodyLine('NEW YORK (AP) -- Officials said.');
    assert.deepEqual(scoped(multi, 'entity.name.place.dateline'), ['NEW YORK']);
  });

  test('an ordinary sentence has no dateline', () => {
    assert.deepEqual(scoped(firstBodyLine('The UN said -- again -- that it would act.'), 'meta.dateline'), []);
  });

  test('straight quotes; cue words inside quotes are not cues; "according to" is one cue', () => {
    const line = firstBodyLine('"We said no," he told reporters, according to AFP.');
    assert.deepEqual(scoped(line, 'string.quoted.double.straight'), ['"We said no,"']);
    assert.deepEqual(scoped(line, 'keyword.other.attribution-cue'), ['told', 'according to']);
    assert.deepEqual(scoped(firstBodyLine('The saidi tribe resaid it.'), 'keyword.other.attribution-cue'), []);
  });
});

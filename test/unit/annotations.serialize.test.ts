import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseSidecar } from '../../src/core/annotations/codec';
import { ID_PATTERN, createIdGenerator, mulberry32 } from '../../src/core/annotations/ids';
import { serializeSidecar } from '../../src/core/annotations/serialize';
import { sha256Text } from '../../src/core/annotations/sha256';
import { detectLineEnding, fingerprintArticle } from '../../src/core/annotations/fingerprint';
import { sampleSidecar, sampleText } from './annotationsHelpers';

const schema = JSON.parse(readFileSync(join(__dirname, '../../../schemas/annotations.schema.json'), 'utf8'));

suite('annotations serializer', () => {
  test('canonical text round-trips byte for byte: serialize(parse(x)) === x', () => {
    const x = sampleText();
    assert.equal(serializeSidecar(parseSidecar(x).sidecar), x);
  });

  test('deterministic: record order and key order of the input do not matter', () => {
    const s = sampleSidecar();
    const shuffled = { ...s, claims: [...s.claims].reverse(), actors: [...s.actors].reverse(), entities: [...s.entities].reverse() };
    assert.equal(serializeSidecar(shuffled), serializeSidecar(s));
    const reordered = JSON.parse(sampleText(), (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v));
    assert.equal(serializeSidecar(parseSidecar(JSON.stringify(reordered, null, 3)).sidecar), sampleText());
  });

  test('one record per line, sorted by id, trailing newline', () => {
    const lines = sampleText().split('\n');
    assert.equal(lines[lines.length - 1], '');
    const recordLines = lines.filter((l) => l.startsWith('    {'));
    assert.equal(recordLines.length, 6);
    for (const l of recordLines) JSON.parse(l.replace(/,$/, ''));
    const claimIds = recordLines.filter((l) => l.includes('"origin"')).map((l) => JSON.parse(l.replace(/,$/, '')).id);
    assert.deepEqual(claimIds, [...claimIds].sort());
  });

  test('two people adding a claim each touch different lines (git merges them)', () => {
    const base = sampleSidecar();
    const ids = createIdGenerator(mulberry32(99));
    const add = (note: string) => ({ ...base, claims: [...base.claims, { ...base.claims[0], id: ids('c'), note }] });
    const baseLines = serializeSidecar(base).split('\n');
    for (const text of [serializeSidecar(add('mine')), serializeSidecar(add('theirs'))]) {
      const lines = text.split('\n');
      assert.equal(lines.length, baseLines.length + 1);
      const changed = lines.filter((l) => !baseLines.includes(l));
      assert.ok(changed.length <= 2, 'the new line, and at most a comma on its neighbour');
    }
  });

  test('invisible and bidi characters are written as escapes; lone surrogates stay valid JSON', () => {
    const s = sampleSidecar();
    s.claims[0] = { ...s.claims[0], note: 'a\u202eb\u200bc\u2028d', tags: ['\ud800'] };
    const text = serializeSidecar(s);
    assert.match(text, /a\\u202eb\\u200bc\\u2028d/);
    assert.doesNotMatch(text, /[\u202e\u200b\u2028]/);
    assert.match(text, /\\ud800/);
    const back = parseSidecar(text).sidecar;
    assert.equal(back.claims.find((c) => c.id === s.claims[0].id)?.note, 'a\u202eb\u200bc\u2028d');
    assert.equal(serializeSidecar(back), text);
  });

  test('the output validates against schemas/annotations.schema.json (draft-07)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false });
    const validate = ajv.compile(schema);
    const ok = validate(JSON.parse(sampleText()));
    assert.ok(ok, JSON.stringify(validate.errors));
    const bad = JSON.parse(sampleText());
    bad.claims[0].status = 'pants-on-fire';
    assert.equal(validate(bad), false);
  });

  test('every field the serializer writes is documented in the schema', () => {
    const defs = schema.definitions;
    const documented = (def: string, keys: string[]) => {
      for (const k of keys) assert.ok(defs[def].properties[k]?.description !== undefined || defs[def].properties[k]?.$ref, `${def}.${k}`);
    };
    documented('anchor', ['start', 'end', 'exact', 'prefix', 'suffix', 'state', 'original']);
    documented('claim', ['origin', 'speaker', 'anchor', 'cue', 'rejected', 'modified']);
    documented('article', ['name', 'sha256', 'length', 'lineEnding', 'offsetUnit']);
  });
});

suite('annotations ids and fingerprints', () => {
  test('ids: kind prefix + 10 base32 characters, seeded generator is reproducible, taken ids are skipped', () => {
    const a = createIdGenerator(mulberry32(5)), b = createIdGenerator(mulberry32(5));
    const first = a('c');
    assert.match(first, /^c-[a-z2-9]{10}$/);
    assert.match(first, ID_PATTERN);
    assert.equal(b('c'), first);
    const c = createIdGenerator(mulberry32(5));
    assert.notEqual(c('c', new Set([first])), first);
    const real = createIdGenerator();
    const many = new Set(Array.from({ length: 2_000 }, () => real('e')));
    assert.equal(many.size, 2_000);
  });

  test('sha256 matches known vectors, including astral and CRLF text', () => {
    assert.equal(sha256Text(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Text('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const long = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    assert.equal(sha256Text(long), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    for (const t of ['🇺🇦👨‍👩‍👧 Zelensky\r\n', 'x'.repeat(1000), 'حسين أمير عبداللهيان']) {
      assert.equal(sha256Text(t), createHash('sha256').update(t, 'utf8').digest('hex'));
    }
  });

  test('line endings: lf, crlf, mixed (incl. lone CR), none', () => {
    assert.equal(detectLineEnding('a\nb\n'), 'lf');
    assert.equal(detectLineEnding('a\r\nb\r\n'), 'crlf');
    assert.equal(detectLineEnding('a\r\nb\n'), 'mixed');
    assert.equal(detectLineEnding('a\rb'), 'mixed');
    assert.equal(detectLineEnding('ab'), 'none');
    assert.throws(() => fingerprintArticle('../x.txt', 'a'));
  });
});

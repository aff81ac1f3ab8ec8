import * as assert from 'node:assert/strict';
import { parseSidecar, acceptQuarantine } from '../../src/core/annotations/codec';
import { decodeSidecarBytes } from '../../src/core/annotations/decode';
import { SidecarError } from '../../src/core/annotations/errors';
import { serializeSidecar } from '../../src/core/annotations/serialize';
import { ARTICLE, sampleSidecar, sampleText } from './annotationsHelpers';

function error(fn: () => unknown): SidecarError {
  try { fn(); } catch (e) { assert.ok(e instanceof SidecarError, `expected SidecarError, got ${e}`); return e; }
  assert.fail('no error thrown');
}

/** The sample file as a JSON object, to corrupt one part of it. */
const raw = (): Record<string, unknown> => JSON.parse(sampleText());

suite('annotations codec: the canonical file', () => {
  test('parses with no quarantine, no warnings, writable', () => {
    const r = parseSidecar(sampleText(), { articleName: 'story.txt' });
    assert.deepEqual(r.quarantined, []);
    assert.deepEqual(r.warnings, []);
    assert.equal(r.readOnly, false);
    assert.equal(r.needsBackupBeforeWrite, false);
    assert.equal(r.sidecar.claims.length, 2);
    assert.equal(r.sidecar.article.length, ARTICLE.length);
  });

  test('a BOM before the JSON is accepted', () => {
    assert.equal(parseSidecar('\ufeff' + sampleText()).sidecar.actors.length, 2);
  });
});

suite('annotations codec: files that cannot be read at all', () => {
  test('0 bytes and whitespace only → empty', () => {
    assert.equal(error(() => parseSidecar('')).kind, 'empty');
    assert.equal(error(() => parseSidecar(' \n\t')).kind, 'empty');
  });

  test('truncated mid-write → truncated, with a line and column', () => {
    const text = sampleText();
    for (const cut of [1, 40, Math.floor(text.length / 2), text.length - 3]) {
      const e = error(() => parseSidecar(text.slice(0, cut)));
      assert.ok(e.kind === 'truncated' || e.kind === 'invalid-json', `${cut}: ${e.kind}`);
      assert.ok(e.position && e.position.line >= 1 && e.position.column >= 1);
      assert.match(e.message, /line \d+, column \d+/);
    }
    assert.equal(error(() => parseSidecar(text.slice(0, text.length - 3))).kind, 'truncated');
  });

  test('invalid JSON in the middle → invalid-json at the right line', () => {
    const lines = sampleText().split('\n');
    lines[5] = lines[5].replace('"id":', '"id" ');
    const e = error(() => parseSidecar(lines.join('\n')));
    assert.equal(e.kind, 'invalid-json');
    assert.equal(e.position?.line, 6);
  });

  test('git conflict markers are named, with their line', () => {
    const lines = sampleText().split('\n');
    lines.splice(4, 0, '<<<<<<< HEAD');
    lines.splice(6, 0, '=======', '    {"id":"c-zzzzzzzzzz"}', '>>>>>>> origin/main');
    const e = error(() => parseSidecar(lines.join('\n')));
    assert.equal(e.kind, 'conflict-markers');
    assert.equal(e.position?.line, 5);
    assert.match(e.message, /conflict markers/);
  });

  test('invalid UTF-8 bytes → invalid-utf8 naming the byte and line', () => {
    const good = Buffer.from(sampleText(), 'utf8');
    assert.equal(decodeSidecarBytes(good), sampleText());
    const bad = Buffer.concat([good.subarray(0, 30), Buffer.from([0xc3, 0x28]), good.subarray(30)]);
    const e = error(() => decodeSidecarBytes(bad));
    assert.equal(e.kind, 'invalid-utf8');
    assert.match(e.message, /byte 30/);
    assert.equal(e.position?.line, 3);
    assert.equal(error(() => decodeSidecarBytes(Buffer.from([0x7b, 0xf0, 0x9f]))).kind, 'invalid-utf8'); // cut emoji
    assert.equal(error(() => decodeSidecarBytes(Buffer.from([0xed, 0xa0, 0x80]))).kind, 'invalid-utf8'); // surrogate
  });

  test('over the size cap → refused before parsing (bytes and text)', () => {
    const text = sampleText();
    assert.equal(error(() => parseSidecar(text, { limits: { maxBytes: 100 } })).kind, 'too-large');
    assert.equal(error(() => decodeSidecarBytes(new Uint8Array(101), { maxBytes: 100 })).kind, 'too-large');
    // 200 MB is refused by the default cap without building the string: the caller checks stat().size first.
    assert.match(error(() => decodeSidecarBytes({ length: 200 * 1024 * 1024 } as Uint8Array)).message, /200\.0 MB/);
  });

  test('not an object, no version, version 0 without a migration', () => {
    assert.equal(error(() => parseSidecar('[]')).kind, 'not-a-sidecar');
    assert.equal(error(() => parseSidecar('{"article":{}}')).kind, 'not-a-sidecar');
    const r = raw(); r.schemaVersion = 0;
    assert.equal(error(() => parseSidecar(JSON.stringify(r))).kind, 'unsupported-version');
    r.schemaVersion = -1;
    assert.equal(error(() => parseSidecar(JSON.stringify(r))).kind, 'not-a-sidecar');
    const h = raw(); (h.article as Record<string, unknown>).sha256 = 'nope';
    assert.equal(error(() => parseSidecar(JSON.stringify(h))).kind, 'not-a-sidecar');
  });
});

suite('annotations codec: bad records are quarantined, the rest load', () => {
  const quarantine = (mutate: (claim: Record<string, unknown>) => void): ReturnType<typeof parseSidecar> => {
    const r = raw();
    mutate((r.claims as Record<string, unknown>[])[0]);
    return parseSidecar(JSON.stringify(r));
  };
  const anchorOf = (c: Record<string, unknown>) => c.anchor as Record<string, unknown>;
  const cases: Array<[string, (c: Record<string, unknown>) => void, RegExp]> = [
    ['wrong type of start', (c) => { anchorOf(c).start = '3'; }, /integers/],
    ['end < start', (c) => { const a = anchorOf(c); [a.start, a.end] = [a.end, a.start]; }, /greater than start/],
    ['offsets past the end', (c) => { const a = anchorOf(c); a.start = ARTICLE.length + 10; a.end = ARTICLE.length + 15; a.exact = 'xxxxx'; }, /past the end/],
    ['quote does not match the range', (c) => { anchorOf(c).exact = 'x'; }, /quote is 1 characters/],
    ['inside a surrogate pair', (c) => { const a = anchorOf(c); a.exact = '\udc4d' + (a.exact as string).slice(1); }, /surrogate/],
    ['a 10 MB string', (c) => { c.note = 'x'.repeat(10 * 1024 * 1024); }, /characters long/],
    ['a 10 MB unknown field', (c) => { c.future = ['y'.repeat(10 * 1024 * 1024)]; }, /field "future"/],
    ['unknown status', (c) => { c.status = 'pants-on-fire'; }, /"status" must be one of/],
    ['tags not strings', (c) => { c.tags = [1, 2]; }, /array of strings/],
    ['a bad id', (c) => { c.id = '../../etc'; }, /not a valid id/],
    ['a record that is not an object', (c) => { for (const k of Object.keys(c)) delete c[k]; Object.assign(c, { 0: 1 }); }, /"id" must be a string/],
  ];
  for (const [name, mutate, reason] of cases) {
    test(name, () => {
      const r = quarantine(mutate);
      assert.equal(r.quarantined.length, 1, JSON.stringify(r.quarantined));
      assert.equal(r.quarantined[0].kind, 'claims');
      assert.match(r.quarantined[0].reason, reason);
      assert.equal(r.sidecar.claims.length, 1, 'the other claim loads');
      assert.equal(r.sidecar.actors.length, 2);
      assert.equal(r.readOnly, true, 'never rewritten while records would be lost');
      assert.equal(r.readOnlyReason, 'bad-records');
      const ok = acceptQuarantine(r);
      assert.equal(ok.readOnly, false);
      assert.equal(ok.needsBackupBeforeWrite, true);
    });
  }

  // 10⁶ levels behave the same but JSON.parse alone takes 1.4 s there; 10⁵ is already 30× what a recursive walk survives.
  test('10⁵-deep nesting in a record: quarantined, no stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = sampleText().replace('"origin":"user"', `"origin":"user","deep":${deep}`);
    const r = parseSidecar(text, { limits: { maxBytes: 50 * 1024 * 1024 } });
    assert.equal(r.quarantined.length, 1);
    assert.match(r.quarantined[0].reason, /nested deeper/);
  });

  test('duplicate ids: the second is quarantined', () => {
    const r = raw();
    const claims = r.claims as unknown[];
    claims.push(claims[0]);
    const p = parseSidecar(JSON.stringify(r));
    assert.equal(p.quarantined.length, 1);
    assert.match(p.quarantined[0].reason, /duplicate id/);
  });

  test('record-count cap: the excess is not loaded and the file is read-only', () => {
    const p = parseSidecar(sampleText(), { limits: { maxRecords: 3 } });
    assert.equal(p.sidecar.actors.length + p.sidecar.entities.length + p.sidecar.claims.length, 3);
    assert.equal(p.readOnlyReason, 'too-many-records');
  });

  test('an array that is not an array is quarantined as a whole', () => {
    const r = raw(); r.entities = { a: 1 };
    const p = parseSidecar(JSON.stringify(r));
    assert.deepEqual(p.quarantined.map((q) => q.index), [-1]);
    assert.equal(p.sidecar.entities.length, 0);
  });
});

suite('annotations codec: hostile keys and names', () => {
  test('__proto__/constructor/prototype keys do not pollute and are not kept', () => {
    const text = sampleText()
      .replace('"schemaVersion": 1', '"schemaVersion": 1, "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}')
      .replace('"origin":"user"', '"origin":"user","__proto__":{"polluted":true},"x":{"__proto__":{"polluted":true},"keep":1}');
    const p = parseSidecar(text);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    assert.equal(p.quarantined.length, 0);
    assert.ok(p.warnings.some((w) => /__proto__/.test(w)));
    const out = serializeSidecar(p.sidecar);
    assert.doesNotMatch(out, /"__proto__":|"constructor":|"prototype":|polluted/);
    assert.match(out, /"x":\{"keep":1\}/);
  });

  test('actors named constructor / toString / __proto__ are ordinary names', () => {
    const p = parseSidecar(sampleText());
    const ctor = p.sidecar.actors.find((a) => a.name === 'constructor');
    assert.ok(ctor);
    assert.deepEqual(ctor.aliases, ['toString', '__proto__']);
    assert.equal(serializeSidecar(p.sidecar), sampleText());
  });

  test('an article name that is a path is ignored (pairing is by file name)', () => {
    for (const name of ['../../.ssh/id_rsa', '/etc/passwd', '\\\\server\\share\\x.txt', 'C:story.txt', '..']) {
      const r = raw(); (r.article as Record<string, unknown>).name = name;
      const p = parseSidecar(JSON.stringify(r), { articleName: 'story.txt' });
      assert.equal(p.sidecar.article.name, 'story.txt', name);
      assert.ok(p.warnings.some((w) => /not a plain file name/.test(w)));
    }
  });

  test('co-speakers of a claim survive a save and a load; a bad one quarantines that claim alone', () => {
    const s = sampleSidecar();
    const [first] = s.claims;
    s.claims[0] = { ...first, coSpeakers: [s.actors[1].id] };
    const text = serializeSidecar(s);
    const p = parseSidecar(text);
    assert.deepEqual(p.sidecar.claims.find((c) => c.id === first.id)?.coSpeakers, [s.actors[1].id]);
    assert.deepEqual(p.warnings, []);
    assert.equal(serializeSidecar(p.sidecar), text, 'canonical');
    const bad = raw() as { claims: Record<string, unknown>[] };
    bad.claims[0].coSpeakers = ['not an id!'];
    const q = parseSidecar(JSON.stringify(bad));
    assert.equal(q.quarantined.length, 1);
    assert.match(q.quarantined[0].reason, /coSpeakers/);
    assert.equal(q.sidecar.claims.length, 1);
  });

  test('dangling actor references are a warning, not a loss', () => {
    const s = sampleSidecar();
    s.actors = s.actors.slice(1);
    const p = parseSidecar(serializeSidecar(s));
    assert.equal(p.sidecar.claims.length, 2);
    assert.ok(p.warnings.some((w) => /reference/.test(w)));
    const co = sampleSidecar();
    co.claims[0] = { ...co.claims[0], speaker: null, coSpeakers: ['a-0000000000'] };
    assert.ok(parseSidecar(serializeSidecar(co)).warnings.some((w) => /1 reference/.test(w)), 'a co-speaker not in the file');
  });
});

suite('annotations codec: anchors in every state survive a save and a load', () => {
  test('orphan (hint before its context, past the end), review and edited anchors load without quarantine', () => {
    const s = sampleSidecar();
    const [c0, c1] = s.claims;
    const [e0, e1] = s.entities;
    s.claims = [{ ...c0, anchor: { ...c0.anchor, start: 3, end: 3 + c0.anchor.exact.length, state: 'orphan' } },
      { ...c1, anchor: { ...c1.anchor, start: ARTICLE.length - 2, end: ARTICLE.length - 2 + c1.anchor.exact.length, state: 'review' } }];
    s.entities = [{ ...e0, anchor: { ...e0.anchor, exact: 'Hussein A.', end: e0.anchor.start + 10, state: 'edited', original: e0.anchor.exact } }, e1];
    const p = parseSidecar(serializeSidecar(s));
    assert.deepEqual(p.quarantined, []);
    assert.equal(serializeSidecar(p.sidecar), serializeSidecar(s));
  });
});

suite('annotations codec: versions', () => {
  test('a newer version is read-only and keeps unknown fields in memory', () => {
    const r = raw();
    r.schemaVersion = 7;
    r.relations = [{ from: 'x', to: 'y' }];
    (r.article as Record<string, unknown>).language = 'en';
    const c = (r.claims as Record<string, unknown>[])[0];
    c.confidence = 0.9;
    (c.anchor as Record<string, unknown>).selector = { type: 'TextPositionSelector' };
    const p = parseSidecar(JSON.stringify(r));
    assert.equal(p.readOnly, true);
    assert.equal(p.readOnlyReason, 'newer-version');
    assert.equal(p.sidecar.schemaVersion, 7);
    assert.deepEqual(JSON.parse(JSON.stringify(p.sidecar.extra)), { relations: [{ from: 'x', to: 'y' }] });
    assert.equal(p.sidecar.article.extra?.language, 'en');
    const claim = p.sidecar.claims.find((x) => x.id === c.id)!;
    assert.equal(claim.extra?.confidence, 0.9);
    assert.deepEqual(JSON.parse(JSON.stringify(claim.anchor.extra)), { selector: { type: 'TextPositionSelector' } });
    assert.equal(acceptQuarantine(p).readOnly, true, 'a newer file never becomes writable');
  });

  test('an older version is migrated in memory and asks for a backup before the first write', () => {
    const r = raw();
    r.schemaVersion = 0;
    r.claims = (r.claims as Record<string, unknown>[]).map((c) => ({ ...c, verdict: c.status, status: undefined }));
    const p = parseSidecar(JSON.stringify(r), {
      migrations: { 0: (old) => ({ ...old, schemaVersion: 1, claims: (old.claims as Record<string, unknown>[]).map(({ verdict, ...c }) => ({ ...c, status: verdict })) }) },
    });
    assert.equal(p.migratedFrom, 0);
    assert.equal(p.needsBackupBeforeWrite, true);
    assert.equal(p.readOnly, false);
    assert.equal(p.sidecar.schemaVersion, 1);
    assert.deepEqual(p.sidecar.claims.map((c) => c.status).sort(), ['disputed', 'unverified']);
  });
});

import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARALLEL_MIN_CHARS } from '../../src/core/parallel/parallelAnalyzer';
import { emptySidecar } from '../../src/core/annotations/model';
import { fingerprintArticle } from '../../src/core/annotations/fingerprint';
import { createIdGenerator, mulberry32 } from '../../src/core/annotations/ids';
import { serializeSidecar } from '../../src/core/annotations/serialize';
import { annotateClaim, decideEntities } from '../../src/core/overlay/userEdits';

const ROOT = join(__dirname, '../../..');
const BIN = join(ROOT, 'bin/news-annotator.js');
const SAMPLE = join(ROOT, 'test/fixtures/iran-iraq-security-cooperation.txt');

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

suite('cli: news-annotator analyze (the bundled bin)', function () {
  this.timeout(30000); // each case spawns Node and loads the model: slow on a loaded machine
  let dir: string;
  suiteSetup(() => {
    dir = mkdtempSync(join(tmpdir(), 'na-cli-'));
    copyFileSync(SAMPLE, join(dir, 'good.txt'));
    copyFileSync(join(ROOT, 'test/fixtures/unicode/bom-crlf.txt'), join(dir, 'bom.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Montr\xe9al', 'latin1'));
  });
  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  test('one file: a JSON object with file, entities, actors, claims', () => {
    const r = run(['analyze', join(dir, 'good.txt')]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['file', 'entities', 'actors', 'claims']);
    assert.ok(Array.isArray(out.entities) && Array.isArray(out.actors) && Array.isArray(out.claims));
  });

  test('entity offsets are UTF-16 offsets into the text without its BOM', () => {
    const r = run(['analyze', '--format', 'json', join(dir, 'bom.txt')]);
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(join(dir, 'bom.txt'), 'utf8').replace(/^\uFEFF/, '');
    for (const e of JSON.parse(r.stdout).entities) assert.equal(text.slice(e.start, e.end), e.text);
  });

  test('several files: JSON Lines, bad files named on stderr one line each, the rest processed, exit 1', () => {
    const files = ['good.txt', 'missing.txt', 'empty.txt', 'binary.bin', 'latin1.txt', '.', 'bom.txt'].map((f) => join(dir, f));
    const r = run(['analyze', ...files]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.file), [files[0], files[6]]);
    const errors = r.stderr.trim().split('\n');
    assert.equal(errors.length, 5);
    assert.match(errors[0], /missing\.txt.*no such file/);
    assert.match(errors[1], /empty\.txt.*empty/);
    assert.match(errors[2], /binary\.bin.*binary/);
    assert.match(errors[3], /latin1\.txt.*UTF-8/);
    assert.match(errors[4], /is a directory/);
  });

  test('--entities-only: the same entities, without actor ids, and no actors or claims', () => {
    const full = JSON.parse(run(['analyze', join(dir, 'good.txt')]).stdout);
    const r = run(['analyze', '--entities-only', join(dir, 'good.txt')]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['file', 'entities', 'actors', 'claims']);
    assert.deepEqual(out.actors, []);
    assert.deepEqual(out.claims, []);
    assert.ok(full.claims.length > 0 && out.entities.length > 0);
    const withoutActor = (e: Record<string, unknown>): Record<string, unknown> => { const c = { ...e }; delete c.actor; return c; };
    assert.deepEqual(out.entities, full.entities.map(withoutActor));
  });

  test('--annotations: the claims and entities as the annotation file next to the article leaves them', () => {
    const file = join(dir, 'annotated.txt');
    const text = readFileSync(SAMPLE, 'utf8');
    writeFileSync(file, text);
    const auto = JSON.parse(run(['analyze', file]).stdout);
    const claim = auto.claims[0];
    const entity = auto.entities.find((e: { type: string }) => e.type === 'GPE');
    const newId = createIdGenerator(mulberry32(7));
    let sidecar = annotateClaim(emptySidecar(fingerprintArticle('annotated.txt', text)), text, claim, { status: 'false', tags: ['checked'], note: 'see report' }, newId);
    sidecar = decideEntities(sidecar, text, [entity], 'rejected', newId);
    writeFileSync(`${file}.annotations.json`, serializeSidecar(sidecar));

    let r = run(['analyze', '--annotations', file]);
    assert.equal(r.code, 0, r.stderr);
    let out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['file', 'entities', 'actors', 'claims', 'orphans']);
    const marked = out.claims.find((c: { start: number }) => c.start === claim.start);
    assert.deepEqual([marked.status, marked.tags, marked.note, marked.speaker], ['false', ['checked'], 'see report', claim.speaker]);
    assert.ok(!out.entities.some((e: { start: number }) => e.start === entity.start), 'the rejected entity is left out');
    assert.deepEqual(out.orphans, []);
    assert.equal(run(['analyze', file]).stdout, JSON.stringify(auto, null, 2) + '\n', 'without the option, the automatic analysis');

    // The article edited since: the annotations follow their text, and the reader is told.
    writeFileSync(file, 'A new first line.\n\n' + text);
    r = run(['analyze', '--annotations', '--format', 'jsonl', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /changed since .*annotations\.json was saved/);
    out = JSON.parse(r.stdout);
    assert.equal(out.claims.find((c: { status?: string }) => c.status === 'false')?.start, claim.start + 'A new first line.\n\n'.length);

    // An annotation file that cannot be read fails that article, never silently drops its annotations.
    writeFileSync(`${file}.annotations.json`, '{"schemaVersion": 1, "claims": [');
    r = run(['analyze', '--annotations', file, join(dir, 'good.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /annotated\.txt.*annotation file that cannot be read/);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file), [join(dir, 'good.txt')]);
  });

  test('--format jsonl for one file gives one line', () => {
    const r = run(['analyze', '--format=jsonl', join(dir, 'good.txt')]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim().split('\n').length, 1);
  });

  test('a .md file is read as Markdown: the linked name speaks, the texts are the file\'s', () => {
    const md = readFileSync(join(ROOT, 'test/fixtures/markdown-budget-statement.md'), 'utf8');
    writeFileSync(join(dir, 'story.md'), md);
    writeFileSync(join(dir, 'story.txt'), md);
    const speakerOf = (file: string): string | undefined => {
      const r = run(['analyze', join(dir, file)]);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      for (const e of out.entities) assert.equal(e.text, md.slice(e.start, e.end));
      const claim = out.claims.find((c: { text: string }) => c.text.includes('make the hard choices'));
      return out.actors.find((a: { id: string }) => a.id === claim?.speaker)?.name;
    };
    assert.equal(speakerOf('story.md'), 'Rachel Reeves');
    assert.equal(speakerOf('story.txt'), undefined); // as plain text, "[Rachel Reeves](https://…)" is no speaker
  });

  test('usage errors exit 2 with the usage text', () => {
    for (const args of [['frobnicate'], ['analyze'], ['analyze', '--format', 'xml', 'a.txt'], ['analyze', '--bogus', 'a.txt'], ['analyze', '--annotations', '--entities-only', 'a.txt']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /Usage: news-annotator analyze/);
    }
    assert.equal(run(['--help']).code, 0);
  });

  test('a long text (claims on a second thread): the same output as --single-thread, and the process exits', () => {
    const sample = readFileSync(SAMPLE, 'utf8');
    const long = join(dir, 'long.txt');
    writeFileSync(long, Array.from({ length: Math.ceil(PARALLEL_MIN_CHARS / sample.length) + 1 }, () => sample).join('\n\n'));
    const parallel = run(['analyze', long]);
    const single = run(['analyze', '--single-thread', long]);
    assert.equal(parallel.code, 0, parallel.stderr);
    assert.equal(single.code, 0, single.stderr);
    assert.ok(JSON.parse(parallel.stdout).claims.length > 0);
    assert.equal(parallel.stdout, single.stdout);
    // Written in two parts (resultJson.ts), the bytes are still JSON.stringify's of the whole object.
    assert.equal(parallel.stdout, JSON.stringify(JSON.parse(parallel.stdout), null, 2) + '\n');
    const lines = run(['analyze', '--format', 'jsonl', long, join(dir, 'good.txt')]);
    assert.equal(lines.code, 0, lines.stderr);
    assert.equal(lines.stdout, lines.stdout.trimEnd().split('\n').map((l) => JSON.stringify(JSON.parse(l)) + '\n').join(''));
    assert.deepEqual(JSON.parse(lines.stdout.split('\n')[0]), JSON.parse(parallel.stdout));
  });

  test('a reader that closes the pipe early (| head) stops the CLI quietly, with no stack trace', async () => {
    const sample = readFileSync(SAMPLE, 'utf8');
    const text = join(dir, 'twenty.txt');
    writeFileSync(text, Array.from({ length: 20 }, () => sample).join('\n\n')); // megabytes of JSON: more than a pipe holds
    const child = spawn(process.execPath, [BIN, 'analyze', text], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});

import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleTextStore } from '../../src/storage/articleTextStore';

const sha = (text: string): string => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

suite('storage: texts the sidecars were written for', () => {
  let folder: string;
  setup(() => { folder = mkdtempSync(join(tmpdir(), 'na-texts-')); });
  teardown(() => rmSync(folder, { recursive: true, force: true }));

  test('a remembered text is recalled by its SHA-256, anything else is not', async () => {
    const store = new ArticleTextStore(join(folder, 'nested'));
    const text = 'BAGHDAD (Dispatches) -- Amir-Abdollahian said… 🇮🇶\r\n';
    await store.remember(text);
    assert.equal(await store.recall(sha(text)), text);
    assert.equal(await store.recall(sha('other')), undefined);
    assert.equal(await store.recall('../../etc/passwd'), undefined, 'only hex keys are looked up');
  });

  test('a copy still being written is waited for: a reopen right after a save finds it', async () => {
    const store = new ArticleTextStore(join(folder, 'fresh'));
    void store.remember('just saved'); // as the sidecar save does, without waiting
    assert.equal(await store.recall(sha('just saved')), 'just saved');
  });

  test('a kept file whose bytes no longer match its name is not used', async () => {
    const store = new ArticleTextStore(folder);
    await store.remember('original text');
    writeFileSync(join(folder, `${sha('original text')}.txt`), 'tampered');
    assert.equal(await store.recall(sha('original text')), undefined);
  });

  test('the least recently used texts go first when over the limits', async () => {
    const store = new ArticleTextStore(folder, { maxTexts: 2, maxBytes: 1000 });
    const texts = ['first', 'second', 'third'];
    for (let i = 0; i < texts.length; i++) {
      await store.remember(texts[i]);
      const t = new Date(Date.now() - (10 - i) * 1000); // distinct, increasing use times
      utimesSync(join(folder, `${sha(texts[i])}.txt`), t, t);
    }
    await store.remember('fourth');
    assert.equal(readdirSync(folder).length, 2);
    assert.equal(await store.recall(sha('fourth')), 'fourth');
    assert.equal(await store.recall(sha('third')), 'third');
    assert.equal(await store.recall(sha('first')), undefined);
    const big = new ArticleTextStore(folder, { maxTexts: 10, maxBytes: 10 });
    await big.remember('much longer than ten bytes');
    assert.equal(await big.recall(sha('much longer than ten bytes')), undefined, 'a text over the byte cap is not kept');
  });

  test('switched off, nothing is kept or recalled; clear deletes kept texts and temp files only', async () => {
    const store = new ArticleTextStore(folder);
    await store.remember('kept while on');
    store.enabled = false;
    await store.remember('offered while off');
    assert.equal(await store.recall(sha('kept while on')), undefined, 'not read while off');
    store.enabled = true;
    assert.equal(await store.recall(sha('offered while off')), undefined, 'not written while off');
    assert.equal(await store.recall(sha('kept while on')), 'kept while on');
    writeFileSync(join(folder, `${sha('x')}.txt.123.456.tmp`), 'half-written');
    writeFileSync(join(folder, 'notes.md'), 'not ours');
    assert.equal(await store.clear(), 1);
    assert.deepEqual(readdirSync(folder), ['notes.md']);
    assert.equal(await new ArticleTextStore(join(folder, 'never-made')).clear(), 0);
  });

  test('clear also deletes a text that was still being written when it was asked', async () => {
    const store = new ArticleTextStore(join(folder, 'in-flight'));
    const writing = store.remember('written as the user deletes them all');
    assert.equal(await store.clear(), 1);
    await writing;
    assert.deepEqual(readdirSync(join(folder, 'in-flight')), []);
  });
});

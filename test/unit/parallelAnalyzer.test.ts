import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { ParallelAnalyzer } from '../../src/core/parallel/parallelAnalyzer';
import type { Analysis } from '../../src/core/types';

const FIXTURES = join(__dirname, '../../../test/fixtures');
// Small articles finish here before a cold worker has loaded its models: give it time (the default floor is 1 s).
const PATIENT = 30000;
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

suite('ParallelAnalyzer: claims on a second thread, the same analysis', function () {
  this.timeout(60000); // a worker start loads the claims models
  const articles = ['iran-iraq-security-cooperation.txt', 'grain-corridor-talks.news', 'city-council-budget.article'].map(read);
  let dir: string;
  suiteSetup(() => { dir = mkdtempSync(join(tmpdir(), 'na-parallel-')); });
  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  test('each article: claims, speakers, actors and entities equal analyzeText', async () => {
    const analyzer = new ParallelAnalyzer({ minChars: 0, minWaitMs: PATIENT });
    try {
      for (const text of articles) {
        const got = await analyzer.analyze(text);
        assert.ok(got.claims.length > 0);
        assert.deepEqual(got, analyzeText(text));
      }
    } finally { analyzer.dispose(); }
  });

  test('a Markdown article: analyzeText\'s Markdown reading, onGrouped with the file\'s texts too', async () => {
    const analyzer = new ParallelAnalyzer({ minChars: 0, minWaitMs: PATIENT });
    try {
      const md = read('markdown-budget-statement.md');
      let early: Pick<Analysis, 'entities' | 'actors'> | undefined;
      const got = await analyzer.analyze(md, (a) => { early = structuredClone(a); }, 'markdown');
      assert.deepEqual(got, analyzeText(md, 'markdown'));
      assert.notDeepEqual(got.claims, analyzeText(md).claims);
      assert.deepEqual(early, { entities: got.entities, actors: got.actors });
    } finally { analyzer.dispose(); }
  });

  test('onGrouped gets the final entities and actors before the claims are in', async () => {
    const analyzer = new ParallelAnalyzer({ minChars: 0, minWaitMs: PATIENT });
    try {
      let early: { entities: unknown; actors: unknown } | undefined;
      const got = await analyzer.analyze(articles[0], (a) => { early = { entities: structuredClone(a.entities), actors: structuredClone(a.actors) }; });
      assert.ok(early);
      assert.deepEqual(early, { entities: got.entities, actors: got.actors });
      assert.ok(got.entities.some((e) => e.actor !== undefined));
    } finally { analyzer.dispose(); }
  });

  test('several analyses in flight at once each get their own claims', async () => {
    const analyzer = new ParallelAnalyzer({ minChars: 0, minWaitMs: PATIENT });
    try {
      const got = await Promise.all(articles.map((t) => analyzer.analyze(t)));
      got.forEach((a, i) => assert.deepEqual(a, analyzeText(articles[i])));
    } finally { analyzer.dispose(); }
  });

  test('the claims come from the worker: one that finds none gives an analysis without claims', async () => {
    const silent = join(dir, 'silent.js');
    writeFileSync(silent, "const { parentPort } = require('node:worker_threads');\n" +
      "parentPort.on('message', (r) => parentPort.postMessage({ id: r.id, claims: new Int32Array(0) }));\n");
    const analyzer = new ParallelAnalyzer({ minChars: 0, workerPath: silent, minWaitMs: PATIENT });
    try {
      const got = await analyzer.analyze(articles[0]);
      assert.deepEqual(got.claims, []);
      assert.deepEqual(got.entities, analyzeText(articles[0]).entities);
    } finally { analyzer.dispose(); }
  });

  test('an idle worker stops after idleMs, and the next long text starts one again', async () => {
    const analyzer = new ParallelAnalyzer({ minChars: 0, idleMs: 20, minWaitMs: PATIENT });
    try {
      await analyzer.analyze(articles[1]);
      assert.ok(analyzer.workerRunning);
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(!analyzer.workerRunning);
      assert.deepEqual(await analyzer.analyze(articles[1]), analyzeText(articles[1]));
    } finally { analyzer.dispose(); }
  });

  test('below minChars no worker is asked', async () => {
    const silent = join(dir, 'silent.js');
    const analyzer = new ParallelAnalyzer({ minChars: articles[0].length + 1, workerPath: silent });
    try {
      assert.deepEqual(await analyzer.analyze(articles[0]), analyzeText(articles[0]));
      assert.ok(!analyzer.workerRunning);
    } finally { analyzer.dispose(); }
  });

  test('no worker script: the claims are computed on this thread, nothing lost', async () => {
    const analyzer = new ParallelAnalyzer({ minChars: 0, workerPath: join(dir, 'missing.js') });
    assert.deepEqual(await analyzer.analyze(articles[0]), analyzeText(articles[0]));
    analyzer.dispose();
  });

  test('a worker that dies mid-request: the claims are computed on this thread, and the next call still works', async () => {
    const dying = join(dir, 'dying.js');
    writeFileSync(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const analyzer = new ParallelAnalyzer({ minChars: 0, workerPath: dying });
    try {
      assert.deepEqual(await analyzer.analyze(articles[0]), analyzeText(articles[0]));
      assert.deepEqual(await analyzer.analyze(articles[1]), analyzeText(articles[1]));
    } finally { analyzer.dispose(); }
  });

  test('a worker that never answers (starved or hung) is given up on: the claims are computed on this thread, then on one thread', async () => {
    const hung = join(dir, 'hung.js');
    writeFileSync(hung, "require('node:worker_threads').parentPort.on('message', () => { for (;;) {} });\n");
    const analyzer = new ParallelAnalyzer({ minChars: 0, workerPath: hung, minWaitMs: 200 });
    try {
      const started = Date.now();
      assert.deepEqual(await analyzer.analyze(articles[0]), analyzeText(articles[0]));
      assert.ok(Date.now() - started < 20000);
      assert.ok(!analyzer.workerRunning, 'the hung worker was stopped');
      const next = analyzer.analyze(articles[1]); // a worker would be started before the first await
      assert.ok(!analyzer.workerRunning, 'no new worker is started: one thread from then on');
      assert.deepEqual(await next, analyzeText(articles[1]));
    } finally { analyzer.dispose(); }
  });

  test('a worker that answers with an error: the claims are computed on this thread', async () => {
    const failing = join(dir, 'failing.js');
    writeFileSync(failing, "const { parentPort } = require('node:worker_threads');\n" +
      "parentPort.on('message', (r) => parentPort.postMessage({ id: r.id, error: 'out of memory' }));\n");
    const analyzer = new ParallelAnalyzer({ minChars: 0, workerPath: failing });
    try {
      assert.deepEqual(await analyzer.analyze(articles[2]), analyzeText(articles[2]));
    } finally { analyzer.dispose(); }
  });
});

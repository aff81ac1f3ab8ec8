/**
 * The unit tests (test/unit, compiled to out/test/unit) in plain Node with mocha's tdd UI, recording the counts
 * for the top-level summary (NEWS_ANNOTATOR_TEST_RESULTS). `npm run test:unit` runs the same files with the
 * mocha CLI; this entry is what `npm test` uses.
 */
import * as path from 'path';
import { appendResult, findTestFiles, runMocha } from './mochaHost';

async function main(): Promise<number> {
  const files = findTestFiles(path.resolve(__dirname, '..', 'unit'));
  if (files.length === 0) {
    console.log('unit: no test files under out/test/unit');
    appendResult({ suite: 'unit', passed: 0, failed: 0, pending: 0, failures: [], durationMs: 0 });
    return 0;
  }
  const result = await runMocha({ suite: 'unit', files, timeoutMs: 10000 });
  appendResult(result);
  return result.failed > 0 ? 1 : 0;
}

main().then(
  // exit even if a test left a timer or handle open
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    appendResult({ suite: 'unit', passed: 0, failed: 1, pending: 0, failures: [{ title: 'loading the unit tests', error: String((e as Error)?.stack ?? e) }], durationMs: 0 });
    process.exit(1);
  },
);

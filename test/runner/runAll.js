#!/usr/bin/env node
/*
 * `npm test` (after `pretest` has compiled and linted):
 *   1. unit tests: mocha (tdd) in plain Node over out/test/unit/**;
 *   2. integration tests: mocha inside a real VS Code (code-server 4.100.3 = VS Code 1.100.3, driven through
 *      @vscode/test-electron's runTests and our `code`-compatible launcher), then the packaged .vsix installed
 *      into a fresh VS Code and checked there. See test/runner/runIntegration.ts and notes/real-vscode.md.
 * Ends with the VS Code version and one plain line `N passed, N failed` over everything; exits non-zero on any
 * failure (or when a step could not run at all).
 *
 * Options (npm test -- <option>): --unit-only, --no-vsix, --only-vsix.
 * Environment: NEWS_ANNOTATOR_GREP=<regexp> (only matching tests), NEWS_ANNOTATOR_KEEP_RUNS=1 (keep run folders),
 * NEWS_ANNOTATOR_VERBOSE=1 (the workbench's log live), NEWS_ANNOTATOR_CODE_SERVER_DIR (where code-server lives).
 */
'use strict';
const cp = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const runnerOut = path.join(root, 'out', 'test', 'runner');
const argv = process.argv.slice(2);

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!fs.existsSync(path.join(runnerOut, 'runIntegration.js')) || !fs.existsSync(path.join(runnerOut, 'runUnit.js'))) {
  fail(`The test harness is not compiled (${path.relative(root, runnerOut)} is missing): run 'npm run compile', or 'npm test' which compiles first.`);
}
const { printSummary } = require(path.join(runnerOut, 'runIntegration.js'));

const runsDir = path.join(root, '.test-runs');
fs.mkdirSync(runsDir, { recursive: true });
pruneOldRuns(runsDir, 6 * 3600 * 1000);
const resultsFile = path.join(runsDir, `results-${process.pid}-${Date.now()}.jsonl`);

/** Removes run folders left by failed runs a while ago (not recent ones: someone may be running tests now). */
function pruneOldRuns(dir, maxAgeMs) {
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    try {
      if (Date.now() - fs.statSync(full).mtimeMs > maxAgeMs) fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // gone already
    }
  }
}

function readResults() {
  if (!fs.existsSync(resultsFile)) return [];
  return fs.readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** Runs one step as a child process that appends its counts to resultsFile; a step that reports nothing but fails counts as a failure. */
function step(name, script, args) {
  const before = readResults().length;
  const started = Date.now();
  const res = cp.spawnSync(process.execPath, [path.join(runnerOut, script), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEWS_ANNOTATOR_TEST_RESULTS: resultsFile },
  });
  const seconds = (Date.now() - started) / 1000;
  const added = readResults().slice(before);
  const code = res.status ?? 1;
  if (code !== 0 && !added.some((r) => r.failed > 0)) {
    fs.appendFileSync(resultsFile, JSON.stringify({
      suite: name, passed: 0, failed: 1, pending: 0, durationMs: Date.now() - started,
      failures: [{ title: `${name}: the step could not run (exit ${res.signal || code})`, error: res.error ? String(res.error) : 'see the output above' }],
    }) + '\n');
  }
  return { name, seconds };
}

const started = Date.now();
const timings = [];
console.log('=== unit tests (Node ' + process.versions.node + ') ===');
timings.push(step('unit', 'runUnit.js', []));
if (!argv.includes('--unit-only')) {
  const pass = argv.filter((a) => a === '--no-vsix' || a === '--only-vsix');
  timings.push(step('integration', 'runIntegration.js', pass));
  // The UI end-to-end check in the real workbench; its screenshots go to the run folder, not the README's.
  if (!argv.includes('--only-vsix')) timings.push(step('ui', path.join('..', '..', 'scripts', 'screenshot.js'), [path.join(runsDir, `ui-${process.pid}`, 'workbench.png')]));
}

const results = readResults();
fs.rmSync(resultsFile, { force: true });
console.log(`\n(time: ${timings.map((t) => `${t.name} ${t.seconds.toFixed(1)} s`).join(', ')}; total ${((Date.now() - started) / 1000).toFixed(1)} s)`);
const ok = printSummary(results);
process.exit(ok ? 0 : 1);

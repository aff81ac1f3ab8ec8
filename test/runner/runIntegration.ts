/**
 * Integration tests in a real VS Code, through @vscode/test-electron's runTests with our `code`-compatible
 * launcher (test/runner/code → codeLauncher.ts: code-server + headless chromium, see notes/real-vscode.md):
 *
 *  1. integration: test/integration/** against the extension loaded from this folder (extensionDevelopmentPath),
 *     then test/restricted/** the same way with workspace trust on and not granted (Restricted Mode);
 *  2. vsix: pack news-annotator.vsix (`npm run package:vsix`, the packing half of `npm run package`), install it into a fresh extensions folder, and run test/vsix/**
 *     against the installed extension (no extensionDevelopmentPath).
 *
 * Each run gets a fresh folder under .test-runs/ holding a copy of test/fixtures as its workspace (tests may
 * write there), the user data and extensions folders, and the code-server log. Passing runs are removed;
 * failing ones are kept and named. Flags: --no-vsix, --only-vsix. Env: NEWS_ANNOTATOR_KEEP_RUNS=1 keeps all.
 *
 * Needs a compiled tree (npm run compile). Usage: npm run test:integration
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { copyDir, ensureCodeServer, freshRunDir, MissingPrerequisiteError, missingRuntimePrerequisites, REPO_ROOT } from './codeServer';
import type { SuiteResult } from './mochaHost';

const LAUNCHER = path.join(REPO_ROOT, 'test', 'runner', 'code');
const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
const OUT_TEST = path.join(REPO_ROOT, 'out', 'test');
const VSIX = path.join(REPO_ROOT, 'news-annotator.vsix');

interface RunOutcome {
  results: SuiteResult[];
  exitCode: number;
  runDir: string;
}

function readResults(file: string): SuiteResult[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SuiteResult);
}

async function runSuite(suite: string, testsIndex: string, devPath: string[], extensionsDir?: string, runDir = freshRunDir(suite), env: Record<string, string> = {}): Promise<RunOutcome> {
  const workspace = path.join(runDir, 'workspace');
  copyDir(FIXTURES, workspace);
  const resultsFile = path.join(runDir, 'results.jsonl');
  let exitCode = 0;
  try {
    await runTests({
      vscodeExecutablePath: LAUNCHER,
      extensionDevelopmentPath: devPath,
      extensionTestsPath: testsIndex,
      launchArgs: [
        workspace,
        `--user-data-dir=${path.join(runDir, 'user-data')}`,
        `--extensions-dir=${extensionsDir ?? path.join(runDir, 'extensions')}`,
      ],
      extensionTestsEnv: {
        NEWS_ANNOTATOR_RUN_DIR: runDir,
        NEWS_ANNOTATOR_TEST_RESULTS: resultsFile,
        ...env,
      },
    });
  } catch (e) {
    exitCode = (e as { code?: number }).code || 1;
  }
  const results = readResults(resultsFile);
  if (results.length === 0) {
    // VS Code never got to report (it crashed, timed out or the index failed to load): count it as a failure.
    results.push({
      suite, passed: 0, failed: 1, pending: 0, durationMs: 0,
      failures: [{ title: `${suite}: the test run reported no results`, error: `exit code ${exitCode}; see ${runDir}` }],
    });
  }
  return { results, exitCode, runDir };
}

/**
 * Packs news-annotator.vsix with `npm run package:vsix` (the packing half of `npm run package`; npm test's pretest
 * has compiled already) and returns its output. vsce only reads the tree, so this can run while a suite runs.
 */
function packVsix(): Promise<string> {
  fs.rmSync(VSIX, { force: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return new Promise((resolve, reject) => {
    const child = cp.spawn(npm, ['run', 'package:vsix'], { cwd: REPO_ROOT, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 || !fs.existsSync(VSIX)) reject(new Error(`npm run package:vsix failed (exit ${code}):\n${output}`));
      else resolve(output);
    });
  });
}

/** Shows vsce's warnings and its closing line. */
function showPackOutput(output: string): void {
  const lines = output.split('\n').map((l) => l.trimEnd()).filter(Boolean);
  for (const l of lines.filter((x) => /WARNING/.test(x))) console.log(l);
  const done = lines.filter((x) => /DONE/.test(x));
  console.log(done.length ? done.join('\n') : lines.slice(-1).join(''));
}

async function runVsixSuite(packing: Promise<string>): Promise<RunOutcome> {
  const runDir = freshRunDir('vsix');
  showPackOutput(await packing);
  // Work on a copy: another test run in this folder may re-pack news-annotator.vsix meanwhile.
  const vsix = path.join(runDir, path.basename(VSIX));
  fs.copyFileSync(VSIX, vsix);
  const extensionsDir = path.join(runDir, 'extensions');
  // The same command line as desktop VS Code: code --install-extension FILE --extensions-dir DIR.
  const install = cp.spawnSync(LAUNCHER, [
    '--install-extension', vsix, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${path.join(runDir, 'user-data')}`,
  ], { env: { ...process.env, NEWS_ANNOTATOR_RUN_DIR: runDir }, encoding: 'utf8' });
  process.stdout.write(install.stdout ?? '');
  if (install.status !== 0) throw new Error(`installing ${vsix} failed (exit ${install.status}):\n${install.stderr}`);
  return runSuite('vsix', path.join(OUT_TEST, 'vsix', 'index.js'), [], extensionsDir, runDir);
}

export async function runIntegration(options: { vsix: boolean; integration: boolean }): Promise<SuiteResult[]> {
  const missing = missingRuntimePrerequisites();
  if (missing.length) throw new MissingPrerequisiteError(`Cannot run the integration tests; missing:\n  - ${missing.join('\n  - ')}`);
  await ensureCodeServer((line) => console.log(`[code-server] ${line}`));
  const packing = options.vsix ? packVsix() : undefined;
  packing?.catch(() => undefined); // handled where it is awaited
  const outcomes: RunOutcome[] = [];
  if (options.integration) {
    console.log('\n=== integration tests (extension from this folder, in VS Code via code-server) ===');
    outcomes.push(await runSuite('integration', path.join(OUT_TEST, 'integration', 'index.js'), [REPO_ROOT], undefined, freshRunDir('int')));
    console.log('\n=== Restricted Mode (workspace trust on, not granted) ===');
    outcomes.push(await runSuite('restricted', path.join(OUT_TEST, 'restricted', 'index.js'), [REPO_ROOT], undefined, freshRunDir('restricted'), { NEWS_ANNOTATOR_WORKSPACE_TRUST: '1' }));
  }
  if (packing) {
    console.log('\n=== packaged .vsix installed into VS Code ===');
    try {
      outcomes.push(await runVsixSuite(packing));
    } catch (e) {
      outcomes.push({
        results: [{ suite: 'vsix', passed: 0, failed: 1, pending: 0, durationMs: 0, failures: [{ title: 'packaging or installing the .vsix', error: String((e as Error).message ?? e) }] }],
        exitCode: 1,
        runDir: '',
      });
    }
  }
  const keep = process.env.NEWS_ANNOTATOR_KEEP_RUNS === '1';
  for (const o of outcomes) {
    const failed = o.exitCode !== 0 || o.results.some((r) => r.failed > 0);
    if (!o.runDir) continue;
    if (failed || keep) console.log(`(run folder kept: ${path.relative(process.cwd(), o.runDir) || o.runDir})`);
    else fs.rmSync(o.runDir, { recursive: true, force: true });
  }
  return outcomes.flatMap((o) => o.results);
}

/** Prints the per-suite lines, the failures, the VS Code version and the closing `N passed, N failed`. */
export function printSummary(results: SuiteResult[]): boolean {
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const pending = results.reduce((n, r) => n + r.pending, 0);
  console.log('\n=== summary ===');
  for (const r of results) {
    const where = r.host ? ` in ${r.host.appName} ${r.host.vscodeVersion}` : ' in Node ' + process.versions.node;
    console.log(`${r.suite.padEnd(12)} ${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} pending` : ''} (${(r.durationMs / 1000).toFixed(1)} s${where})`);
  }
  const failures = results.flatMap((r) => r.failures.map((f) => ({ suite: r.suite, ...f })));
  if (failures.length) {
    console.log('\nFailures:');
    failures.forEach((f, i) => console.log(`  ${i + 1}) [${f.suite}] ${f.title}\n     ${f.error.split('\n').slice(0, 6).join('\n     ')}`));
  }
  const host = results.find((r) => r.host)?.host;
  if (host) console.log(`\nVS Code ${host.vscodeVersion} (${host.appName}, ${host.uiKind}${host.remoteName ? `, remote ${host.remoteName}` : ''})`);
  if (pending) console.log(`${pending} pending (skipped)`);
  // The closing line, kept plain for scripts: `N passed, N failed`.
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && results.length > 0;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const options = { vsix: !argv.includes('--no-vsix'), integration: !argv.includes('--only-vsix') };
  runIntegration(options).then(
    (results) => {
      // Under runAll the counts go to its results file and it prints the one summary.
      const resultsFile = process.env.NEWS_ANNOTATOR_TEST_RESULTS;
      if (resultsFile) {
        for (const r of results) fs.appendFileSync(resultsFile, JSON.stringify(r) + '\n');
        process.exit(results.some((r) => r.failed > 0) ? 1 : 0);
      }
      process.exit(printSummary(results) ? 0 : 1);
    },
    (e: unknown) => {
      console.error(e instanceof MissingPrerequisiteError ? e.message : e);
      process.exit(e instanceof MissingPrerequisiteError ? 3 : 1);
    },
  );
}

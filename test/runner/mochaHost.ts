/**
 * Runs a folder of mocha tests (tdd UI: suite/test) and reports the counts back to the runner.
 * Used by the extension-host test indexes (test/integration/index.ts, test/vsix/index.ts): VS Code require()s
 * an index and awaits its run(); a rejected promise makes the run exit 1.
 *
 * The counts go to the JSON-lines file named by NEWS_ANNOTATOR_TEST_RESULTS (the runner sets it; the
 * environment reaches the extension host), so the top-level runner can print one `N passed, N failed` line.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import type * as vscodeApi from 'vscode';

export interface SuiteResult {
  suite: string;
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
  durationMs: number;
  /** Where it ran: `vscode.version` etc. when in an extension host. */
  host?: { vscodeVersion: string; appName: string; uiKind: string; remoteName?: string };
}

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT_ROOT = path.join(REPO_ROOT, 'out');

/**
 * All `*.test.js` files under `root`, recursively, skipping the named sub-folders. Sorted for a stable order.
 * A compiled test under out/ whose TypeScript source is gone (renamed or deleted) is stale and skipped.
 */
export function findTestFiles(root: string, skipDirs: string[] = []): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipDirs.includes(path.relative(root, full))) walk(full);
      } else if (entry.isFile() && entry.name.endsWith('.test.js') && !isStale(full)) {
        found.push(full);
      }
    }
  };
  if (fs.existsSync(root)) walk(root);
  return found.sort();
}

function isStale(compiled: string): boolean {
  const rel = path.relative(OUT_ROOT, compiled);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const source = path.join(REPO_ROOT, rel.replace(/\.js$/, '.ts'));
  if (fs.existsSync(source)) return false;
  console.log(`(skipping ${path.relative(REPO_ROOT, compiled)}: its source ${path.relative(REPO_ROOT, source)} is gone)`);
  return true;
}

function hostInfo(): SuiteResult['host'] {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- only present inside VS Code
    const vscode = require('vscode') as typeof vscodeApi;
    return {
      vscodeVersion: vscode.version,
      appName: vscode.env.appName,
      uiKind: vscode.UIKind[vscode.env.uiKind],
      remoteName: vscode.env.remoteName,
    };
  } catch {
    return undefined;
  }
}

export function appendResult(result: SuiteResult): void {
  const file = process.env.NEWS_ANNOTATOR_TEST_RESULTS;
  if (file) fs.appendFileSync(file, JSON.stringify(result) + '\n');
}

export interface MochaRunOptions {
  /** A name for the summary line. */
  suite: string;
  files: string[];
  timeoutMs?: number;
}

export function runMocha(options: MochaRunOptions): Promise<SuiteResult> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: options.timeoutMs ?? 20000,
    // NEWS_ANNOTATOR_GREP narrows a run to matching tests, like mocha --grep.
    ...(process.env.NEWS_ANNOTATOR_GREP ? { grep: process.env.NEWS_ANNOTATOR_GREP } : {}),
  });
  for (const f of options.files) mocha.addFile(f);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    try {
      const failures: SuiteResult['failures'] = [];
      const runner = mocha.run(() => {
        const stats = runner.stats;
        const result: SuiteResult = {
          suite: options.suite,
          passed: stats?.passes ?? 0,
          failed: stats?.failures ?? failures.length,
          pending: stats?.pending ?? 0,
          failures,
          durationMs: Date.now() - started,
          host: hostInfo(),
        };
        resolve(result);
      });
      runner.on('fail', (test, err: Error) => {
        failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
      });
    } catch (e) {
      reject(e);
    }
  });
}

/**
 * Copies console output to the file named by NEWS_ANNOTATOR_TEST_OUTPUT while the tests run, so the launcher can
 * stream it from the extension host (code-server mixes the host's console into the workbench log). Returns the
 * function that stops copying. The console itself keeps working as usual (desktop VS Code prints it).
 */
function teeConsole(): () => void {
  const file = process.env.NEWS_ANNOTATOR_TEST_OUTPUT;
  if (!file) return () => undefined;
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  // VS Code's extension host makes console.* accessors that ignore assignment: redefine them instead.
  const descriptors = methods.map((m) => Object.getOwnPropertyDescriptor(console, m));
  const originals = methods.map((m) => console[m]);
  methods.forEach((m, i) => {
    Object.defineProperty(console, m, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        try {
          fs.appendFileSync(file, util.format(...args) + '\n');
        } catch {
          // the runner's folder is gone; keep going
        }
        originals[i].apply(console, args);
      },
    });
  });
  // Mocha's reporters print through Base.consoleLog, captured from console.log when mocha loaded.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const originalConsoleLog = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => console.log(...args);
  return () => {
    methods.forEach((m, i) => {
      const d = descriptors[i];
      if (d) Object.defineProperty(console, m, d);
    });
    base.consoleLog = originalConsoleLog;
  };
}

/** The body of an extension-host test index: run the files, record the counts, reject on any failure. */
export async function runInExtensionHost(options: MochaRunOptions): Promise<void> {
  const untee = teeConsole();
  try {
    await runAndRecord(options);
  } finally {
    untee();
  }
}

async function runAndRecord(options: MochaRunOptions): Promise<void> {
  const host = hostInfo();
  if (host) console.log(`Running ${options.files.length} test file(s) in ${host.appName} ${host.vscodeVersion} (${host.uiKind}${host.remoteName ? ', ' + host.remoteName : ''})`);
  let result: SuiteResult;
  try {
    result = await runMocha(options);
  } catch (e) {
    appendResult({ suite: options.suite, passed: 0, failed: 1, pending: 0, failures: [{ title: 'loading the tests', error: String((e as Error)?.stack ?? e) }], durationMs: 0, host });
    throw e;
  }
  appendResult(result);
  if (options.files.length === 0) throw new Error(`no test files found for ${options.suite}`);
  if (result.failed > 0) throw new Error(`${result.failed} test(s) failed`);
}

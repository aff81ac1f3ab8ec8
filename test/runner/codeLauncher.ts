/**
 * A `code`-compatible executable for @vscode/test-electron's runTests({ vscodeExecutablePath }): it takes the
 * command-line flags desktop VS Code takes for extension tests and runs them in code-server + headless chromium
 * (notes/real-vscode.md). The process exit code is the test result, as with desktop `code`.
 *
 * Understood:  --extensionDevelopmentPath=P (repeatable)  --extensionTestsPath=P  --user-data-dir=P
 *              --extensions-dir=P  [workspace folder]      --install-extension FILE.vsix  --version
 * Ignored:     the Electron/desktop flags test-electron adds (--no-sandbox, --disable-updates, ...).
 * Environment: NEWS_ANNOTATOR_RUN_DIR (the run folder; default a fresh one under .test-runs/),
 *              NEWS_ANNOTATOR_TEST_TIMEOUT_MS (default 240000), NEWS_ANNOTATOR_WORKSPACE_TRUST=1,
 *              NEWS_ANNOTATOR_VERBOSE=1 (forward all browser console output).
 * Everything else in the environment reaches the extension host (test-electron's extensionTestsEnv).
 *
 * Run through test/runner/code (a shell shim), which calls the compiled out/test/runner/codeLauncher.js.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import type { ConsoleMessage } from 'playwright-core';
import {
  CODE_SERVER_VERSION, VSCODE_VERSION, ensureCodeServer, exitOnSignals, freshRunDir, installVsix, launchChromium,
  MissingPrerequisiteError, missingRuntimePrerequisites, remoteUri, startCodeServer, workbenchUrl,
  type PayloadPair, type RunningServer,
} from './codeServer';

/** Flags that take a value (as `--flag=value` or `--flag value`); the rest are booleans. */
const VALUE_FLAGS = new Set([
  'extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'install-extension',
  'uninstall-extension', 'locale', 'log', 'profile', 'folder-uri', 'file-uri', 'inspect-extensions',
  'inspect-brk-extensions', 'crash-reporter-directory', 'enable-proposed-api', 'category', 'sync',
]);

interface Args {
  flags: Map<string, string[]>;
  positional: string[];
}

function parseArgs(argv: string[]): Args {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  const add = (k: string, v: string) => flags.set(k, [...(flags.get(k) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { positional.push(...argv.slice(i + 1)); break; }
    if (!a.startsWith('--')) { if (!a.startsWith('-')) positional.push(a); continue; }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (eq >= 0) add(name, a.slice(eq + 1));
    else if (VALUE_FLAGS.has(name) && i + 1 < argv.length) add(name, argv[++i]);
    else add(name, 'true');
  }
  return { flags, positional };
}

const say = (line: string) => process.stderr.write(`[code-launcher] ${line}\n`);

function fromFileUri(value: string): string {
  return value.startsWith('file://') ? decodeURIComponent(new URL(value).pathname) : value;
}

async function installExtensions(args: Args): Promise<number> {
  const runDir = process.env.NEWS_ANNOTATOR_RUN_DIR || freshRunDir('install');
  const extensionsDir = args.flags.get('extensions-dir')?.[0] ?? path.join(runDir, 'extensions');
  const userDataDir = args.flags.get('user-data-dir')?.[0] ?? path.join(runDir, 'user-data');
  for (const vsix of args.flags.get('install-extension') ?? []) {
    const out = await installVsix(vsix, runDir, extensionsDir, userDataDir, say);
    process.stdout.write(out + '\n');
  }
  return 0;
}

async function runExtensionTests(args: Args): Promise<number> {
  const missing = missingRuntimePrerequisites();
  if (missing.length) throw new MissingPrerequisiteError(`Cannot run the tests; missing:\n  - ${missing.join('\n  - ')}`);
  const testsPath = path.resolve(fromFileUri(args.flags.get('extensionTestsPath')![0]));
  const devPaths = (args.flags.get('extensionDevelopmentPath') ?? []).filter(Boolean).map((p) => path.resolve(fromFileUri(p)));
  const workspace = args.positional[0] ? path.resolve(fromFileUri(args.positional[0])) : args.flags.get('folder-uri')?.[0] && path.resolve(fromFileUri(args.flags.get('folder-uri')![0]));
  const runDir = path.resolve(process.env.NEWS_ANNOTATOR_RUN_DIR || freshRunDir('tests'));
  const timeoutMs = Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT_MS || 240000);
  const verbose = process.env.NEWS_ANNOTATOR_VERBOSE === '1';

  await ensureCodeServer(say);
  const started = Date.now();
  fs.mkdirSync(runDir, { recursive: true });
  const workbenchLog = path.join(runDir, 'workbench.log');
  // The test index copies its console output here (see mochaHost.ts); we stream it to stdout as it grows.
  const testOutput = path.join(runDir, 'test-output.log');
  fs.writeFileSync(testOutput, '');
  const stopStreaming = streamFile(testOutput, process.stdout);
  const server = await startCodeServer({
    env: { NEWS_ANNOTATOR_TEST_OUTPUT: testOutput },
    runDir,
    userDataDir: args.flags.get('user-data-dir')?.[0] ?? path.join(runDir, 'user-data'),
    extensionsDir: args.flags.get('extensions-dir')?.[0] ?? path.join(runDir, 'extensions'),
    workspaceTrust: process.env.NEWS_ANNOTATOR_WORKSPACE_TRUST === '1',
    log: say,
  });
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let failed = true;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let settled = false;
    const result = new Promise<number>((resolveResult) => {
      const resolve = (code: number) => { settled = true; resolveResult(code); };
      const timer = setTimeout(() => {
        say(`no result after ${Math.round(timeoutMs / 1000)} s (NEWS_ANNOTATOR_TEST_TIMEOUT_MS): giving up`);
        resolve(124);
      }, timeoutMs);
      // Both must exist before the workbench loads: it looks for them once.
      void page.exposeFunction('codeAutomationExit', (code: number) => {
        clearTimeout(timer);
        resolve(typeof code === 'number' ? code : 1);
      });
      // The workbench's log (its log service in automation mode; it also carries the extension host's console):
      // kept in the run folder and shown on failure; shown live with NEWS_ANNOTATOR_VERBOSE=1.
      void page.exposeFunction('codeAutomationLog', (type: string, message: unknown) => {
        const text = `[${type}] ${Array.isArray(message) ? util.format(...(message as unknown[])) : String(message)}`;
        fs.appendFileSync(workbenchLog, text + '\n');
        if (verbose) forward(type, `[workbench] ${text}`);
      });
      void server.exited.then((code) => {
        if (settled) return;
        clearTimeout(timer);
        say(`code-server exited (${code}) before the tests finished`);
        resolve(code || 1);
      });
    });
    page.on('console', (msg) => forwardConsole(msg, verbose));
    page.on('pageerror', (err) => { if (verbose) say(`page error: ${err.message}`); });

    if (devPaths.length === 0) devPaths.push(emptyExtension(runDir));
    const payload: PayloadPair[] = [
      ...devPaths.map((p): PayloadPair => ['extensionDevelopmentPath', remoteUri(server, p)]),
      ['extensionTestsPath', remoteUri(server, testsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const url = workbenchUrl(server, workspace, payload);
    if (verbose) say(`opening ${url}`);
    await page.goto(url);
    const code = await result;
    await consoleFlushed();
    stopStreaming();
    say(`tests finished with exit code ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s (VS Code ${VSCODE_VERSION} via code-server ${CODE_SERVER_VERSION})`);
    failed = code !== 0;
    return code;
  } finally {
    stopStreaming();
    if (browser) await browser.close().catch(() => undefined);
    await server.stop();
    if (failed) {
      printServerLog(server);
      if (fs.existsSync(workbenchLog)) process.stderr.write(`--- workbench log (${workbenchLog}) ---\n${fs.readFileSync(workbenchLog, 'utf8')}--- end of workbench log ---\n`);
    }
  }
}

/**
 * The web workbench only enters extension-test mode (runs the tests, reports the exit code) when the payload
 * names a development extension. To test installed extensions only (the .vsix check), give it an empty one.
 */
function emptyExtension(runDir: string): string {
  const dir = path.join(runDir, 'empty-dev-extension');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'empty-test-host', publisher: 'news-annotator-tests', version: '0.0.0', engines: { vscode: '*' },
    description: 'Stands in for extensionDevelopmentPath so tests run against installed extensions only.',
  }, null, 2));
  return dir;
}

/** Copies what is appended to `file` to `out` until the returned function is called (which copies the rest). */
function streamFile(file: string, out: NodeJS.WritableStream): () => void {
  let offset = 0;
  let stopped = false;
  const pump = () => {
    let fd: number | undefined;
    try {
      fd = fs.openSync(file, 'r');
      const size = fs.fstatSync(fd).size;
      if (size > offset) {
        const buf = Buffer.alloc(size - offset);
        const n = fs.readSync(fd, buf, 0, buf.length, offset);
        offset += n;
        out.write(buf.subarray(0, n));
      }
    } catch {
      // not there yet
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  };
  const timer = setInterval(pump, 100);
  return () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    pump();
  };
}

function printServerLog(server: RunningServer): void {
  process.stderr.write(`--- code-server log (${server.logFile}) ---\n${server.output()}\n--- end of code-server log ---\n`);
}

function forward(type: string, text: string): void {
  const stream = type === 'error' || type === 'warn' ? process.stderr : process.stdout;
  stream.write(text.endsWith('\n') ? text : text + '\n');
}

/**
 * The page's own console (a copy of the workbench log plus browser warnings): only with NEWS_ANNOTATOR_VERBOSE=1,
 * warnings and errors. Messages are handled in arrival order (argument values are fetched asynchronously).
 */
let consoleQueue: Promise<void> = Promise.resolve();
function forwardConsole(msg: ConsoleMessage, verbose: boolean): void {
  if (!verbose || (msg.type() !== 'error' && msg.type() !== 'warning')) return;
  const values = Promise.all(msg.args().map((a) => a.jsonValue().catch(() => '[unserializable]')));
  consoleQueue = consoleQueue.then(async () => {
    const args = (await values) as unknown[];
    const text = args.length ? util.format(...args) : msg.text();
    if (text.trim()) forward(msg.type(), `[browser ${msg.type()}] ${text}`);
  }).catch(() => undefined);
}

/** Waits until forwarded console output has been written. */
function consoleFlushed(): Promise<void> {
  return consoleQueue;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.flags.has('version') || args.flags.has('v')) {
    process.stdout.write(`${VSCODE_VERSION}\ncode-server ${CODE_SERVER_VERSION}\n${process.arch}\n`);
    return 0;
  }
  if (args.flags.has('install-extension')) return installExtensions(args);
  if (args.flags.has('extensionTestsPath')) return runExtensionTests(args);
  say('this launcher runs extension tests (--extensionTestsPath) or installs a .vsix (--install-extension);');
  say('to open the extension in VS Code for a look, use `npm start`.');
  return 2;
}

exitOnSignals();
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    say(e instanceof MissingPrerequisiteError ? e.message : String(e instanceof Error ? e.stack : e));
    process.exit(e instanceof MissingPrerequisiteError ? 3 : 1);
  },
);

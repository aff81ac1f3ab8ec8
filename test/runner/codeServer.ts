/**
 * A real VS Code for tests, screenshots and `npm start` on machines that cannot download desktop VS Code:
 * code-server from npm (4.100.3 = VS Code 1.100.3) driven by headless Debian chromium through playwright-core.
 * See notes/real-vscode.md for why each step is the way it is.
 *
 * Everything here is shared by the `code`-compatible launcher (codeLauncher.ts), the integration runner,
 * scripts/start.js and scripts/screenshot.ts.
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.100.3';
/** The VS Code release inside CODE_SERVER_VERSION. */
export const VSCODE_VERSION = '1.100.3';
/** Names pinned by code-server 4.100.3 (its @vscode/ripgrep 1.15.11 postinstall downloads rg v13.0.0-10). */
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

/** The repository root (this file compiles to out/test/runner/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // No lookups outside this machine: everything but the local server resolves to nothing.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export class MissingPrerequisiteError extends Error {}

type Log = (line: string) => void;
const defaultLog: Log = (line) => process.stderr.write(`[code-server] ${line}\n`);

/**
 * Where code-server is installed: outside the extension folder (inside it the workbench loses its built-in
 * themes and icons). Override with NEWS_ANNOTATOR_CODE_SERVER_DIR.
 */
export function installDir(): string {
  const fromEnv = process.env.NEWS_ANNOTATOR_CODE_SERVER_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cache, 'news-annotator-test', `code-server-${CODE_SERVER_VERSION}`);
}

function entryScript(dir: string): string {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function stampFile(dir: string): string {
  return path.join(dir, '.installed');
}

export function isInstalled(dir = installDir()): boolean {
  return fs.existsSync(stampFile(dir)) && fs.existsSync(entryScript(dir));
}

function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, cmd);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The chromium binary: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', which('chromium'), which('chromium-browser')];
  return candidates.find((c): c is string => !!c && fs.existsSync(c));
}

function nodeMajor(): number {
  return Number(process.versions.node.split('.')[0]);
}

/** What the runtime needs from the system to run (not install) code-server + chromium. */
export function missingRuntimePrerequisites(): string[] {
  const missing: string[] = [];
  if (!chromiumPath()) missing.push('chromium (apt-get install chromium)');
  if (nodeMajor() !== 20) {
    missing.push(`Node 20 (code-server ${CODE_SERVER_VERSION} requires Node 20; this is Node ${process.versions.node})`);
  }
  return missing;
}

/** What installing code-server needs from the system beyond npm. */
function missingInstallPrerequisites(): string[] {
  const missing: string[] = [];
  if (!which('rg')) missing.push('ripgrep (apt-get install ripgrep)');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h') && !which('krb5-config')) {
    missing.push('Kerberos headers for the `kerberos` native module (apt-get install libkrb5-dev)');
  }
  for (const tool of ['make', 'g++', 'python3']) {
    if (!which(tool)) missing.push(`${tool} for native modules (apt-get install build-essential python3)`);
  }
  return missing;
}

function explainMissing(missing: string[]): MissingPrerequisiteError {
  const apt = missing.flatMap((m) => /apt-get install ([\w.+ -]+)\)/.exec(m)?.[1].trim().split(/\s+/) ?? []);
  const hint = apt.length ? `\n  Install with: apt-get update && apt-get install -y ${[...new Set(apt)].join(' ')}` : '';
  return new MissingPrerequisiteError(
    `Cannot run VS Code (code-server ${CODE_SERVER_VERSION}) for the tests; missing:\n  - ${missing.join('\n  - ')}${hint}`,
  );
}

function ripgrepTarget(): string {
  switch (process.arch) {
    case 'x64': return 'x86_64-unknown-linux-musl';
    case 'arm64': return 'aarch64-unknown-linux-musl';
    default: throw new MissingPrerequisiteError(`code-server tests are set up for linux x64/arm64, not ${process.arch}`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A cross-process lock so two test runs don't install into the same folder at once. */
async function withLock<T>(lockDir: string, log: Log, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      if (owner && !pidAlive(owner)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!announced) log(`waiting for another install (pid ${owner || '?'}) to finish (${lockDir})`);
      announced = true;
      await sleep(1000);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Installs code-server (idempotent: returns at once when it is there). Needs only the npm registry and the
 * Debian packages named in the error it throws when something is missing.
 */
export async function ensureCodeServer(log: Log = defaultLog): Promise<string> {
  const dir = installDir();
  if (isInstalled(dir)) return entryScript(dir);
  return withLock(`${dir}.lock`, log, async () => {
    if (isInstalled(dir)) return entryScript(dir);
    const missing = missingInstallPrerequisites();
    if (nodeMajor() !== 20) missing.push(`Node 20 (code-server ${CODE_SERVER_VERSION} requires Node 20; this is Node ${process.versions.node})`);
    if (missing.length) throw explainMissing(missing);

    log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (once; about 1-2 minutes)`);
    const started = Date.now();
    fs.rmSync(dir, { recursive: true, force: true });
    const tmp = path.join(dir, '.tmp');
    fs.mkdirSync(tmp, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'news-annotator-test-vscode', private: true, description: 'VS Code (code-server) for the News Annotator tests' }, null, 2) + '\n',
    );

    // @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache (in TMPDIR) already has the
    // tarball: seed it with Debian's rg.
    const rgCache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
    const rgStage = path.join(tmp, 'rg-stage');
    fs.mkdirSync(rgCache, { recursive: true });
    fs.mkdirSync(rgStage, { recursive: true });
    fs.copyFileSync(fs.realpathSync(which('rg')!), path.join(rgStage, 'rg'));
    fs.chmodSync(path.join(rgStage, 'rg'), 0o755);
    const tarball = path.join(rgCache, `ripgrep-${RIPGREP_RELEASE}-${ripgrepTarget()}.tar.gz`);
    cp.execFileSync('tar', ['czf', tarball, '-C', rgStage, 'rg']);

    const logFile = path.join(dir, 'install.log');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TMPDIR: tmp,
      npm_config_unsafe_perm: 'true', // as root, code-server's postinstall refuses to run otherwise
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`; yes=false would cancel it
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_progress: 'false',
    };
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const code = await new Promise<number>((resolve, reject) => {
      const out = fs.openSync(logFile, 'w');
      const child = cp.spawn(npm, ['install', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
        cwd: dir,
        env,
        stdio: ['ignore', out, out],
      });
      const ticker = setInterval(() => log(`  still installing (${Math.round((Date.now() - started) / 1000)} s)`), 30000);
      child.on('error', (e) => { clearInterval(ticker); fs.closeSync(out); reject(e); });
      child.on('exit', (c, signal) => { clearInterval(ticker); fs.closeSync(out); resolve(c ?? (signal ? 128 : 1)); });
    });
    const installLog = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    if (code !== 0 || !fs.existsSync(entryScript(dir))) {
      const tail = installLog.split('\n').slice(-80).join('\n');
      throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${code}); log: ${logFile}\n${tail}`);
    }
    // A broken install (e.g. a native module that did not build) shows here rather than as a silent server.
    const version = cp.execFileSync(process.execPath, [entryScript(dir), '--version'], { env: serverEnv(tmp, {}), encoding: 'utf8' });
    if (!version.includes(CODE_SERVER_VERSION)) {
      throw new Error(`code-server in ${dir} reports ${JSON.stringify(version.trim())}, expected ${CODE_SERVER_VERSION}`);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.writeFileSync(stampFile(dir), `code-server ${CODE_SERVER_VERSION}\n${version}`);
    log(`installed code-server ${CODE_SERVER_VERSION} in ${Math.round((Date.now() - started) / 1000)} s`);
    return entryScript(dir);
  });
}

/**
 * The environment code-server runs in: nothing of the caller's VS Code (a VSCODE_IPC_HOOK_CLI would make
 * code-server hand the request to that other instance), no gallery, and XDG/TMP dirs inside the run folder.
 */
function serverEnv(runDir: string, extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k.startsWith('npm_')) continue;
    env[k] = v;
  }
  for (const sub of ['config', 'data', 'cache', 'state', 'tmp']) fs.mkdirSync(path.join(runDir, sub), { recursive: true });
  let tmp = path.join(runDir, 'tmp');
  // VS Code puts unix sockets (vscode-ipc-<uuid>.sock, 52 chars) in TMPDIR; a socket path is limited to 107
  // bytes. When the run folder is too deep, use a short temporary folder instead, removed when we exit.
  if (Buffer.byteLength(tmp) > 50) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-'));
    removeOnExit(tmp);
  }
  Object.assign(env, {
    EXTENSIONS_GALLERY: '{}', // else it asks open-vsx.org
    XDG_CONFIG_HOME: path.join(runDir, 'config'),
    XDG_DATA_HOME: path.join(runDir, 'data'),
    XDG_CACHE_HOME: path.join(runDir, 'cache'),
    XDG_STATE_HOME: path.join(runDir, 'state'),
    TMPDIR: tmp,
  });
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

const toRemove: string[] = [];
function removeOnExit(dir: string): void {
  if (toRemove.length === 0) {
    process.on('exit', () => {
      for (const d of toRemove) fs.rmSync(d, { recursive: true, force: true });
    });
  }
  toRemove.push(dir);
}

/**
 * Ends the process on Ctrl-C / SIGTERM with the usual exit codes, so 'exit' hooks (the server's process group,
 * playwright's browser) run; without a listener Node dies on the signal and leaves detached servers behind.
 */
export function exitOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string, timeoutMs: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => { req.destroy(); resolve(undefined); });
    req.on('error', () => resolve(undefined));
  });
}

export interface ServerOptions {
  /** A fresh folder for this run: user data, extensions, XDG dirs, TMPDIR and the server log go here. */
  runDir: string;
  userDataDir?: string;
  extensionsDir?: string;
  /** Extra environment for code-server; it reaches the extension host. */
  env?: Record<string, string | undefined>;
  /** Extra code-server flags. */
  args?: string[];
  /** Turn workspace trust on (it is off by default in tests). */
  workspaceTrust?: boolean;
  /** 127.0.0.1 port; a free one when omitted. */
  port?: number;
  log?: Log;
}

export interface RunningServer {
  port: number;
  /** http://127.0.0.1:PORT */
  url: string;
  logFile: string;
  pid: number;
  /** The server's output so far. */
  output(): string;
  /** Resolves when the server process exits. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function startCodeServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? defaultLog;
  const missing = missingRuntimePrerequisites().filter((m) => !m.startsWith('chromium'));
  if (missing.length) throw explainMissing(missing);
  const entry = await ensureCodeServer(log);
  const runDir = path.resolve(options.runDir);
  fs.mkdirSync(runDir, { recursive: true });
  const userDataDir = path.resolve(options.userDataDir ?? path.join(runDir, 'user-data'));
  const extensionsDir = path.resolve(options.extensionsDir ?? path.join(runDir, 'extensions'));
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });

  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = options.port ?? await freePort();
    const logFile = path.join(runDir, `code-server-${port}.log`);
    const args = [
      entry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--config', path.join(runDir, 'config', 'code-server.yaml'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
      ...(options.args ?? []),
    ];
    const env = serverEnv(runDir, options.env ?? {});
    fs.writeFileSync(path.join(runDir, 'config', 'code-server.yaml'), 'auth: none\ncert: false\n');
    const out = fs.openSync(logFile, 'w');
    // detached: its own process group, so stop() can take the extension host and watchers down with it.
    const child = cp.spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    let exitCode: number | null | undefined;
    const exited = new Promise<number | null>((resolve) => {
      child.on('exit', (c, signal) => { exitCode = c ?? (signal ? 128 : null); resolve(exitCode); });
      child.on('error', () => { exitCode = 1; resolve(1); });
    });
    const output = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
    const url = `http://127.0.0.1:${port}`;
    // Safety net: whatever way this process ends (error, process.exit, a handled signal), take the server's
    // process group with it; it runs detached and would otherwise outlive us.
    const killOnExit = () => {
      if (exitCode === undefined && child.pid) {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      }
    };
    process.on('exit', killOnExit);
    void exited.then(() => process.removeListener('exit', killOnExit));
    const stop = async () => {
      const pid = child.pid;
      if (!pid) return;
      const killGroup = (signal: NodeJS.Signals) => {
        try { process.kill(-pid, signal); } catch { /* already gone */ }
      };
      killGroup('SIGTERM');
      await Promise.race([exited, sleep(3000)]);
      // The extension host can outlive a plain SIGTERM of the server: finish the whole group.
      await sleep(200);
      killGroup('SIGKILL');
    };

    const deadline = Date.now() + Number(process.env.NEWS_ANNOTATOR_SERVER_START_TIMEOUT_MS || 60000);
    while (Date.now() < deadline && exitCode === undefined) {
      if ((await httpStatus(`${url}/healthz`, 2000)) === 200) {
        return { port, url, logFile, pid: child.pid!, output, exited, stop };
      }
      await sleep(150);
    }
    await stop();
    lastError = exitCode !== undefined
      ? `code-server exited with ${exitCode} before answering on ${url}`
      : `code-server did not answer ${url}/healthz in time`;
    lastError += `\n--- code-server log (${logFile}) ---\n${output()}`;
    if (!/EADDRINUSE/.test(output()) || options.port) break;
    log(`port ${port} was taken; retrying on another`);
  }
  throw new Error(lastError);
}

export async function launchChromium(opts: { headless?: boolean } = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw explainMissing(['chromium (apt-get install chromium)']);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: opts.headless ?? true, args: CHROMIUM_ARGS });
}

/** One pair of VS Code's web-integration-test payload. */
export type PayloadPair = [string, string];

export function remoteUri(server: RunningServer, absPath: string): string {
  const p = path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://127.0.0.1:${server.port}${p.startsWith('/') ? p : '/' + p}`;
}

/** The workbench URL for a folder (or nothing), with an optional test payload. */
export function workbenchUrl(server: RunningServer, folder?: string, payload?: PayloadPair[]): string {
  const query: string[] = [];
  if (folder) query.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
  if (payload?.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.url}/${query.length ? '?' + query.join('&') : ''}`;
}

/** `code-server --install-extension file.vsix` into the given dirs (offline: a vsix file needs no gallery). */
export async function installVsix(vsix: string, runDir: string, extensionsDir: string, userDataDir: string, log: Log = defaultLog): Promise<string> {
  const entry = await ensureCodeServer(log);
  const env = serverEnv(runDir, {});
  fs.mkdirSync(extensionsDir, { recursive: true });
  const config = path.join(runDir, 'config', 'code-server.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const res = cp.spawnSync(process.execPath, [
    entry, '--config', config, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir,
    '--install-extension', path.resolve(vsix), '--force',
  ], { env, encoding: 'utf8', timeout: 120000 });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
  if (res.status !== 0 || /failed|error/i.test(res.stderr ?? '')) {
    throw new Error(`installing ${vsix} into code-server failed (exit ${res.status}):\n${output}`);
  }
  return output.trim();
}

/** A fresh, unique folder under `<repo>/.test-runs` (git- and vsce-ignored). */
export function freshRunDir(label: string): string {
  const base = path.resolve(process.env.NEWS_ANNOTATOR_RUNS_DIR || path.join(REPO_ROOT, '.test-runs'));
  fs.mkdirSync(base, { recursive: true });
  const stamp = new Date().toTimeString().slice(0, 8).replace(/:/g, '');
  return fs.mkdtempSync(path.join(base, `${label}-${stamp}-`));
}

/** Copies a folder (the fixture workspace) so tests can write into the copy. */
export function copyDir(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, dereference: true });
}

/**
 * Links this extension folder into an extensions folder, so VS Code loads it like an installed extension (no
 * "Extension Development Host" mode; a plain workbench URL works). Used by `npm start` and the screenshot.
 */
export function linkExtension(extensionsDir: string, extensionRoot = REPO_ROOT): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  fs.mkdirSync(extensionsDir, { recursive: true });
  const link = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(extensionRoot, link, 'dir');
  return link;
}

/** Writes VS Code user settings (user-data-dir/User/settings.json). */
export function writeUserSettings(userDataDir: string, settings: Record<string, unknown>): void {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

#!/usr/bin/env node
/*
 * npm start [-- PATH]: build, then open the sample article (or PATH, a file or folder) in VS Code with this
 * extension loaded.
 *  - Desktop VS Code when `code` is on PATH: code --extensionDevelopmentPath=<this folder> <workspace> <file>.
 *  - Otherwise code-server 4.100.3 (VS Code 1.100.3 in the browser; installed on first use, see
 *    notes/real-vscode.md) on 127.0.0.1 with the extension linked into a fresh extensions folder. It prints the
 *    URL to open and runs until Ctrl-C. NEWS_ANNOTATOR_PORT picks the port; NEWS_ANNOTATOR_USE_CODE_SERVER=1 forces
 *    code-server even when `code` exists.
 * Without PATH it opens a fresh copy of test/fixtures, so what the extension writes stays out of the repository.
 */
'use strict';
const cp = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const SAMPLE = 'iran-iraq-security-cooperation.news';

function onPath(cmd) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, cmd), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function build() {
  console.log('Building (npm run compile)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = cp.spawnSync(npm, ['run', 'compile'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('The build failed; fix the errors above and run npm start again.');
    process.exit(res.status || 1);
  }
}

/** The folder to open and the file to show in it. */
function target(runDir) {
  const arg = process.argv[2];
  if (arg) {
    const abs = path.resolve(arg);
    if (!fs.existsSync(abs)) {
      console.error(`No such file or folder: ${abs}`);
      process.exit(2);
    }
    return fs.statSync(abs).isDirectory() ? { folder: abs } : { folder: path.dirname(abs), file: abs };
  }
  const folder = path.join(runDir, 'workspace');
  fs.cpSync(path.join(root, 'test', 'fixtures'), folder, { recursive: true });
  return { folder, file: path.join(folder, SAMPLE) };
}

async function startCodeServer(cs) {
  const runDir = cs.freshRunDir('start');
  const { folder, file } = target(runDir);
  // Link this folder into a fresh extensions folder: the extension loads like an installed one, and a plain
  // workbench URL works (also through a forwarded port). Reload the window after rebuilding to pick up changes.
  const extensionsDir = path.join(runDir, 'extensions');
  cs.linkExtension(extensionsDir, root);

  const server = await cs.startCodeServer({
    runDir,
    extensionsDir,
    port: process.env.NEWS_ANNOTATOR_PORT ? Number(process.env.NEWS_ANNOTATOR_PORT) : undefined,
    log: (line) => console.log(`[code-server] ${line}`),
  });
  const payload = [['skipWelcome', 'true']];
  if (file) payload.push(['openFile', cs.remoteUri(server, file)]);
  const url = cs.workbenchUrl(server, folder, payload);

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping code-server...');
    await server.stop();
    fs.rmSync(runDir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  void server.exited.then((code) => {
    if (stopping) return;
    console.error(`code-server exited (${code}); its log:\n${server.output()}`);
    void stop(1);
  });

  console.log(`
News Annotator in VS Code ${cs.VSCODE_VERSION} (code-server ${cs.CODE_SERVER_VERSION}) is running.
Open this in a browser on this machine:

  ${url}

(plain: ${server.url}/?folder=${encodeURIComponent(folder)})
Workspace: ${folder}
Press Ctrl-C to stop.`);
}

async function main() {
  build();
  const useDesktop = onPath('code') && process.env.NEWS_ANNOTATOR_USE_CODE_SERVER !== '1';
  if (useDesktop) {
    fs.mkdirSync(path.join(root, '.test-runs'), { recursive: true });
    const { folder, file } = target(fs.mkdtempSync(path.join(root, '.test-runs', 'start-')));
    const args = [`--extensionDevelopmentPath=${root}`, folder, ...(file ? [file] : [])];
    console.log(`code ${args.join(' ')}`);
    const res = cp.spawnSync('code', args, { stdio: 'inherit' });
    process.exit(res.status ?? 1);
  }
  const cs = require(path.join(root, 'out', 'test', 'runner', 'codeServer.js'));
  const missing = cs.missingRuntimePrerequisites().filter((m) => !m.startsWith('chromium'));
  if (missing.length) {
    console.error(`Cannot start code-server; missing:\n  - ${missing.join('\n  - ')}`);
    process.exit(1);
  }
  await startCodeServer(cs);
}

main().catch((e) => {
  console.error(e && e.message ? e.message : e);
  process.exit(1);
});

/**
 * `npm run bench:editor`: runs bench/editor/index.ts inside a real VS Code (code-server, as the integration tests
 * do) and prints its measurements. Writes bench/results/editor.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { copyDir, ensureCodeServer, freshRunDir, REPO_ROOT } from '../../test/runner/codeServer';

async function main(): Promise<void> {
  await ensureCodeServer((line) => console.log(`[code-server] ${line}`));
  const runDir = freshRunDir('bench-editor');
  const workspace = path.join(runDir, 'workspace');
  copyDir(path.join(REPO_ROOT, 'test', 'fixtures'), workspace);
  const outFile = path.join(REPO_ROOT, 'bench', 'results', 'editor.json');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  await runTests({
    vscodeExecutablePath: path.join(REPO_ROOT, 'test', 'runner', 'code'),
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: path.join(REPO_ROOT, 'out', 'bench', 'editor', 'index.js'),
    launchArgs: [workspace, `--user-data-dir=${path.join(runDir, 'user-data')}`, `--extensions-dir=${path.join(runDir, 'extensions')}`],
    extensionTestsEnv: { NEWS_ANNOTATOR_BENCH_OUT: outFile, NEWS_ANNOTATOR_RUN_DIR: runDir, NEWS_ANNOTATOR_BENCH_PROFILE: process.env.NEWS_ANNOTATOR_BENCH_PROFILE },
  });
  console.log(fs.readFileSync(outFile, 'utf8'));
  fs.rmSync(runDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

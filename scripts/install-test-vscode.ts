/**
 * Installs the VS Code the integration tests run in (code-server, see notes/real-vscode.md) outside the
 * extension folder. Idempotent: does nothing when it is already there. `npm test` calls the same code on demand;
 * run this on its own to warm a CI cache: `npm run install-test-vscode`.
 */
import { ensureCodeServer, installDir, MissingPrerequisiteError, missingRuntimePrerequisites } from '../test/runner/codeServer';

async function main(): Promise<void> {
  const entry = await ensureCodeServer((line) => console.log(line));
  console.log(`code-server ready: ${entry}`);
  console.log(`(install folder ${installDir()}; override with NEWS_ANNOTATOR_CODE_SERVER_DIR)`);
  const missing = missingRuntimePrerequisites();
  if (missing.length) {
    console.error(`Still needed to run the tests:\n  - ${missing.join('\n  - ')}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof MissingPrerequisiteError ? e.message : e);
  process.exit(1);
});

/**
 * The extension-test entry VS Code loads (--extensionTestsPath): runs every `*.test.js` compiled from
 * test/integration/ (any depth) in the extension host of a real VS Code. Add tests by adding files.
 * Run them with `npm run test:integration` (or `npm test` for everything).
 */
import { findTestFiles, runInExtensionHost } from '../runner/mochaHost';

export function run(): Promise<void> {
  return runInExtensionHost({ suite: 'integration', files: findTestFiles(__dirname) });
}

/**
 * The extension-test entry for the packaged extension: the runner installs news-annotator.vsix into a fresh
 * extensions folder and loads this index with no extensionDevelopmentPath, so these tests see the extension
 * exactly as a user who installed the .vsix does. Kept apart from test/integration/ on purpose.
 */
import { findTestFiles, runInExtensionHost } from '../runner/mochaHost';

export function run(): Promise<void> {
  return runInExtensionHost({ suite: 'vsix', files: findTestFiles(__dirname) });
}

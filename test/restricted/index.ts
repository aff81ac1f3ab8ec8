/**
 * The extension-test entry for Restricted Mode: the same fixture workspace opened with workspace trust on and
 * not granted (runIntegration.ts starts this suite with NEWS_ANNOTATOR_WORKSPACE_TRUST=1).
 */
import { findTestFiles, runInExtensionHost } from '../runner/mochaHost';

export function run(): Promise<void> {
  return runInExtensionHost({ suite: 'restricted', files: findTestFiles(__dirname) });
}

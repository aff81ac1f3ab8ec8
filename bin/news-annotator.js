#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/cli.js by `npm run compile` (esbuild).
const { runCli, applyEngineFlags } = require('../dist/cli.js');
applyEngineFlags(); // V8 settings for a one-shot run (src/cli/engineFlags.ts)
// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do, instead of a stack trace.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});
runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
}).then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`news-annotator: ${e.stack ?? e}\n`); process.exitCode = 70; });

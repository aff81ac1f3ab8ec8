#!/usr/bin/env node
'use strict';
// The CLI is bundled into dist/cli.js by `npm run compile` (esbuild).
const { runCli } = require('../dist/cli.js');
process.exitCode = runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});

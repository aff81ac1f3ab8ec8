// Bundles the extension and the CLI into dist/ (one file each) so the .vsix needs no node_modules.
import * as esbuild from 'esbuild';
import { jsonAsParse } from './esbuild-models.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  plugins: [jsonAsParse],
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/editor/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['src/editor/articles/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' }),
  esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' }),
  esbuild.build({ ...common, entryPoints: ['src/core/parallel/claimsWorker.ts'], outfile: 'dist/claimsWorker.js' }),
]);

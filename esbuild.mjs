// Bundles the extension and the CLI into dist/ (one file each) so the .vsix needs no node_modules.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';

// The claims models are JSON of 0.1-0.7 MB each. Bundled as object literals (esbuild's default) V8 compiles them
// as code: ~130 ms of every CLI start and worker start. As one string given to JSON.parse they cost ~25 ms.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

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
]);

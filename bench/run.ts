// `npm run bench`: runs each benchmark in its own process. `node out/bench/run.js [name...]` runs some.
// To add one, list its compiled entry file here.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const BENCHES: Record<string, string> = {
  ner: 'ner.js',
  claims: 'claims.js',
  'claims-agreement': 'claims-agreement.js', // PolNeAR's annotators scored against each other: the ceiling for the claims targets
  actors: 'actors.js',
  budget: 'analyze-budget-cli.js', // the whole analyze process against --entities-only, on the 5 MB corpus
  'budget-stages': 'analyze-budget.js', // the same stages on one thread, CPU per stage
  'budget-warm': 'analyze-budget-warm.js', // the same share for warm runs in one process (the editor's case)
  parallel: 'analyze-parallel.js', // the claims thread against --single-thread, by text size
  anchoring: 'anchoring.js',
  killSave: 'killSave.js', // about 15 minutes for 1,000 trials
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
let failed = 0;
for (const [name, file] of Object.entries(BENCHES)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const entry = path.join(__dirname, file);
  if (!fs.existsSync(entry)) continue;
  console.log(`\n## bench: ${name}\n`);
  const r = spawnSync(process.execPath, [entry, ...flags], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;

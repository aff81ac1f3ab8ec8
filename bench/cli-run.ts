// One fresh `node bin/news-annotator.js analyze --format jsonl FILE > OUT` process of a built checkout, measured from
// the inside by cpu-report.js (CPU user + system of all threads, peak RSS) and from the outside (wall time).
// Its output goes to a file, as a user's `> out.json` does: read through a pipe, this process would copy and decode
// the 10–25 MB on one of the machine's two cores while the child's two threads run, and the child would wait on the
// pipe, both in proportion to the output's size.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface CliRun { cpuMs: number; wallMs: number; maxRssMB: number; output: string }

export function runCliProcess(root: string, file: string, extraArgs: readonly string[] = []): CliRun {
  const report = path.join(os.tmpdir(), `cli-run-${process.pid}.json`);
  const outFile = path.join(os.tmpdir(), `cli-run-${process.pid}.out`);
  fs.rmSync(report, { force: true });
  const out = fs.openSync(outFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', path.join(__dirname, 'cpu-report.js'), path.join(root, 'bin/news-annotator.js'),
    'analyze', '--format', 'jsonl', ...extraArgs, file], { encoding: 'utf8', stdio: ['ignore', out, 'pipe'], env: { ...process.env, NEWS_ANNOTATOR_CPU_REPORT: report } });
  const wallMs = performance.now() - t0;
  fs.closeSync(out);
  if (r.status !== 0 || !fs.existsSync(report)) throw new Error(`${root}: the CLI failed (exit ${r.status}): ${r.stderr.slice(0, 300)}`);
  const { cpuMs, maxRssMB } = JSON.parse(fs.readFileSync(report, 'utf8')) as { cpuMs: number; maxRssMB: number };
  const output = fs.readFileSync(outFile, 'utf8');
  fs.rmSync(report, { force: true });
  fs.rmSync(outFile, { force: true });
  return { cpuMs, wallMs, maxRssMB, output };
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

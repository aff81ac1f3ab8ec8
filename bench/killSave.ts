/**
 * Kill-during-save benchmark (run on demand: `npx tsc -p . && node out/bench/killSave.js [trials]`).
 *
 * A child process loops: read the sidecar, add one claim, save it with atomicSave (lock, compare, temp file, fsync,
 * re-parse, rename), then report the claim count on stdout. The parent SIGKILLs it at a random moment, then checks
 * the file: it must parse, and hold at least every claim the child reported as saved. The next child continues on
 * the same file (taking over the dead child's lock, cleaning its temp file). SIGKILL keeps the page cache, so this
 * tests atomicity against crashes of the process, not power loss (that is what the fsyncs are for).
 * Writes bench/results/killSave.md.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchorAt } from '../src/core/annotations/anchor';
import { parseSidecar } from '../src/core/annotations/codec';
import { decodeSidecarBytes } from '../src/core/annotations/decode';
import { fingerprintArticle } from '../src/core/annotations/fingerprint';
import { createIdGenerator } from '../src/core/annotations/ids';
import type { Sidecar } from '../src/core/annotations/model';
import { serializeSidecar } from '../src/core/annotations/serialize';
import { atomicSave, readWithStamp } from '../src/storage/atomicFile';

const ARTICLE = 'Iraqi officials said on Monday that the talks in Tehran were constructive and would continue next week.\n';

async function child(file: string): Promise<void> {
  const ids = createIdGenerator();
  const verify = (b: Uint8Array): void => { parseSidecar(decodeSidecarBytes(b)); };
  process.stdout.write('ready\n');
  for (;;) {
    const cur = await readWithStamp(file);
    const s: Sidecar = parseSidecar(decodeSidecarBytes(cur!.bytes)).sidecar;
    const taken = new Set(s.claims.map((c) => c.id));
    const next: Sidecar = {
      ...s,
      claims: [...s.claims, {
        id: ids('c', taken), origin: 'user', status: 'unverified', tags: ['kill-test'], note: `claim ${s.claims.length}`,
        speaker: null, anchor: anchorAt(ARTICLE, 0, 14), modified: new Date().toISOString(),
      }],
    };
    const r = await atomicSave(file, serializeSidecar(next), { expected: cur!.stamp, verify, lockWaitMs: 10_000 });
    if (r.status === 'saved') process.stdout.write(`${next.claims.length}\n`);
  }
}

interface Trial { acknowledged: number; present: number; parsed: boolean; error?: string }

function trial(file: string, killAfterMs: number): Promise<Trial> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [__filename, '--child', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let acknowledged = 0, buf = '';
    let timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    proc.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        if (l === 'ready') { clearTimeout(timer); timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs); } else if (l) acknowledged = Math.max(acknowledged, Number(l));
      }
    });
    proc.on('exit', () => {
      clearTimeout(timer);
      try {
        const s = parseSidecar(decodeSidecarBytes(readFileSync(file))).sidecar;
        resolve({ acknowledged, present: s.claims.length, parsed: true });
      } catch (e) {
        resolve({ acknowledged, present: 0, parsed: false, error: (e as Error).message });
      }
    });
  });
}

async function parent(trials: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'killsave-'));
  const file = join(dir, 'story.txt.annotations.json');
  const start: Sidecar = { schemaVersion: 1, article: fingerprintArticle('story.txt', ARTICLE), actors: [], entities: [], claims: [] };
  writeFileSync(file, serializeSidecar(start));
  let lost = 0, unparsable = 0, maxAck = 0, killedMidSave = 0, tempsSeen = 0;
  const errors: string[] = [];
  const t0 = performance.now();
  for (let i = 0; i < trials; i++) {
    // Once the child has loaded and is about to save: kill anywhere from the first save to several saves in.
    const t = await trial(file, Math.random() * 300);
    if (!t.parsed) { unparsable++; errors.push(t.error!); break; }
    maxAck = Math.max(maxAck, t.acknowledged);
    if (t.present < maxAck) lost += maxAck - t.present;
    if (t.present > t.acknowledged && t.acknowledged > 0) killedMidSave++; // renamed but killed before reporting
    if (readdirSync(dir).some((n) => n.endsWith('.tmp'))) tempsSeen++; // killed between temp write and rename
    if ((i + 1) % 100 === 0) process.stderr.write(`${i + 1} trials, ${maxAck} claims saved, lost ${lost}, unparsable ${unparsable}\n`);
  }
  const final = parseSidecar(decodeSidecarBytes(readFileSync(file))).sidecar;
  const leftovers = readdirSync(dir).filter((n) => n !== 'story.txt.annotations.json');
  rmSync(dir, { recursive: true, force: true });
  const md = [
    `# Kill-during-save benchmark (${new Date().toISOString()}, Node ${process.version}, ${process.platform})`, '',
    '| trials (SIGKILL at a random moment) | claims acknowledged as saved | claims in the file at the end | annotations lost | files unparsable | killed after rename, before the report | killed with a temp file written (cleaned by the next save) | files left at the end (temp/lock) | time |',
    '|---:|---:|---:|---:|---:|---:|---:|---|---:|',
    `| ${trials} | ${maxAck} | ${final.claims.length} | **${lost}** | **${unparsable}** | ${killedMidSave} | ${tempsSeen} | ${leftovers.join(', ') || 'none'} | ${Math.round((performance.now() - t0) / 1000)} s |`,
    '', errors.length ? `Errors: ${errors.join('; ')}` : '', '',
  ].join('\n');
  const out = join(__dirname, '../../bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'killSave.md'), md);
  process.stdout.write(md);
}

if (process.argv[2] === '--child') void child(process.argv[3]);
else void parent(Number(process.argv[2] ?? 1000));

// Speed of claims extraction on a ~5 MB text (PolNeAR train articles joined, or --file PATH), next to the tokenizer
// and sentence splitter it runs after. Best of N runs of process CPU time (user+system), so a busy shared machine
// disturbs it less than wall time would; the first call is also reported alone (what `analyze` pays: model loading,
// unoptimised code, compilation), with the main thread's share (Linux schedstat; JIT and GC threads excluded).
// Run: node out/bench/claims-speed.js [--file PATH] [--runs N]
import { readFileSync } from 'node:fs';
import { extractClaims } from '../src/core/claims';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { loadSplit } from './claims-data';
import { threadNs } from './thread-cpu';

function best<T>(runs: number, f: () => T): { ms: number; value: T } {
  let ms = Infinity;
  let value!: T;
  for (let r = 0; r < runs; r++) {
    const t0 = process.cpuUsage();
    value = f();
    const d = process.cpuUsage(t0);
    ms = Math.min(ms, (d.user + d.system) / 1000);
  }
  return { ms, value };
}

/** PolNeAR train and dev articles joined, repeated up to targetChars. */
function polnearText(targetChars: number): string {
  const parts: string[] = [];
  let n = 0;
  for (const d of [...loadSplit('train'), ...loadSplit('dev')]) {
    if (n >= targetChars) break;
    parts.push(d.text);
    n += d.text.length + 2;
  }
  let text = parts.join('\n\n');
  while (text.length < targetChars) text += '\n\n' + text.slice(0, targetChars - text.length);
  return text;
}

export function runClaimsSpeed(targetChars = 5_000_000, runs = 5, file?: string): Record<string, number> {
  const text = file ? readFileSync(file, 'utf8') : polnearText(targetChars);
  const tok = best(runs, () => tokenize(text));
  const sen = best(runs, () => splitSentences(text, tok.value));
  const n0 = threadNs();
  const first = best(1, () => extractClaims(text, tok.value, sen.value));
  const firstMainMs = (threadNs() - n0) / 1e6;
  const cl = best(runs, () => extractClaims(text, tok.value, sen.value));
  return {
    chars: text.length,
    tokens: tok.value.length,
    claims: cl.value.length,
    tokenizeMs: tok.ms,
    sentencesMs: sen.ms,
    claimsFirstMs: first.ms,
    claimsFirstMainMs: firstMainMs,
    claimsMs: cl.ms,
    claimsMBps: text.length / 1e3 / cl.ms,
    claimsMTokps: tok.value.length / 1e3 / cl.ms,
  };
}

if (require.main === module) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const r = runClaimsSpeed(5_000_000, Number(arg('--runs') ?? 5), arg('--file'));
  console.log(`${(r.chars / 1e6).toFixed(1)} MB, ${r.tokens} tokens, ${r.claims} claims`);
  console.log(`first extractClaims call ${r.claimsFirstMs.toFixed(0)} ms (main thread ${r.claimsFirstMainMs.toFixed(0)} ms)`);
  console.log(`tokenize ${r.tokenizeMs.toFixed(0)} ms, splitSentences ${r.sentencesMs.toFixed(0)} ms, extractClaims ${r.claimsMs.toFixed(0)} ms`);
  console.log(`extractClaims: ${r.claimsMBps.toFixed(1)} MB/s, ${r.claimsMTokps.toFixed(2)} M tokens/s`);
}

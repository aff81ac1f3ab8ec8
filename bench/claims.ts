// Claims benchmark on PolNeAR dev (or train with --split train): content F1 (exact and overlap), attribution F1
// (content overlap and speaker overlapping the gold source) and speed. Run: node out/bench/claims.js [--split train]
// [--errors N] [--json]. Scoring rules: bench/claims-score.ts.
import { performance } from 'node:perf_hooks';
import { extractClaims } from '../src/core/claims';
import type { ExtractOptions } from '../src/core/claims';
import { CANDIDATE_LEXICON_OPTIONS, DEFAULT_LEXICON_OPTIONS } from '../src/core/claims/lexicon';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { loadSplit } from './claims-data';
import type { Counts } from './claims-score';
import { emptyCounts, prf, scoreDoc } from './claims-score';
import { printErrors } from './claims-errors';

function lexOpts(): ExtractOptions {
  const p = process.env.CLAIMS_MINPROB;
  const c = process.env.CLAIMS_MINCOUNT;
  const e = process.env.CLAIMS_MINEXACT;
  const rulesOnly = process.env.CLAIMS_RULES_ONLY === '1';
  const d = rulesOnly ? DEFAULT_LEXICON_OPTIONS : CANDIDATE_LEXICON_OPTIONS;
  const lexicon = p || c || e ? { minProb: Number(p ?? d.minProb), minCount: Number(c ?? d.minCount), minExactProb: Number(e ?? d.minExactProb) } : undefined;
  const t = process.env.CLAIMS_CUE_THRESHOLD;
  return { lexicon, cueModel: !rulesOnly, cueThreshold: t ? Number(t) : undefined };
}

export interface ClaimsBenchResult {
  readonly split: string;
  readonly counts: Counts;
  readonly contentExact: ReturnType<typeof prf>;
  readonly contentOverlap: ReturnType<typeof prf>;
  readonly attributionOverlap: ReturnType<typeof prf>;
  readonly sourceExact: ReturnType<typeof prf>;
  readonly charsPerSecond: number;
}

export function runClaimsBench(split: 'train' | 'dev' = 'dev', errors = 0): ClaimsBenchResult {
  const docs = loadSplit(split);
  const acc = emptyCounts();
  let ms = 0;
  let chars = 0;
  for (const doc of docs) {
    const tokens = tokenize(doc.text);
    const sentences = splitSentences(doc.text, tokens);
    const t0 = performance.now();
    const claims = extractClaims(doc.text, tokens, sentences, lexOpts());
    ms += performance.now() - t0;
    chars += doc.text.length;
    const res = scoreDoc(doc, claims, acc);
    if (errors) printErrors(doc, claims, res, errors);
  }
  return {
    split,
    counts: acc,
    contentExact: prf(acc.exact, acc.pred, acc.gold),
    contentOverlap: prf(acc.overlap, acc.pred, acc.gold),
    attributionOverlap: prf(acc.attribution, acc.pred, acc.gold),
    sourceExact: prf(acc.sourceExact, acc.pred, acc.gold),
    charsPerSecond: (chars / ms) * 1000,
  };
}

function fmt(x: ReturnType<typeof prf>): string {
  return `P ${x.p.toFixed(1)} R ${x.r.toFixed(1)} F1 ${x.f.toFixed(1)}`;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const split = args.includes('--split') ? (args[args.indexOf('--split') + 1] as 'train' | 'dev') : 'dev';
  const errors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;
  const r = runClaimsBench(split, errors);
  if (args.includes('--json')) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    console.log(`PolNeAR ${r.split}: ${r.counts.gold} gold content pieces, ${r.counts.pred} predicted claims`);
    console.log(`content overlap      ${fmt(r.contentOverlap)}`);
    console.log(`content exact        ${fmt(r.contentExact)}`);
    console.log(`attribution overlap  ${fmt(r.attributionOverlap)}`);
    console.log(`attribution src-exact ${fmt(r.sourceExact)}`);
    console.log(`speed (extractClaims only) ${(r.charsPerSecond / 1e6).toFixed(2)} MB/s`);
  }
}

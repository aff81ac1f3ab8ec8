// Claims benchmark on PolNeAR dev (or train with --split train): content F1 (exact and overlap), attribution F1
// (content overlap and speaker overlapping the gold source), and with --speed the CPU time on a 5 MB text
// (bench/claims-speed.ts). Run: node out/bench/claims.js [--split train] [--errors N] [--json] [--speed].
// Tuning switches (environment): CLAIMS_RULES_ONLY=1 (no cue classifier, no end model), CLAIMS_END_RULES=1 (no end model),
// CLAIMS_START_RULES=1 (no start model), CLAIMS_SOURCE_RULES=1 (no source model), CLAIMS_FILTER_OFF=1 (no claim filter),
// CLAIMS_COMPLEMENTS_OFF=1 (no complement candidates, complement-cues.ts), CLAIMS_CUE_THRESHOLD, CLAIMS_MINPROB, CLAIMS_MINCOUNT,
// CLAIMS_MINEXACT. Scoring rules: bench/claims-score.ts.
import { extractClaims } from '../src/core/claims';
import type { ExtractOptions } from '../src/core/claims';
import type { LexiconOptions } from '../src/core/claims/lexicon';
import { CANDIDATE_LEXICON_OPTIONS, DEFAULT_LEXICON_OPTIONS } from '../src/core/claims/lexicon';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { loadSplit } from './claims-data';
import type { Counts } from './claims-score';
import { emptyCounts, prf, scoreDoc } from './claims-score';
import { printErrors } from './claims-errors';
import { runClaimsSpeed } from './claims-speed';

function lexOpts(): ExtractOptions {
  const p = process.env.CLAIMS_MINPROB;
  const c = process.env.CLAIMS_MINCOUNT;
  const e = process.env.CLAIMS_MINEXACT;
  const rulesOnly = process.env.CLAIMS_RULES_ONLY === '1';
  const d = rulesOnly ? DEFAULT_LEXICON_OPTIONS : CANDIDATE_LEXICON_OPTIONS;
  let lexicon: LexiconOptions | undefined = p || c || e ? { minProb: Number(p ?? d.minProb), minCount: Number(c ?? d.minCount), minExactProb: Number(e ?? d.minExactProb) } : undefined;
  if (process.env.CLAIMS_COMPLEMENTS_OFF === '1') lexicon = { ...(lexicon ?? d), complements: false };
  const t = process.env.CLAIMS_CUE_THRESHOLD;
  const endRules = rulesOnly || process.env.CLAIMS_END_RULES === '1';
  return {
    lexicon, cueModel: !rulesOnly, cueThreshold: t ? Number(t) : undefined, endModel: endRules ? false : undefined,
    startModel: process.env.CLAIMS_START_RULES === '1' ? false : undefined,
    sourceModel: process.env.CLAIMS_SOURCE_RULES === '1' ? false : undefined,
    claimFilter: rulesOnly || process.env.CLAIMS_FILTER_OFF === '1' ? false : undefined,
  };
}

export interface ClaimsBenchResult {
  readonly split: string;
  readonly counts: Counts;
  readonly contentExact: ReturnType<typeof prf>;
  readonly contentOverlap: ReturnType<typeof prf>;
  readonly attributionOverlap: ReturnType<typeof prf>;
  readonly sourceExact: ReturnType<typeof prf>;
  readonly speed?: Record<string, number>;
}

export function runClaimsBench(split: 'train' | 'dev' = 'dev', errors = 0, speed = false): ClaimsBenchResult {
  const docs = loadSplit(split);
  const acc = emptyCounts();
  for (const doc of docs) {
    const tokens = tokenize(doc.text);
    const sentences = splitSentences(doc.text, tokens);
    const claims = extractClaims(doc.text, tokens, sentences, lexOpts());
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
    speed: speed ? runClaimsSpeed() : undefined,
  };
}

function fmt(x: ReturnType<typeof prf>): string {
  return `P ${x.p.toFixed(1)} R ${x.r.toFixed(1)} F1 ${x.f.toFixed(1)}`;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const split = args.includes('--split') ? (args[args.indexOf('--split') + 1] as 'train' | 'dev') : 'dev';
  const errors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;
  const r = runClaimsBench(split, errors, args.includes('--speed'));
  if (args.includes('--json')) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    console.log(`PolNeAR ${r.split}: ${r.counts.gold} gold content pieces, ${r.counts.pred} predicted claims`);
    console.log(`content overlap      ${fmt(r.contentOverlap)}`);
    console.log(`content exact        ${fmt(r.contentExact)}`);
    console.log(`attribution overlap  ${fmt(r.attributionOverlap)}`);
    console.log(`attribution src-exact ${fmt(r.sourceExact)}`);
    if (r.speed) {
      const v = r.speed;
      console.log(`speed on ${(v.chars / 1e6).toFixed(1)} MB (CPU ms, best of 5): tokenize ${v.tokenizeMs.toFixed(0)}, `
        + `splitSentences ${v.sentencesMs.toFixed(0)}, extractClaims ${v.claimsMs.toFixed(0)} `
        + `(${v.claimsMBps.toFixed(1)} MB/s, ${v.claimsMTokps.toFixed(2)} M tokens/s)`);
    }
  }
}

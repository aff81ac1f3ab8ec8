// Five-fold cross-validation on PolNeAR train, shared by the claims model trainers: each fold trains a model on four
// fifths of the documents, then extracts the held-out fifth once with a baseline setting (the rules) and once with
// each variant of the trained model (a threshold or margin per variant), and prints the scores of each setting.
import type { GoldDoc } from '../bench/claims-data';
import { loadSplit } from '../bench/claims-data';
import { emptyCounts, prf, scoreDoc } from '../bench/claims-score';
import type { ExtractOptions } from '../src/core/claims/extract';
import { extractClaims } from '../src/core/claims/extract';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';

export type Counts = ReturnType<typeof emptyCounts>;

export interface Setting {
  readonly name: string;
  readonly options: ExtractOptions;
}

/** Content overlap, content exact and attribution F1, as most trainers report them. */
export const contentScores = (digits: number) => (a: Counts): string => {
  const f1 = `overlap ${prf(a.overlap, a.pred, a.gold).f.toFixed(digits)} exact ${prf(a.exact, a.pred, a.gold).f.toFixed(digits)} attribution ${prf(a.attribution, a.pred, a.gold).f.toFixed(digits)}`;
  if (!process.env.CLAIMS_PR) return f1;
  // CLAIMS_PR=1: also precision and recall of overlap and attribution, the counts behind them, and source-exact F1.
  const pr = (c: number): string => { const x = prf(c, a.pred, a.gold); return `${x.p.toFixed(digits)}/${x.r.toFixed(digits)}`; };
  return `${f1} (overlap P/R ${pr(a.overlap)}, attribution P/R ${pr(a.attribution)}; ${a.pred} claims, ${a.overlap} / ${a.exact} / ${a.attribution} matched; source exact ${prf(a.sourceExact, a.pred, a.gold).f.toFixed(digits)}, ${a.sourceExact})`;
};

export function crossValidate<T>(
  train: (docs: readonly GoldDoc[]) => T,
  baseline: Setting,
  variants: (trained: T) => readonly Setting[],
  report: (counts: Counts) => string,
): void {
  const docs = loadSplit('train');
  const base = emptyCounts();
  const learned: { name: string; counts: Counts }[] = [];
  for (let f = 0; f < 5; f++) {
    const settings = variants(train(docs.filter((_d, i) => i % 5 !== f)));
    settings.forEach((s, si) => { learned[si] ??= { name: s.name, counts: emptyCounts() }; });
    for (const d of docs.filter((_d, i) => i % 5 === f)) {
      const tokens = tokenize(d.text);
      const sentences = splitSentences(d.text, tokens);
      scoreDoc(d, extractClaims(d.text, tokens, sentences, baseline.options), base);
      settings.forEach((s, si) => scoreDoc(d, extractClaims(d.text, tokens, sentences, s.options), learned[si].counts));
    }
  }
  console.log(`${baseline.name}: ${report(base)}`);
  for (const l of learned) console.log(`${l.name}: ${report(l.counts)}`);
}

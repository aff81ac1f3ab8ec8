// Reference decisions of the claims models, written over the trainers' feature functions: what the extractor's fast
// scoring paths must equal (claims-model-scores, claims-boundary-context).
import type { DocContext } from '../../src/core/claims/context';
import { scanStarts } from '../../src/core/claims/start-model';
import type { StartModel } from '../../src/core/claims/start-model';

/** modelContentStart as it was written over scanStarts: the features summed by the table. */
export function referenceStart(ctx: DocContext, model: StartModel, key: number, j: number, hi: number, rule: number): number {
  let best = rule;
  let bestScore = -Infinity;
  let ruleScore = -Infinity;
  scanStarts(ctx, key, j, hi, rule, (k, f) => {
    const s = model.weights.score(model.bias, f);
    if (k === rule) ruleScore = s;
    if (s > bestScore) { bestScore = s; best = k; }
  });
  if (best === rule || ruleScore === -Infinity) return rule;
  return bestScore - ruleScore > model.margin ? best : rule;
}

// Trains the source ranker (src/core/claims/source-ranker.ts) on PolNeAR train. The extractor runs with the rules'
// sources; every claim with a cue whose content overlaps a gold piece of an attribution with an overlapping cue is
// an example: its candidates (source-candidates.ts and "no source"), each right when it overlaps a gold source (or,
// for "no source", when the attribution has none). Claims where no candidate is right are skipped.
// Averaged multiclass perceptron (a wrong top candidate moves weight to the best-scoring right one), fixed epochs
// and document order: deterministic. Writes models/claims-source-ranker.json.
// Cross-validation on train: node out/scripts/train-claims-ranker.js --cv
import * as path from 'node:path';
import type { GoldDoc, GoldSpan } from '../bench/claims-data';
import { loadSplit } from '../bench/claims-data';
import { prf } from '../bench/claims-score';
import type { ExtractOptions } from '../src/core/claims/extract';
import { cueKey, extractClaims } from '../src/core/claims/extract';
import type { TokenRange } from '../src/core/claims/source';
import { loadSourceRanker, newRankScratch, RANK_FEATURES, rankFeatures } from '../src/core/claims/source-ranker';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { writeModelJson } from './binaryPerceptron';
import { crossValidate } from './claimsCrossValidation';

const EPOCHS = Number(process.env.RANK_EPOCHS ?? 6);
const DROP = (process.env.RANK_DROP ?? '').split(',').filter(Boolean).map(Number);
const MIN_ABS_WEIGHT = Number(process.env.RANK_MINW ?? 0.05);
const MARGIN = 0;

/** One claim: `count` candidates' features (RANK_FEATURES each, the null candidate last), which are right, which is the rules'. */
interface Example { readonly feats: Int32Array; readonly count: number; readonly right: Uint8Array; readonly rule: number; debug?: string }

const overlaps = (a: GoldSpan, s: number, e: number): boolean => a.start < e && s < a.end;

type Models = Pick<ExtractOptions, 'startModel' | 'endModel'>;

export function collectRankExamples(docs: readonly GoldDoc[], models: Models = {}): { examples: Example[]; ruleRight: number; anyRight: number; total: number } {
  const examples: Example[] = [];
  let ruleRight = 0;
  let total = 0;
  for (const d of docs) {
    const tokens = tokenize(d.text);
    const sentences = splitSentences(d.text, tokens);
    extractClaims(d.text, tokens, sentences, {
      ...models,
      sourceModel: false,
      sourceRanker: false,
      onRaw: (ctx, raw) => {
        const sc = newRankScratch(ctx, raw);
        let prev: TokenRange | null = null;
        for (const r of raw) {
          const rule = r.source;
          if (r.cue && r.contentEnd > r.contentStart) {
            const cs = tokens[r.contentStart].start;
            const ce = tokens[r.contentEnd - 1].end;
            const qs = tokens[r.cue.start].start;
            const qe = tokens[r.cue.end - 1].end;
            const gold = d.attributions.find((a) => a.content.some((p) => overlaps(p, cs, ce)) && a.cue.some((c) => overlaps(c, qs, qe)));
            if (gold) {
              const count = rankFeatures(ctx, sc, cueKey(ctx, r.cue), r.cue, rule, prev, r.contentStart, r.contentEnd);
              const right = new Uint8Array(count);
              let any = false;
              for (let c = 0; c < count; c++) {
                if (c === count - 1) right[c] = gold.source.length === 0 ? 1 : 0;
                else {
                  const s = tokens[sc.cands.spans[3 * c]].start;
                  const e = tokens[sc.cands.spans[3 * c + 1] - 1].end;
                  right[c] = gold.source.some((g) => overlaps(g, s, e)) ? 1 : 0;
                }
                any ||= right[c] === 1;
              }
              const ruleIdx = rule ? 0 : count - 1;
              total++;
              if (right[ruleIdx]) ruleRight++;
              const feats = sc.feats.slice(0, count * RANK_FEATURES);
              for (let c = 0; c < count; c++) for (const i of DROP) feats[c * RANK_FEATURES + i] = 0;
              const debug = process.env.RANK_DEBUG ? `${JSON.stringify(d.text.slice(Math.max(0, qs - 150), qe + 60))}\n   gold ${gold.source.map((g) => JSON.stringify(d.text.slice(g.start, g.end))).join('|') || 'null'} cands ${Array.from({ length: count - 1 }, (_x, c) => `${JSON.stringify(d.text.slice(tokens[sc.cands.spans[3 * c]].start, tokens[sc.cands.spans[3 * c + 1] - 1].end))}/${sc.cands.spans[3 * c + 2]}`).join(' ')}` : undefined;
              if (any) examples.push({ feats, count, right, rule: ruleIdx, debug });
              else if (debug && process.env.RANK_DEBUG === 'none') console.log(`NONE ${debug}`);
            }
          }
          if (rule) prev = rule;
        }
      },
    });
  }
  return { examples, ruleRight, anyRight: examples.length, total };
}

/** Averaged multiclass perceptron; ties go to the rules' candidate, as in rankSources. */
function train(examples: readonly Example[], onEpoch?: (epoch: number, errors: number) => void): Record<string, number> {
  const w = new Map<number, number>();
  const acc = new Map<number, number>();
  let t = 1;
  const score = (ex: Example, c: number): number => {
    let s = 0;
    for (let i = c * RANK_FEATURES; i < (c + 1) * RANK_FEATURES; i++) s += w.get(ex.feats[i]) ?? 0;
    return s;
  };
  const update = (ex: Example, c: number, y: number): void => {
    for (let i = c * RANK_FEATURES; i < (c + 1) * RANK_FEATURES; i++) {
      const f = ex.feats[i];
      w.set(f, (w.get(f) ?? 0) + y);
      acc.set(f, (acc.get(f) ?? 0) + t * y);
    }
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    let errors = 0;
    for (const ex of examples) {
      let pred = ex.rule;
      let predScore = score(ex, ex.rule);
      let gold = -1;
      let goldScore = -Infinity;
      for (let c = 0; c < ex.count; c++) {
        const s = c === ex.rule ? predScore : score(ex, c);
        if (s > predScore) { pred = c; predScore = s; }
        if (ex.right[c] && s > goldScore) { gold = c; goldScore = s; }
      }
      if (!ex.right[pred]) {
        errors++;
        update(ex, gold, 1);
        update(ex, pred, -1);
      }
      t++;
    }
    onEpoch?.(epoch + 1, errors);
  }
  const weights: Record<string, number> = {};
  for (const f of [...w.keys()].sort((x, y) => x - y)) {
    const avg = w.get(f)! - (acc.get(f) ?? 0) / t;
    if (Math.abs(avg) >= MIN_ABS_WEIGHT) weights[f] = Math.round(avg * 1000) / 1000;
  }
  return weights;
}

interface ModelJson { about: string; epochs: number; margin: number; weights: Record<string, number> }

export function trainSourceRanker(docs: readonly GoldDoc[], log = true, models: Models = {}): ModelJson {
  const { examples, ruleRight, anyRight, total } = collectRankExamples(docs, models);
  if (log) console.log(`source ranker: ${total} claims, rules' source right ${ruleRight}, some candidate right ${anyRight}`);
  const weights = train(examples, (epoch, errors) => {
    if (log) console.log(`source ranker epoch ${epoch}: ${errors} errors on ${examples.length} claims`);
  });
  return {
    about: 'Source ranker (averaged multiclass perceptron) trained by scripts/train-claims-ranker.ts on PolNeAR v1.0 train. See models/claims.md.',
    epochs: EPOCHS,
    margin: MARGIN,
    weights,
  };
}

export function writeSourceRanker(model: ModelJson): void {
  writeModelJson(path.resolve(__dirname, '../../models/claims-source-ranker.json'), model);
}

/** Five-fold cross-validation on train: attribution F1 with the ranker at each margin vs the rules + drop model. */
function crossValidateMargins(margins: number[]): void {
  crossValidate(
    (docs) => trainSourceRanker(docs, false),
    { name: process.env.RANK_BASE === 'rules' ? 'rules' : 'rules + source-drop model', options: { sourceRanker: false, sourceModel: process.env.RANK_BASE === 'rules' ? false : undefined } },
    (json) => margins.map((m) => ({ name: `ranker, margin ${m}`, options: { sourceRanker: loadSourceRanker({ ...json, margin: m }) } })),
    (a) => `overlap ${prf(a.overlap, a.pred, a.gold).f.toFixed(2)} attribution ${prf(a.attribution, a.pred, a.gold).f.toFixed(2)} source-exact ${prf(a.sourceExact, a.pred, a.gold).f.toFixed(2)}`,
  );
}

/** Diagnostic: train on four fifths, count held-out claims the ranker fixes and breaks against the rules' choice. */
function heldOut(): void {
  const docs = loadSplit('train');
  let fixed = 0;
  let broken = 0;
  let n = 0;
  for (let f = 0; f < 5; f++) {
    const weights = train(collectRankExamples(docs.filter((_d, i) => i % 5 !== f)).examples);
    for (const ex of collectRankExamples(docs.filter((_d, i) => i % 5 === f)).examples) {
      let pred = ex.rule;
      let best = -Infinity;
      for (let c = 0; c < ex.count; c++) {
        let s = 0;
        for (let i = c * RANK_FEATURES; i < (c + 1) * RANK_FEATURES; i++) s += weights[ex.feats[i]] ?? 0;
        if (c === ex.rule) s += MARGIN;
        if (s > best) { best = s; pred = c; }
      }
      n++;
      if (ex.right[pred] && !ex.right[ex.rule]) fixed++;
      if (!ex.right[pred] && ex.right[ex.rule]) broken++;
      if (ex.debug && f === 0 && !ex.right[pred]) console.log(`${ex.right[ex.rule] ? 'BROKEN' : 'MISSED'} pred ${pred === ex.count - 1 ? 'null' : pred} ${ex.debug}`);
    }
  }
  console.log(`held out: ${n} claims, fixed ${fixed}, broken ${broken}`);
}

if (require.main === module) {
  if (process.argv.includes('--heldout')) heldOut();
  else if (process.argv.includes('--cv')) crossValidateMargins([0, 1, 2, 4]);
  else writeSourceRanker(trainSourceRanker(loadSplit('train')));
}

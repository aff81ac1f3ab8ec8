// Debugging aid: prints the source candidates, their generator kinds and ranker scores for the claims of one PolNeAR
// train document whose cue sentence contains a given text. Run: node out/bench/claims-source-debug.js DOC TEXT
import { loadSplit } from './claims-data';
import { extractClaims } from '../src/core/claims';
import { cueKey } from '../src/core/claims/extract';
import { contentMask } from '../src/core/claims/context';
import type { TokenRange } from '../src/core/claims/source';
import { candidateScore, isRanked, newRankScratch, rankFeatures, shippedSourceRanker } from '../src/core/claims/source-ranker';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';

const [name, needle] = process.argv.slice(2);
const doc = loadSplit('train').find((d) => d.name.startsWith(name));
if (!doc) throw new Error(`no document ${name}`);
const tokens = tokenize(doc.text);
const sentences = splitSentences(doc.text, tokens);
const span = (r: TokenRange): string => JSON.stringify(doc.text.slice(tokens.start(r.start), tokens.end(r.end - 1)));
extractClaims(doc.text, tokens, sentences, {
  sourceModel: false,
  onRaw: (ctx, raw) => {
    const sc = newRankScratch(contentMask(ctx, raw));
    let prev: TokenRange | null = null;
    for (const r of raw) {
      const rule = r.source;
      if (r.cue) {
        const s = ctx.sentences[ctx.sentOf[r.cue.start]];
        if (doc.text.slice(s.start, s.end).includes(needle)) {
          console.log(`cue ${span(r.cue)} content ${span({ start: r.contentStart, end: r.contentEnd })} rule ${rule ? span(rule) : 'null'} ranked ${isRanked(ctx, r.cue, rule)}`);
          const count = rankFeatures(ctx, sc, cueKey(ctx, r.cue), r.cue, rule, prev, r.contentStart, r.contentEnd);
          for (let c = 0; c < count; c++) {
            const sp = sc.cands.spans;
            const label = c === count - 1 ? 'none' : `${span({ start: sp[3 * c], end: sp[3 * c + 1] })} kinds ${sp[3 * c + 2]}`;
            console.log(`   ${candidateScore(shippedSourceRanker(), sc, c).toFixed(2)} ${label}`);
          }
        }
      }
      if (rule) prev = rule;
    }
  },
});

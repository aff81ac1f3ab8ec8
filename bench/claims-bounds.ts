// Where matched claims get their content boundaries wrong, on held-out folds of PolNeAR train: per fold the
// content-start and -end models are trained on the other four fifths (start first, the end model with that start
// model, as train-claims does; lexicon, cue classifier, source ranker and filter are the shipped ones), the fold is
// extracted, and every claim the benchmark matches to a gold piece with other boundaries is classed by side
// (start / end), direction (longer: we include extra words; shorter: we miss some) and the extra or missing text's
// first word (start side) or last word (end side), with the cue word before it on the start side; and by shape
// (content before / after the cue; per side punctuation only, a sentence end, or words; quote marks at one edge).
// Run: node out/bench/claims-bounds.js [--folds 0,1,2,3,4] [--top N] [--examples N] [--class PREFIX]
import { extractClaims } from '../src/core/claims/extract';
import { isEndCandidate } from '../src/core/claims/end-model';
import { scanStarts } from '../src/core/claims/start-model';
import { hashString } from '../src/core/claims/cue-model';
import type { Tokens } from '../src/core/text/tokens';
import type { DocContext } from '../src/core/claims/context';
import { loadEndModel } from '../src/core/claims/end-model';
import { loadStartModel } from '../src/core/claims/start-model';
import type { StartModel } from '../src/core/claims/start-model';
import type { EndModel } from '../src/core/claims/end-model';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { trainEndModel } from '../scripts/train-claims-ends';
import { trainStartModel } from '../scripts/train-claims-starts';
import { loadSplit } from './claims-data';
import { emptyCounts, scoreDoc } from './claims-score';

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i < 0 ? undefined : process.argv[i + 1]; };

const words = (s: string): string[] => s.toLowerCase().replace(/[“”"‘’']/g, (q) => (q === '’' || q === "'" ? q : '"')).split(/\s+|(?=[,;:.!?“”"()])|(?<=[,;:.!?“”"()])/).filter((w) => w.trim());

function main(): void {
  const folds = (arg('--folds') ?? '0,1,2,3,4').split(',').map(Number);
  const top = Number(arg('--top') ?? 25);
  const examples = Number(arg('--examples') ?? 0);
  const only = arg('--class');
  const docs = loadSplit('train');
  const classes = new Map<string, Map<string, string[]>>();
  const add = (cls: string, key: string, ex: string): void => {
    const m = classes.get(cls) ?? new Map<string, string[]>();
    const l = m.get(key) ?? [];
    l.push(ex);
    m.set(key, l);
    classes.set(cls, m);
  };
  const counts = emptyCounts();
  let matched = 0;
  let wrong = 0;
  for (const f of folds) {
    const rest = docs.filter((_d, i) => i % 5 !== f);
    const start: StartModel = loadStartModel(trainStartModel(rest, false));
    const end: EndModel = loadEndModel(trainEndModel(rest, false, start));
    for (let i = f; i < docs.length; i += 5) {
      const d = docs[i];
      const t = tokenize(d.text);
      // Every start scan: cue end j, the rule's start and the model's candidates (to tell whether gold was one).
      const scans: { j: number; rule: number; cands: number[] }[] = [];
      let docCtx: DocContext | null = null;
      const claims = extractClaims(d.text, t, splitSentences(d.text, t), {
        startModel: start, endModel: end,
        onClaims: (ctx) => { docCtx = ctx; },
        onStart: (ctx, key, j, hi, rule) => {
          const cands: number[] = [];
          scanStarts(ctx, hashString(key), j, hi, rule, (k) => { cands.push(k); });
          scans.push({ j, rule, cands });
        },
      });
      const res = scoreDoc(d, claims, counts);
      for (const m of res.matches) {
        matched++;
        const p = claims[m.pred];
        const g = res.units[m.gold];
        let ps = p.start, pe = p.end;
        while (ps < pe && /\s/.test(d.text[ps])) ps++;
        while (pe > ps && /\s/.test(d.text[pe - 1])) pe--;
        if (ps === g.start && pe === g.end) continue;
        wrong++;
        const cue = p.cue ? d.text.slice(p.cue.start, p.cue.end).toLowerCase() : '-';
        const ctx = `${d.name}: ${JSON.stringify(d.text.slice(Math.max(0, Math.min(ps, g.start) - 50), Math.max(pe, g.end) + 20).replace(/\s+/g, ' '))} pred ${JSON.stringify(d.text.slice(ps, Math.min(pe, ps + 80)))} gold ${JSON.stringify(d.text.slice(g.start, Math.min(g.end, g.start + 80)))}`;
        add('~shape: where, side, what lies between', shape(d.text, ps, pe, g, p.cue), ctx);
        const crossing = (ps < g.start && pe < g.end) || (ps > g.start && pe > g.end);
        if (crossing) { add('crossing', cue, ctx); continue; }
        // Oracle: was gold's start one of the start model's candidates for this claim's scan?
        const pt = tokenAt(t, ps);
        const gt = tokenAt(t, g.start);
        const scan = scans.find((x) => x.cands.includes(pt) || x.rule === pt);
        if (ps !== g.start) add('~start wrong: gold a candidate?', !scan ? 'no scan' : gt < 0 || t.start(gt) !== g.start ? 'gold not at a token start' : scan.cands.includes(gt) ? 'candidate' : gt < scan.j ? 'before the cue end' : 'after, not a candidate', ctx);
        if (ps !== g.start && scan && scan.cands.includes(gt)) {
          const lw = (k: number): string => (k > 0 ? t.text(k - 1).toLowerCase() : '');
          add('~start wrong among candidates: pred word → gold word (the word before each)', `${ps < g.start ? 'longer' : 'shorter'}: ${t.text(pt).toLowerCase()} (${lw(pt)}) → ${t.text(gt).toLowerCase()} (${lw(gt)})`, ctx);
          add('~start wrong among candidates: the word before gold', `${ps < g.start ? 'longer' : 'shorter'}: ${lw(gt)}`, ctx);
        }
        if (pe !== g.end) {
          const ge = tokenAt(t, g.end);
          add('~end wrong: gold end a candidate?', ge < 0 || t.start(ge) < g.end ? 'gold not before a token' : docCtx !== null && isEndCandidate(docCtx, ge) ? `candidate (${pe > g.end ? 'longer' : 'shorter'})` : `not a candidate (${pe > g.end ? 'longer' : 'shorter'}): ${t.text(ge).toLowerCase()}`, ctx);
        }
        if (ps < g.start) {
          const w = words(d.text.slice(ps, g.start));
          add(`start longer${p.cue && p.cue.end <= ps ? ' (after cue)' : ''}`, `${w[0]} …${w.length > 1 ? ' ' + w[w.length - 1] : ''}`, ctx);
          add(`~start longer, by extra length and last extra word${p.cue && p.cue.end <= ps ? ' (after cue)' : ''}`, `${Math.min(w.length, 6)}: … ${w[w.length - 1]}`, ctx);
        } else if (ps > g.start) {
          const w = words(d.text.slice(g.start, ps));
          add(`start shorter${p.cue && p.cue.end <= g.start ? ' (after cue)' : ''}`, `${w[0]} …${w.length > 1 ? ' ' + w[w.length - 1] : ''}`, ctx);
        }
        if (pe > g.end) {
          const w = words(d.text.slice(g.end, pe));
          add('end longer', `${w[0]} …${w.length > 1 ? ' (' + Math.min(w.length, 9) + ')' : ''}`, ctx);
          add('~end longer, by first extra words', w.slice(0, 2).join(' '), ctx);
        } else if (pe < g.end) {
          const w = words(d.text.slice(pe, g.end));
          add('end shorter', `${w[0]} …${w.length > 1 ? ' (' + Math.min(w.length, 9) + ')' : ''}`, ctx);
          add('~end shorter, by first missing words', w.slice(0, 2).join(' '), ctx);
        }
      }
    }
    console.error(`fold ${f} done`);
  }
  console.log(`folds ${folds.join(',')}: ${counts.gold} gold, ${counts.pred} claims, ${counts.overlap} overlap, ${counts.exact} exact; ${matched} matched, ${wrong} with other boundaries`);
  const total = (m: Map<string, string[]>): number => [...m.values()].reduce((a, l) => a + l.length, 0);
  for (const [cls, m] of [...classes].sort((x, y) => total(y[1]) - total(x[1]))) {
    if (only && !cls.startsWith(only)) continue;
    const byCount = [...m].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1));
    console.log(`${cls}: ${total(m)}`);
    console.log('  ' + byCount.slice(0, top).map(([k, l]) => `${l.length} ${JSON.stringify(k)}`).join(', '));
    if (examples) for (const [k, l] of byCount.slice(0, top)) for (const e of l.slice(0, examples)) console.log(`    [${k}] ${e}`);
  }
}

const QUOTE_MARK = /^(["“”]|''|``)/;
const QUOTE_END = /(["“”]|'')$/;

/**
 * A wrong-boundary claim's shape: where its content lies against its cue (before / after / around), and per wrong
 * side what the extra or missing text is — only punctuation or quote marks (shown), a sentence end inside it, or
 * words — and whether our or gold's span alone begins or ends at a quote mark ("pred Q" / "gold Q").
 */
function shape(text: string, ps: number, pe: number, g: { start: number; end: number }, cue: { start: number; end: number } | null): string {
  const where = !cue ? 'no cue' : pe <= cue.start ? 'before the cue' : ps >= cue.end ? 'after the cue' : 'around the cue';
  const diff = (a: number, b: number): string => {
    const x = text.slice(Math.min(a, b), Math.max(a, b)).trim();
    if (/^[\s"“”'‘’.,;:!?()\-—–]*$/.test(x)) return `punctuation ${JSON.stringify(x)}`;
    return /[.?!]["”']*\s+["“]?[A-Z]/.test(x) ? 'a sentence end' : 'words';
  };
  const parts: string[] = [where];
  if (ps !== g.start) {
    const q = QUOTE_MARK.test(text.slice(ps)) === QUOTE_MARK.test(text.slice(g.start)) ? '' : QUOTE_MARK.test(text.slice(ps)) ? ', pred Q' : ', gold Q';
    parts.push(`start ${ps < g.start ? 'longer' : 'shorter'} by ${diff(ps, g.start)}${q}`);
  }
  if (pe !== g.end) {
    const q = QUOTE_END.test(text.slice(0, pe)) === QUOTE_END.test(text.slice(0, g.end)) ? '' : QUOTE_END.test(text.slice(0, pe)) ? ', pred Q' : ', gold Q';
    parts.push(`end ${pe > g.end ? 'longer' : 'shorter'} by ${diff(pe, g.end)}${q}`);
  }
  return parts.join('; ');
}

/** The first token that starts at or after character c (-1 when none). */
function tokenAt(t: Tokens, c: number): number {
  let lo = 0, hi = t.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (t.start(m) < c) lo = m + 1; else hi = m; }
  return lo < t.length ? lo : -1;
}

main();

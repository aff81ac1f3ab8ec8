// The extraction environment (lexicon, models, training hooks) that every step of extract.ts reads, and the one step
// that uses a model wherever a content runs on after a point: where it ends.
import type { DocContext } from './context';
import { isCapitalized, isCloseQuoteMark, isWord, nm } from './context';
import { APOSTROPHE_S, DETERMINERS, FINITE, isPastForm, PRONOUNS, VERB_GROUP } from './words';
import { beforeReportersAside, contentTail } from './content';
import type { CueModel } from './cue-model';
import type { EndModel } from './end-model';
import { modelContentEnd } from './end-model';
import { modelKey } from './model-key';
import type { ExtractOptions } from './extract';
import type { CueLexicon } from './lexicon';
import type { StartModel } from './start-model';
import type { SplitModel } from './split-model';

/** What the extraction steps need besides the document: the lexicon, the models, the training hooks. */
export interface Env {
  readonly lex: CueLexicon;
  readonly model: CueModel | undefined;
  readonly end: EndModel | undefined;
  readonly start: StartModel | undefined;
  readonly split: SplitModel | undefined;
  readonly onTail: ExtractOptions['onTail'];
  readonly onStart: ExtractOptions['onStart'];
  readonly onNested: ExtractOptions['onNested'];
}

/** End (exclusive, untrimmed) of content that starts at s after its cue and may run to hi. */
export function tailEnd(ctx: DocContext, env: Env, key: string, s: number, hi: number): number {
  const rule = contentTail(ctx, s, hi);
  const mk = modelKey(key);
  if (env.onTail) env.onTail(ctx, mk, s, hi, rule);
  const e = env.end ? modelContentEnd(ctx, env.end, mk, s, hi, rule) : rule;
  // "… kept water levels too high, and that engineers ignored warnings", "…, but that supply would not be affected": a
  // second "that" clause is more of the same.
  const t = secondThatClause(ctx, e, hi);
  // "that the suspect, a 34-year-old man from Salford, had been shot …": an apposition between the content's subject and
  // its verb is no end.
  const more = t < 0 && !PREPOSITION_END_RE.test(key) ? verbAfterApposition(ctx, s, e, hi) : t;
  const end = more < 0 ? e : env.end ? modelContentEnd(ctx, env.end, mk, more, hi, contentTail(ctx, more, hi)) : contentTail(ctx, more, hi);
  return beforeReportersBut(ctx, s, beforeReportersAside(ctx, s, end));
}

/** Whether a partial quote and a comma end right before token k: ",” but" or "” , but". */
function commaAtQuoteEnd(ctx: DocContext, k: number): boolean {
  return (isCloseQuoteMark(ctx, k - 1) && ctx.tokens.text(k - 2) === ',') || (ctx.tokens.text(k - 1) === ',' && isCloseQuoteMark(ctx, k - 2));
}

/**
 * "…the labor market was “clearly cooling,” but stopped short of endorsing a cut": after a partial quote, ", but" and a
 * past tense with no subject of its own are the reporter's on the speaker, not more of what was said. e when none.
 */
function beforeReportersBut(ctx: DocContext, s: number, e: number): number {
  for (let k = s + 2; k + 2 < e; k++) {
    // Only after a comma: "was “extremely careless” but did not warrant charges" goes on with the content's subject.
    if (nm(ctx, k) !== 'but' || !commaAtQuoteEnd(ctx, k)) continue;
    const v = nm(ctx, k + 1);
    if (!isCapitalized(ctx, k + 1) && (isPastForm(v) || v === 'did')) {
      return ctx.tokens.text(k - 1) === ',' ? k - 1 : k;
    }
  }
  return e;
}

/** A cue ending in a preposition ("statement about"): its content is a noun phrase, no clause. */
const PREPOSITION_END_RE = /\s(?:about|of|on|for|to|with|over|against)$/;
/** Words of such an apposition, at most. */
const MAX_APPOSITION = 12;

/** After a content [s, e) of a few words ending at a comma that opens "a/an …," and a finite verb: the verb, or -1. */
function verbAfterApposition(ctx: DocContext, s: number, e: number, hi: number): number {
  if (e - s > 4 || e + 3 >= hi || ctx.tokens.text(e) !== ',' || !APPOSITION_OPENERS.has(nm(ctx, e + 1))) return -1;
  for (let k = e + 2; k < hi && k <= e + MAX_APPOSITION; k++) {
    const n = nm(ctx, k);
    if (ctx.quoteOf[k] >= 0 || VERB_GROUP.has(n) || FINITE.has(n)) return -1;
    if (n === ',') return k + 1 < hi && finiteAt(ctx, k + 1) ? k + 1 : -1;
  }
  return -1;
}

/** "a/an …", "one of its three giraffes": what opens an apposition on the content's subject. */
const APPOSITION_OPENERS = new Set(['a', 'an', 'one']);

/** An auxiliary or a past tense at k ("had been shot", "gave birth", "died"). */
function finiteAt(ctx: DocContext, k: number): boolean {
  const v = nm(ctx, k);
  return VERB_GROUP.has(v) || FINITE.has(v) || (!isCapitalized(ctx, k) && isPastForm(v));
}

/** After a content ending at e: the first token of a clause opened by ", and that" / "and that" / ", but that", or -1. */
function secondThatClause(ctx: DocContext, e: number, hi: number): number {
  const k = e < hi && ctx.tokens.text(e) === ',' ? e + 1 : e;
  // Not "and that's why …", where "that" is a pronoun.
  if (k + 2 >= hi || nm(ctx, k + 1) !== 'that' || ctx.quoteOf[k] >= 0 || APOSTROPHE_S.has(ctx.tokens.text(k + 2))) return -1;
  if (nm(ctx, k) === 'and') return k + 2;
  // After "but", "that" is as often a demonstrative ("but that could change", "but that report …"): a subject must follow.
  return nm(ctx, k) === 'but' && opensSubject(ctx, k + 2) ? k + 2 : -1;
}

/** Whether token i opens a clause's subject: a determiner, a pronoun or a capitalised word. */
function opensSubject(ctx: DocContext, i: number): boolean {
  const n = nm(ctx, i);
  return DETERMINERS.has(n) || PRONOUNS.has(n) || (isWord(ctx, i) && isCapitalized(ctx, i));
}

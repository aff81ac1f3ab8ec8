// The subject of the clause a participial cue (", saying …") hangs from, when that clause is not the sentence's
// first: "Trump pivoted to trade, but Wallace brought him back to Romney's attacks, asking …" (Wallace, not Trump),
// "But a few days later, Trump reversed himself, telling CBS …" (Trump, not "a few days").
import type { DocContext } from './context';
import { isCapitalized, isWord, nm } from './context';
import type { TokenRange } from './source';
import { subjectNP } from './source';
import { APOSTROPHE_S, POSSESSIVE_DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from './words';

// Conjunctions that, after a comma, open a clause of their own.
const CLAUSE_LINKS = new Set(['but', 'and', 'while', 'yet', 'so', 'although', 'though', 'whereas']);

/**
 * A name (capitalised words, "the" before them) or a subject pronoun at `s` followed by a lower-case word that opens
 * no phrase of its own (its verb): "Wallace brought", "he talked", "Mr. Ryan has", "the Supreme Court blocked". Null
 * otherwise.
 */
function clauseSubjectAt(ctx: DocContext, s: number, hi: number): TokenRange | null {
  if (s >= hi || !isWord(ctx, s)) return null;
  let e = s + 1;
  const n = nm(ctx, s);
  // "…, but the Supreme Court blocked it, ruling …": "the" before a name opens it too.
  const the = n === 'the' && s + 1 < hi && isCapitalized(ctx, s + 1);
  if (n === 'who' || (!SUBJECT_PRONOUNS.has(n) && !isCapitalized(ctx, s) && !the)) return null;
  if (!SUBJECT_PRONOUNS.has(n)) {
    while (e < hi && e - s < 6 && (isCapitalized(ctx, e) || (ctx.tokens.text(e) === '.' && isCapitalized(ctx, e - 1)))) e++;
  }
  if (e >= hi || !isWord(ctx, e) || isCapitalized(ctx, e)) return null;
  const v = nm(ctx, e);
  if (PREPOSITIONS.has(v) || CLAUSE_LINKS.has(v) || v === 'or' || v === 'who' || v === 'which' || v === 'that') return null;
  return { start: s, end: e };
}

/**
 * For a participial cue at `cueStart` (a comma before it) in the sentence starting at `a`: the subject of the
 * nearest ", but/and/while … X verb" clause after `floor` (earlier claims' contents end there), no quote between.
 */
export function participleSubject(ctx: DocContext, a: number, floor: number, cueStart: number): TokenRange | null {
  const end = cueStart - 1;
  for (let k = end - 1; k > floor && k > a; k--) {
    if (ctx.quoteOf[k] >= 0) return null;
    const t = ctx.tokens.text(k);
    if (t === ';') return clauseSubjectAt(ctx, k + 1, end);
    if (t === ',' && CLAUSE_LINKS.has(nm(ctx, k + 1))) {
      const r = clauseSubjectAt(ctx, k + 2, end);
      if (r) return r;
    }
  }
  return null;
}

/** A possessor ("its", "the party's"): the source of a noun cue inside a phrase, never a clause's subject. */
function possessor(ctx: DocContext, r: TokenRange): boolean {
  return POSSESSIVE_DETERMINERS.has(nm(ctx, r.end - 1)) || APOSTROPHE_S.has(ctx.tokens.text(r.end - 1));
}

/**
 * The source of a participial cue with no subject of its own: the nearest ", but … X verb" clause's subject, else the
 * sentence's last source `last`, else the main clause's subject. A last source that owns a noun cue ("hit out at the
 * party over its criticism of …, saying") is no clause the participle could hang from: the main clause's subject
 * speaks, the possessor only when no subject is found.
 */
export function participleSource(ctx: DocContext, a: number, cueStart: number, last: TokenRange | null): TokenRange | null {
  const clause = participleSubject(ctx, a, a, cueStart);
  if (clause) return clause;
  return last && !possessor(ctx, last) ? last : mainSubject(ctx, a, cueStart) ?? last;
}

const ASIDE_ADVERBS = new Set(['however', 'meanwhile', 'moreover', 'though', 'too', 'instead', 'nevertheless']);

/** The main clause's subject; "At the same time, however, Xi has worked …" past the adverb between commas. */
function mainSubject(ctx: DocContext, a: number, cueStart: number): TokenRange | null {
  const s = subjectNP(ctx, a, cueStart);
  if (!s || s.end - s.start !== 1 || !ASIDE_ADVERBS.has(nm(ctx, s.start)) || ctx.tokens.text(s.end) !== ',') return s;
  return subjectNP(ctx, s.end + 1, cueStart) ?? s;
}

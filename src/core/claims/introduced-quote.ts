// A quote that a colon or comma introduces mid-sentence and that ends its sentence ("Trump went even further: “If he
// goes forward …”", "- Michael P. McDonald: “At long last …”", "He jokes, “It’s a never ending line!”"): no verb cue
// claimed it, but the punctuation presents it as speech, as PolNeAR marks it (train, held-out cue models: after a
// colon 50 such claims, 48 overlapping gold; after a comma 39, 35). The colon or comma is the cue; the source is
// the name right before a colon, else the clause's subject ("Trump went even further", "He jokes"). The claim
// filter leaves these claims alone, as it does dialogue turns: the shape decided them, and as training examples
// they only moved the filter's other decisions (retraining noise, ±0.2 on dev).
import type { DocContext } from './context';
import { isCapitalized, nm } from './context';
import type { RawClaim } from './extract';
import { rawClaim } from './raw-claim';
import type { TokenRange } from './source';
import { subjectNP } from './source';
import { PREPOSITIONS } from './words';

const INTRODUCED = new WeakSet<RawClaim>();

/** Whether r is a quote a colon or comma introduced (introducedQuote made it). */
export function isIntroducedQuote(r: RawClaim): boolean {
  return INTRODUCED.has(r);
}

/** The claim of the quote [s, e) when a colon or comma right before it introduces it and it ends its sentence, or null. */
export function introducedQuote(ctx: DocContext, s: number, e: number): RawClaim | null {
  const k = s - 1;
  if (k <= 0 || ctx.sentOf[k] !== ctx.sentOf[s]) return null;
  const mark = ctx.tokens.text(k);
  if (mark !== ':' && mark !== ',') return null;
  const se = ctx.sentences[ctx.sentOf[e - 1]];
  for (let i = e; i < se.endToken; i++) if (ctx.tokens.kind(i) === 'word') return null;
  const a = ctx.sentences[ctx.sentOf[k]].firstToken;
  // Before a comma the words are an apposition or a clause ("Dorothy Poynter, who grew up with Ali, “…”"), not a label.
  const name = mark === ':' ? nameBefore(ctx, k, a) ?? describedName(ctx, a, k) : null;
  const r = rawClaim(s, e, { start: k, end: k + 1 }, name ?? clauseSubject(ctx, a, k));
  INTRODUCED.add(r);
  return r;
}

/** "- Jenna Okafor, mother of a ninth-grader: “…”" (a list of people's quotes): two or more capitalised words opening
 *  the sentence, a comma and their description up to the colon at k; else null. */
function describedName(ctx: DocContext, a: number, k: number): TokenRange | null {
  let j = a;
  while (j < k && isCapitalized(ctx, j)) j++;
  return j - a >= 2 && j + 1 < k && ctx.tokens.text(j) === ',' && k - j <= 12 ? { start: a, end: k } : null;
}

/** subjectNP, past an opener that it took for the subject ("Then, he …", "Hours later, the senator …"). */
function clauseSubject(ctx: DocContext, a: number, k: number): TokenRange | null {
  const src = subjectNP(ctx, a, k);
  return src && src.end < k && ctx.tokens.text(src.end) === ',' ? subjectNP(ctx, src.end + 1, k) : src;
}

/**
 * The run of capitalised words (initials' dots included) right before token k, not before a; null when there is
 * none or a preposition opens it ("on Twitter:", "later that month on CNN:": a place or medium, not the speaker).
 */
function nameBefore(ctx: DocContext, k: number, a: number): TokenRange | null {
  let j = k;
  while (j > a && (isCapitalized(ctx, j - 1) || (ctx.tokens.text(j - 1) === '.' && j - 2 >= a && isCapitalized(ctx, j - 2)))) j--;
  while (j < k && ctx.tokens.text(j) === '.') j++;
  if (j >= k || (j > a && PREPOSITIONS.has(nm(ctx, j - 1)))) return null;
  return { start: j, end: k };
}

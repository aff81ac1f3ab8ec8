// Datelines: where a sentence starts after "ORLANDO, Fla. (Reuters) -", "NEW DELHI:", "Tehran, IRNA –" (no source
// or content begins inside one).
import type { DocContext } from './context';
import { glued, isCapitalized, isWord } from './context';

export const DASHES = new Set(['—', '–', '-', '--']);

/**
 * Where a sentence starts after its dateline ("ORLANDO, Fla. (Reuters) - President Obama met …", "LOS ANGELES
 * (AP) — …"): after a dash within the first 12 tokens that follows a parenthesised agency or an all-capitals
 * place, or after a colon right after such a place ("NEW DELHI: …"). Else `a`.
 */
export function datelineEnd(ctx: DocContext, a: number, hi: number): number {
  let i = a;
  while (i < hi && !isWord(ctx, i)) i++;
  if (i >= hi) return a;
  const stamp = timeStampEnd(ctx, i, hi);
  if (stamp > i) return stamp;
  let agency = false;
  let capitals = true; // every word so far in capitals ("ATLANTIC CITY —", not "GOP front-runner Donald Trump -")
  let state = false; // after the capitals' comma: a state or country ("DAYTON, Ohio —")
  for (let k = i; k < hi && k < i + 12; k++) {
    const n = ctx.tokens.text(k);
    if (n === ')') agency = true;
    // A hyphen between two words ("81-year-old", "(R-Texas)") joins them: no dateline ends there ("WASHINGTON—The
    // Senate …" ends at its glued em dash).
    else if (DASHES.has(n) && !(n === '-' && glued(ctx, k))) return agency || capitals || placeCommaAgency(ctx, i, k) ? k + 1 : a;
    // "Shafaq News/ The Iraqi …": an agency's name and a slash, then a space ("Trump/Pence" is no dateline).
    else if (n === '/' && k > i && k - i <= 3 && /\s/.test(ctx.text[ctx.tokens.end(k)] ?? '') && titleCaseWords(ctx, i, k)) return k + 1;
    else if (ctx.quoteOf[k] >= 0) return a;
    // "LUCKNOW: Uttar Pradesh chief minister …", "ISLAMABAD:": a place in capitals and a colon (South Asian papers).
    // "New Delhi [India], March 3 (ANI):": an agency in brackets, then a colon (ANI, PTI).
    else if (n === ':' && ((capitals && !state && k > i && k - i <= 3) || agency)) return k + 1;
    else if (n === ',' && capitals && k > i) state = true;
    else if (capitals && !agency && isWord(ctx, k) && (n.length < 2 || hasLowerCase(n)) && !(state && isCapitalized(ctx, k))) capitals = false;
  }
  return a;
}

/** A live blog's time stamp: "14:05 —", "3.45pm BST -", "16:10 GMT:", "9:30 a.m. ET —" (the entry starts after it). */
const TIME_RE = /^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$/i;
const TIME_WORDS = /^(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|IST|local(?: time)?)$/i;

/** Where the entry after a time stamp at token i starts, or i. */
function timeStampEnd(ctx: DocContext, i: number, hi: number): number {
  if (!TIME_RE.test(ctx.tokens.text(i))) return i;
  let k = i + 1;
  while (k < hi && k <= i + 3 && TIME_WORDS.test(ctx.tokens.text(k))) k++;
  const n = k < hi ? ctx.tokens.text(k) : '';
  return (DASHES.has(n) || n === ':') && k + 1 < hi ? k + 1 : i;
}

/** Sentences at the start of an article a dateline may open (a headline or two come first). */
const DATELINE_SENTENCES = 3;

/**
 * datelineEnd for a sentence opening at `a`, only among an article's first sentences: later, "NATO — the alliance —
 * is strong" is no dateline (a time stamp still is).
 */
export function openingDatelineEnd(ctx: DocContext, a: number, hi: number): number {
  if (ctx.sentences[ctx.sentOf[a]].firstToken !== a) return a;
  if (ctx.sentOf[a] > DATELINE_SENTENCES) return timeStampEnd(ctx, a, hi); // a live blog's entries run all through it
  const end = datelineEnd(ctx, a, hi);
  return end > a || ctx.sentOf[a] === 0 ? end : titleCasePlaceColon(ctx, a, hi);
}

/** "Mumbai: The Reserve Bank …", "New Delhi: …" (Mint, The Economic Times): after the headline, one or two title-case
 * words, a colon and a capitalised word open the first paragraph; else a. */
function titleCasePlaceColon(ctx: DocContext, a: number, hi: number): number {
  for (let k = a + 1; k < hi && k <= a + 2; k++) {
    if (ctx.tokens.text(k) === ':') return k + 1 < hi && titleCaseWords(ctx, a, k) && isCapitalized(ctx, k + 1) ? k + 1 : a;
  }
  return a;
}

/** "Tehran, IRNA –": a place, a comma and an agency's acronym in capitals fill [i, k), the dash at k stands apart
 * ("Raleigh, N.C.-based" is no dateline). */
function placeCommaAgency(ctx: DocContext, i: number, k: number): boolean {
  const t = k === i + 3 ? ctx.tokens.text(i + 2) : '';
  if (t.length < 2 || t.length > 5 || ctx.tokens.text(i + 1) !== ',' || !isCapitalized(ctx, i) || hasLowerCase(t)) return false;
  return /\s/.test(ctx.text[ctx.tokens.start(k) - 1] ?? '') && /\s/.test(ctx.text[ctx.tokens.end(k)] ?? '');
}

/** Whether [i, k) are all words with a capital first letter ("Shafaq News"). */
function titleCaseWords(ctx: DocContext, i: number, k: number): boolean {
  for (let j = i; j < k; j++) if (!isWord(ctx, j) || !isCapitalized(ctx, j)) return false;
  return true;
}

/** Whether a word has a lower-case letter (no string built: this runs for every subject looked for). */
function hasLowerCase(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c > 127 && t[i] !== t[i].toUpperCase())) return true;
  }
  return false;
}

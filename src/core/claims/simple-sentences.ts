// A small sentence splitter used by the claims bench and tests until src/core/text/sentences.ts lands.
// Breaks at line breaks and at . ! ? (plus closing quotes/brackets) before an upper-case word, a digit or a quote,
// except after common abbreviations and single initials.
import type { Sentence, Token } from '../text/token';

const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'prof', 'rev', 'sept', 'jan', 'feb', 'aug', 'oct', 'nov', 'dec', 'capt',
  'mt', 'ft', 'atty', 'supt', 'cmdr', 'adm', 'maj', 'pres', 'gens', 'sens', 'reps', 'messrs']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

export function simpleSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const push = (end: number): void => {
    if (end > first) out.push({ start: tokens[first].start, end: tokens[end - 1].end, firstToken: first, endToken: end });
    first = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    if (/[\n\r]/.test(text.slice(tokens[i].end, next.start))) { push(i + 1); continue; }
    const t = tokens[i].text;
    if (t !== '.' && t !== '!' && t !== '?' && t !== '…') continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
    const n = tokens[j];
    if (!n || n.start === tokens[j - 1].end) continue;
    if (!/^[\p{Lu}\p{N}"“‘'(\u2014-]/u.test(n.text)) continue;
    if (t === '.' && i > 0 && tokens[i - 1].end === tokens[i].start) {
      const prev = tokens[i - 1].text;
      if (ABBREV.has(prev.toLowerCase()) || /^\p{Lu}$/u.test(prev)) continue;
    }
    if (/[\n\r]/.test(text.slice(tokens[j - 1].end, n.start)) || j > i + 1) { push(j); i = j - 1; continue; }
    push(j);
    i = j - 1;
  }
  push(tokens.length);
  return out;
}

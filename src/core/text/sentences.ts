import type { Sentence } from './token';
import type { Tokens } from './tokens';
import { isTitleAbbreviation } from './tokenize';
import { SENTENCE_OPENERS } from './abbreviations';

const TERMINATORS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Splits tokens into sentences. A sentence ends after . ! ? … (plus any closing quotes or brackets) when the
 * next token can open a sentence; at a blank line; and at a single line break when the next line does not
 * continue the sentence (it starts with a capital, a digit or a quote, and the line did not end mid-phrase).
 * Headlines and datelines without a final period therefore stand alone.
 */
export function splitSentences(text: string, tokens: Tokens): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number): void => {
    if (endToken <= first) return;
    sentences.push({ start: tokens.start(first), end: tokens.end(endToken - 1), firstToken: first, endToken });
    first = endToken;
  };
  const n = tokens.length;
  for (let i = 0; i + 1 < n; i++) {
    const next = i + 1;
    const breaks = countLineBreaks(text, tokens.end(i), tokens.start(next));
    if (breaks >= 2 || (breaks === 1 && lineEndsSentence(tokens.text(i), tokens.text(next)))) {
      close(i + 1);
      continue;
    }
    if (!endsWithTerminator(tokens.text(i))) continue;
    // Take closing quotes and brackets that hug the terminator into this sentence.
    let j = i;
    while (j + 1 < n && CLOSERS.has(tokens.text(j + 1)) && tokens.start(j + 1) === tokens.end(j)) j++;
    const after = j + 1;
    if (after >= n) { i = j; break; }
    if (tokens.start(after) === tokens.end(j) && !/\s/.test(text[tokens.start(after)] ?? '')) continue; // "3.5", "e.g.x"
    if (opensSentence(tokens.text(i), tokens.text(after))) {
      close(j + 1);
      i = j;
    }
  }
  close(tokens.length);
  return sentences;
}

/** Line breaks in text[from, to) (a gap between two tokens; scanned in place, not sliced out). */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && (k + 1 >= to || text.charCodeAt(k + 1) !== 10))) count++;
  }
  return count;
}

function endsWithTerminator(t: string): boolean {
  // Every terminator ends in . ! ? or …: check that first (a Set lookup hashes each fresh token string).
  const last = t.charCodeAt(t.length - 1);
  if (last !== 46 && last !== 33 && last !== 63 && last !== 0x2026) return false;
  if (TERMINATORS.has(t)) return true;
  // "U.S." at the end of a sentence: an abbreviation that is not a title may end one.
  return t.length > 1 && last === 46 && !isTitleAbbreviation(t);
}

/** Whether the token text `next` opens a sentence after the terminator text `terminator`. */
function opensSentence(terminator: string, next: string): boolean {
  const ch = next[0];
  const startsUpper = ch !== ch.toLowerCase();
  const startsOther = /^[\p{N}"“‘'(\[«¿¡—–-]/u.test(next) || (ch === ch.toLowerCase() && ch === ch.toUpperCase());
  if (TERMINATORS.has(terminator)) return startsUpper || startsOther;
  // After an abbreviation, only a clear sentence opener breaks ("in the U.S. The next day").
  return startsUpper && SENTENCE_OPENERS.has(next.toLowerCase());
}

/** Whether a single line break between token texts `last` and `next` ends a sentence. */
function lineEndsSentence(last: string, next: string): boolean {
  if (/^[,;:\-–—(\[&]$/.test(last)) return false;
  const ch = next[0];
  const lowerStart = ch !== ch.toUpperCase();
  return !lowerStart;
}

import type { Sentence, Token } from './token';
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
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number): void => {
    if (endToken <= first) return;
    sentences.push({ start: tokens[first].start, end: tokens[endToken - 1].end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    const breaks = countLineBreaks(text, tokens[i].end, next.start);
    if (breaks >= 2 || (breaks === 1 && lineEndsSentence(tokens[i], next))) {
      close(i + 1);
      continue;
    }
    if (!endsWithTerminator(tokens, i)) continue;
    // Take closing quotes and brackets that hug the terminator into this sentence.
    let j = i;
    while (tokens[j + 1] && CLOSERS.has(tokens[j + 1].text) && tokens[j + 1].start === tokens[j].end) j++;
    const after = tokens[j + 1];
    if (!after) { i = j; break; }
    if (after.start === tokens[j].end && !/\s/.test(text[after.start] ?? '')) continue; // "3.5", "e.g.x"
    if (opensSentence(tokens[i], after)) {
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

function endsWithTerminator(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // Every terminator ends in . ! ? or …: check that first (a Set lookup hashes each fresh token string).
  const last = t.text.charCodeAt(t.text.length - 1);
  if (last !== 46 && last !== 33 && last !== 63 && last !== 0x2026) return false;
  if (TERMINATORS.has(t.text)) return true;
  // "U.S." at the end of a sentence: an abbreviation that is not a title may end one.
  return t.text.length > 1 && last === 46 && !isTitleAbbreviation(t);
}

function opensSentence(terminator: Token, next: Token): boolean {
  const ch = next.text[0];
  const startsUpper = ch !== ch.toLowerCase();
  const startsOther = /^[\p{N}"“‘'(\[«¿¡—–-]/u.test(next.text) || (ch === ch.toLowerCase() && ch === ch.toUpperCase());
  if (TERMINATORS.has(terminator.text)) return startsUpper || startsOther;
  // After an abbreviation, only a clear sentence opener breaks ("in the U.S. The next day").
  return startsUpper && SENTENCE_OPENERS.has(next.text.toLowerCase());
}

function lineEndsSentence(last: Token, next: Token): boolean {
  if (/^[,;:\-–—(\[&]$/.test(last.text)) return false;
  const ch = next.text[0];
  const lowerStart = ch !== ch.toUpperCase();
  return !lowerStart;
}

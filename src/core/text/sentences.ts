import type { Sentence } from './token';
import type { Tokens } from './tokens';
import { isTitleAbbreviation } from './tokenize';
import { SENTENCE_OPENERS } from './abbreviations';

const TERMINATORS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const DOTTED_CAPITALS_RE = /^(?:\p{Lu}\.){2,}$/u;
const COMPANY_ENDINGS_RE = /^(?:Corp|Inc|Co|Ltd|Plc|PLC|LLC|Bros)\.$/;
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
  // Columns read directly: this loop runs once per document, mostly before V8 would inline accessor calls.
  const { length: n, starts, ends, ids, strings } = tokens;
  for (let i = 0; i + 1 < n; i++) {
    const next = i + 1;
    const breaks = countLineBreaks(text, ends[i], starts[next]);
    if (breaks >= 2 || (breaks === 1 && lineEndsSentence(strings[ids[i]], strings[ids[next]]))) {
      close(i + 1);
      continue;
    }
    if (!endsWithTerminator(strings[ids[i]])) continue;
    // Take closing quotes and brackets that hug the terminator into this sentence.
    let j = i;
    while (j + 1 < n && CLOSERS.has(strings[ids[j + 1]]) && starts[j + 1] === ends[j]) j++;
    const after = j + 1;
    if (after >= n) { i = j; break; }
    if (starts[after] === ends[j] && !/\s/.test(text[starts[after]] ?? '')) continue; // "3.5", "e.g.x"
    if (i >= 3 && clockRunsOn(strings[ids[i - 3]], strings[ids[i - 2]], strings[ids[i - 1]], strings[ids[after]])) continue;
    if (opensSentence(strings[ids[i]], strings[ids[after]], after + 1 < n ? strings[ids[after + 1]] : '') || platformEnds(strings[ids[i]], i > 0 ? strings[ids[i - 1]] : '', strings[ids[after]])) {
      close(j + 1);
      i = j;
    }
  }
  close(tokens.length);
  return sentences;
}

/** Days and time zones that go on with a clock time: "by about 9 a.m. Monday", "at 3 p.m. EST". */
const AFTER_CLOCK = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'ET', 'EST',
  'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'IST', 'AEST', 'AEDT',
  'Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic']);

/** Whether "a.m."/"p.m." (tokens a|p . m before the final ".") goes on into `next` rather than ending its sentence. */
function clockRunsOn(ap: string, dot: string, m: string, next: string): boolean {
  return m === 'm' && dot === '.' && (ap === 'a' || ap === 'p') && AFTER_CLOCK.has(next);
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

/** Whether the token text `next` (and `then` after it) opens a sentence after the terminator text `terminator`. */
function opensSentence(terminator: string, next: string, then: string): boolean {
  const ch = next[0];
  const startsUpper = ch !== ch.toLowerCase();
  const startsOther = /^[\p{N}"“‘'(\[«¿¡—–-]/u.test(next) || (ch === ch.toLowerCase() && ch === ch.toUpperCase());
  if (TERMINATORS.has(terminator)) return startsUpper || startsOther;
  // After an abbreviation, only a clear sentence opener breaks ("in the U.S. The next day"), or after dotted capitals
  // an opening quote and a capital ("he told the M.E.N. “Now I've got two locks …”"; not "the U.S. “does not have …”").
  // So after a company's abbreviation: 'she told the Australian Broadcasting Corp. "If grandma …"'.
  if ((next === '"' || next === '“') && (DOTTED_CAPITALS_RE.test(terminator) || COMPANY_ENDINGS_RE.test(terminator)) && /^\p{Lu}/u.test(then)) return true;
  return startsUpper && SENTENCE_OPENERS.has(next.toLowerCase());
}

/**
 * "… wrote on X. “Councils …”", "posted on X. The ministry …": the platform X read as a name's initial ("Malcolm X.
 * Smith", 'John J. "Jack" Sheehan') ends its sentence after a lower-case word when a quote follows, or a capital after
 * "on" / "via"; an initial follows a name and is followed by one.
 */
function platformEnds(terminator: string, before: string, next: string): boolean {
  if (terminator.length !== 2 || terminator.charCodeAt(1) !== 46 || before !== before.toLowerCase()) return false;
  const ch = next[0];
  return ch === '"' || ch === '“' || ((before === 'on' || before === 'via') && ch !== ch.toLowerCase());
}

/** Whether a single line break between token texts `last` and `next` ends a sentence. */
function lineEndsSentence(last: string, next: string): boolean {
  if (/^[,;:\-–—(\[&]$/.test(last)) return false;
  const ch = next[0];
  const lowerStart = ch !== ch.toUpperCase();
  return !lowerStart;
}

// Finds double-quoted spans: curly “…”, straight "…", TeX-style ``…'', and the marks of other languages' copy kept by
// translation desks and international outlets: « … » (French; »…« German), „…“ and „…” (German, Polish), 「…」 and
// 『…』 (Japanese, Chinese). A quote never crosses a paragraph
// break; one left open at the end of a paragraph (the multi-paragraph convention) ends there with closed=false.
// Outside them, single-quoted spans ‘…’ / '…' on one line (headline style: "'We will not be intimidated': …").
import type { QuoteSpan } from './types';

const MARKS = /[\n\r"\u201c\u201d`'\u00ab\u00bb\u201e\u300c\u300d\u300e\u300f]/g;
/** The closing mark of each opening mark of other languages' copy (char codes). */
const CLOSERS: ReadonlyMap<number, number> = new Map([[0xab, 0xbb], [0xbb, 0xab], [0x201e, 0x201c], [0x300c, 0x300d], [0x300e, 0x300f]]);

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let closer = -1; // the mark that closes the open quote when it opened with one of CLOSERS, else -1
  const closeAt = (end: number, closed: boolean): void => {
    let e = end;
    while (!closed && e > open && /\s/.test(text[e - 1])) e--;
    if (e > open + 1 && !(closed && isNickname(text, open, e))) out.push({ start: open, end: e, closed });
    open = -1;
    closer = -1;
  };
  // The regex finds the next mark (native code, fast on a cold run); test() allocates no match array, where exec()
  // made one per mark (every line break is one). A plain char-code loop was slower: it runs unoptimised at first.
  const re = new RegExp(MARKS.source, 'g');
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (open >= 0) closeAt(i, false);
    } else if (open >= 0 && c === closer) {
      closeAt(i + 1, true);
    } else if (CLOSERS.has(c) && (open < 0 || closer >= 0) && closedOnItsLine(text, i, CLOSERS.get(c)!)) {
      // „…“, «…», 「…」: an opening mark of another language's copy (one already open was never closed on its line).
      // Only with its closing mark on the same line: "Home » News » Politics" and "Read more »" quote nothing.
      if (open >= 0) closeAt(i, false);
      open = i;
      closer = CLOSERS.get(c)!;
      continue;
    } else if (closer >= 0) {
      // Inside «…» or „…“ an English mark is the quoted text's own (or closes „…”, Polish style).
      if (c === 0x201d && closer === 0x201c) closeAt(i + 1, true);
    } else if (c === 0x201c) {
      // “ while open: the first was never closed on this line; restart at the new mark.
      if (open >= 0) closeAt(i, false);
      open = i;
    } else if (c === 0x201d) {
      if (open >= 0) closeAt(i + 1, true);
      else if (opensLikeLeftMark(text, i)) open = i; // ”…” (Swedish style, or a typo for “ at a line's start)
    } else if (c === 0x22) {
      if (open >= 0) closeAt(i + 1, true);
      else open = i;
    } else if (c === 0x60 && text.charCodeAt(i + 1) === 0x60) {
      if (open < 0) open = i;
      re.lastIndex = i + 2;
    } else if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) {
      if (open >= 0) closeAt(i + 2, true);
      else open = i;
      re.lastIndex = i + 2;
    }
  }
  if (open >= 0) closeAt(text.length, false);
  return withSingleQuotes(text, withDialogueDashes(text, out));
}

/** A line of Spanish-style dialogue: a dash glued to its first word ("—We will not give in —said the minister—. The
 *  quota …"). The speech runs to a spaced dash before a lower-case word (the reporter's aside), and on after the
 *  aside's closing dash to the line's end. */
const DIALOGUE_LINE_RE = /^[ \t]*—(?=[^\s—])[^\n]*/gm;
/** The aside's opening dash: before a lower-case word ("—said the minister"), or before any word when another dash
 *  closes the aside later on the line ("—Fontenla said—."). */
const ASIDE_RE = /\s—(?=\p{Ll}|[^\s—][^—\n]*—)/u;

/** The double-quoted spans with the dialogue lines no quote already covers, in order. */
function withDialogueDashes(text: string, quotes: QuoteSpan[]): QuoteSpan[] {
  if (!text.includes('—')) return quotes;
  const added: QuoteSpan[] = [];
  let q = 0; // the first quote that may reach this line (both in text order: one pass, not one per line)
  for (const m of text.matchAll(DIALOGUE_LINE_RE)) {
    const start = m.index! + m[0].indexOf('—'), lineEnd = m.index! + m[0].length;
    while (q < quotes.length && quotes[q].end <= start) q++;
    if (q < quotes.length && quotes[q].start < lineEnd) continue;
    const aside = ASIDE_RE.exec(text.slice(start, lineEnd));
    if (!aside) { added.push({ start, end: lineEnd, closed: true }); continue; }
    const asideAt = start + aside.index + 1; // the aside's opening dash closes the speech
    added.push({ start, end: asideAt + 1, closed: true });
    const reopen = text.indexOf('—', asideAt + 1);
    const rest = reopen > 0 && reopen < lineEnd ? /^—[.,;:]?\s+(?=\S)/.exec(text.slice(reopen, lineEnd)) : null;
    // The speech goes on after the aside, from its first word (no mark opens it).
    if (rest) added.push({ start: reopen + rest[0].length, end: lineEnd, closed: true });
  }
  return added.length === 0 ? quotes : [...quotes, ...added].sort((x, y) => x.start - y.start);
}

/** A right double mark at i that opens a quote: after a line break or a space, before a letter, and closed on its line. */
function opensLikeLeftMark(text: string, i: number): boolean {
  const before = i === 0 ? 10 : text.charCodeAt(i - 1);
  return (before === 10 || before === 32) && isLetterCode(text.charCodeAt(i + 1)) && closedOnItsLine(text, i, 0x201d);
}

/** Whether the mark `closer` (a char code) follows position i before the line ends. */
function closedOnItsLine(text: string, i: number, closer: number): boolean {
  const close = text.indexOf(String.fromCharCode(closer), i + 1);
  const lineEnd = text.indexOf('\n', i + 1);
  return close > i + 1 && (lineEnd < 0 || close < lineEnd);
}

/** "Joko "Jokowi" Widodo", "Earvin “Magic” Johnson": one or two capitalised words quoted between a given and a family name is
 * a nickname, no quotation. */
function isNickname(text: string, open: number, end: number): boolean {
  return NICKNAME.test(text.slice(open + 1, end - 1)) && NAME_BEFORE.test(text.slice(Math.max(0, open - 20), open)) &&
    NAME_AFTER.test(text.slice(end, end + 3));
}
const NICKNAME = /^(?:\p{Lu}[\p{L}.-]*|\p{Lu}[\p{L}-]+ \p{Lu}[\p{L}-]+)$/u;
const NAME_BEFORE = /\p{Lu}\p{Ll}+ $/u;
const NAME_AFTER = /^ \p{Lu}\p{Ll}/u;

/** The double-quoted spans with the single-quoted ones found between them, in order. */
function withSingleQuotes(text: string, doubles: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const marks = new RegExp(SINGLE_MARKS.source, 'g');
  let from = 0;
  for (let k = 0; k <= doubles.length; k++) {
    singleQuotes(text, marks, from, k < doubles.length ? doubles[k].start : text.length, out);
    if (k < doubles.length) { out.push(doubles[k]); from = doubles[k].end; }
  }
  return out;
}

const SINGLE_MARKS = /['\u2018\u2019\n]/g;
const LETTER = /\p{L}/u;

/** What may stand right before an opening mark: a line start, a space, a bracket or a dash (char codes: this runs for
 * every apostrophe of a long text). */
function opensAfter(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45;
}

/** What may stand right after a closing mark: a space, punctuation or the end (NaN). */
function closesBefore(c: number): boolean {
  return c !== c || c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 46 || c === 44 || c === 59 || c === 58 ||
    c === 33 || c === 63 || c === 41 || c === 93 || c === 0x2014 || c === 0x2013 || c === 45;
}

/** Whether char code c is a letter: ASCII at once, the rest by the Unicode property. */
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER.test(String.fromCharCode(c)));
}

/** Whether [s, e) is all of its line but a full stop: a section heading that quotes the text below ("'A really
 * tough decision.'" over the paragraphs where an executive says so), no statement of its own. */
function wholeLine(text: string, s: number, e: number): boolean {
  return (s === 0 || text.charCodeAt(s - 1) === 10) && /^[.!?]?[ \t]*(?:\n|$)/.test(text.slice(e, e + 4));
}

/**
 * Whether the single quote opened at `open` and still open at the line break `nl` runs on over paragraphs, as British
 * copy writes it ("… told MailOnline: 'Kayleigh is heartbroken. ⏎⏎'She trusted him.'"): it opens a line or follows a
 * colon, its paragraph ends here, and the next paragraph opens with a single mark.
 */
function continuedBelow(text: string, open: number, nl: number): boolean {
  if (!(open === 0 || text.charCodeAt(open - 1) === 10 || text.slice(Math.max(0, open - 2), open) === ': ')) return false;
  return PARAGRAPH_OPENS_SINGLE.test(text.slice(nl, nl + 8));
}
const PARAGRAPH_OPENS_SINGLE = /^\n[ \t\r]*\n\s*['\u2018]\p{L}/u;

/** Where the next single opening mark (' or ‘) after `from` stands (found in place: no copy of the rest of the text). */
function nextSingleMark(text: string, from: number): number {
  const straight = text.indexOf("'", from);
  const curly = text.indexOf('\u2018', from);
  return straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
}

/** End of [open, nl) without trailing white space. */
function trimmedEnd(text: string, open: number, nl: number): number {
  let e = nl;
  while (e > open && /\s/.test(text[e - 1])) e--;
  return e;
}

/**
 * Single-quoted spans in [from, to), found by `re` (SINGLE_MARKS, global): an opening ‘ or ' after a line start, space, bracket or dash and before a
 * letter; a closing ’ or ' after a non-space and before a space, punctuation or the end, on the same line, at least
 * two characters in, not a whole line. An apostrophe inside a word ("don't", "Iran’s") is neither; "rock 'n' roll" is
 * too short.
 */
function singleQuotes(text: string, re: RegExp, from: number, to: number, out: QuoteSpan[]): void {
  re.lastIndex = from;
  let open = -1;
  let chained = -1; // where the next paragraph's quote opens when the one above runs on into it
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    if (i >= to) return;
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (open >= 0 && continuedBelow(text, open, i)) {
        out.push({ start: open, end: trimmedEnd(text, open, i), closed: false });
        chained = nextSingleMark(text, i);
      }
      open = -1;
      continue;
    }
    const before = i > 0 ? text.charCodeAt(i - 1) : 10;
    const after = text.charCodeAt(i + 1); // NaN at the end
    if (open >= 0 && c !== 0x2018 && !opensAfter(before) && closesBefore(after)) {
      // A whole line quoted is a heading, unless the quote above runs on into it.
      if (i - open >= 3 && (open === chained || !wholeLine(text, open, i + 1))) out.push({ start: open, end: i + 1, closed: true });
      open = -1;
    } else if (c !== 0x2019 && opensAfter(before) && isLetterCode(after)) open = i;
  }
}

// Finds double-quoted spans: curly “…”, straight "…" and TeX-style ``…''. A quote never crosses a paragraph
// break; one left open at the end of a paragraph (the multi-paragraph convention) ends there with closed=false.
import type { QuoteSpan } from './types';

const MARKS = /[\n\r"\u201c\u201d`']/g;

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  const closeAt = (end: number, closed: boolean): void => {
    let e = end;
    while (!closed && e > open && /\s/.test(text[e - 1])) e--;
    if (e > open + 1) out.push({ start: open, end: e, closed });
    open = -1;
  };
  // The regex finds the next mark (native code, fast on a cold run); test() allocates no match array, where exec()
  // made one per mark (every line break is one). A plain char-code loop was slower: it runs unoptimised at first.
  const re = new RegExp(MARKS.source, 'g');
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (open >= 0) closeAt(i, false);
    } else if (c === 0x201c) {
      // “ while open: the first was never closed on this line; restart at the new mark.
      if (open >= 0) closeAt(i, false);
      open = i;
    } else if (c === 0x201d) {
      if (open >= 0) closeAt(i + 1, true);
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
  return out;
}

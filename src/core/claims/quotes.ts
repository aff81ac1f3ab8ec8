// Finds double-quoted spans: curly “…”, straight "…" and TeX-style ``…''. A quote never crosses a paragraph
// break; one left open at the end of a paragraph (the multi-paragraph convention) ends there with closed=false.
import type { QuoteSpan } from './types';

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let straight = false;
  const closeAt = (end: number, closed: boolean): void => {
    let e = end;
    while (!closed && e > open && /\s/.test(text[e - 1])) e--;
    if (e > open + 1) out.push({ start: open, end: e, closed });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (open >= 0) closeAt(i, false);
      continue;
    }
    if (c === 0x201c) {
      // “ opens; a second “ while open means the first was never closed on this line: restart there.
      if (open >= 0 && !straight) closeAt(i, false);
      if (open < 0) { open = i; straight = false; }
    } else if (c === 0x201d) {
      if (open >= 0) closeAt(i + 1, true);
    } else if (c === 0x22) {
      if (open >= 0) closeAt(i + 1, true);
      else { open = i; straight = true; }
    } else if (c === 0x60 && text.charCodeAt(i + 1) === 0x60) {
      if (open < 0) { open = i; straight = false; }
      i++;
    } else if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) {
      if (open >= 0) closeAt(i + 2, true);
      else { open = i; straight = true; }
      i++;
    }
  }
  if (open >= 0) closeAt(text.length, false);
  return out;
}

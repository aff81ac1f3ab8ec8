// "anti-Islamic Republic terrorists": a hyphenated prefix binds to a whole name, but the tokenizer keeps it on the
// name's first word, and the tagger then reads the rest ("Republic") as a name of its own.

import type { Span } from './names';
import { isCapitalized } from './word';

/** An English prefix joined by a hyphen to a capitalised word ("anti-Islamic", "pro-Western"; not "al-Sadr"). */
const PREFIXED = /^(?:anti|pro|non|ex|neo|pan|post|pre|counter|ultra|un|mid|trans)-(\p{Lu}.*)$/iu;
/** At most this many words after the prefixed one. */
const MAX_TAIL = 4;

/**
 * A one-word span "anti-X" followed by capitalised words Y… such that "X Y…" opens a longer name tagged elsewhere in
 * the document ("Islamic Republic of Iran") is one span "anti-X Y…" of the prefixed word's type; spans inside Y…
 * go. Spans must be sorted and non-overlapping (they stay so).
 */
export function joinPrefixedNames(words: readonly string[], spans: Span[]): Span[] {
  let prefixes: Set<string> | null = null;
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const m = s.end - s.start === 1 && s.type !== 'DATE' ? PREFIXED.exec(words[s.start]) : null;
    if (!m) {
      out.push(s);
      continue;
    }
    prefixes ??= namePrefixes(words, spans);
    // The longest run of capitalised words after it that continues a known name.
    let end = s.end;
    let phrase = m[1];
    for (let j = s.end; j < words.length && j - s.end < MAX_TAIL && isCapitalized(words[j]); j++) {
      phrase += ' ' + words[j];
      if (prefixes.has(phrase)) end = j + 1;
    }
    // Spans after it must lie wholly inside the extension.
    let next = k + 1;
    while (next < spans.length && spans[next].end <= end) next++;
    if (end === s.end || (next < spans.length && spans[next].start < end)) {
      out.push(s);
      continue;
    }
    out.push({ start: s.start, end, type: s.type });
    k = next - 1;
  }
  return out;
}

/** The document's multi-word names and their first two or more words ("Islamic Republic" of "... of Iran"). */
function namePrefixes(words: readonly string[], spans: readonly Span[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    if (s.end - s.start < 2 || s.type === 'DATE') continue;
    let phrase = words[s.start];
    for (let i = s.start + 1; i < s.end; i++) out.add((phrase += ' ' + words[i]));
  }
  return out;
}

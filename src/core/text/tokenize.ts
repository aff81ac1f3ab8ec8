import type { Token } from './token';

// Placeholder until the real tokenizer lands: whitespace/punctuation split with exact UTF-16 offsets.
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{M}\p{N}]+|[^\s]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    const kind = /^\p{N}+$/u.test(t) ? 'number' : /[\p{L}]/u.test(t) ? 'word' : /\p{P}/u.test(t) ? 'punct' : 'symbol';
    tokens.push({ start: m.index, end: m.index + t.length, text: t, kind });
  }
  return tokens;
}

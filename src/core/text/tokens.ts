// A document's tokens as columns: typed arrays of offsets, kinds and type ids plus the interned texts. A long
// article has about a million tokens; as objects they survived the young generation (the GC copied them twice)
// and every stage chased a pointer per token. Columns are four allocations, and equal texts share one type id.
import type { Token, TokenKind } from './token';

/** TokenKind by kind code (the `kinds` column). */
export const KIND_NAMES: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol'];
export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
export const KIND_PUNCT = 2;
export const KIND_SYMBOL = 3;

export function kindCode(kind: TokenKind): number {
  return KIND_NAMES.indexOf(kind);
}

export class Tokens {
  /**
   * `ids[i]` is token i's type id: equal ids exactly when the texts are equal, `strings[id]` the text.
   * Offsets are UTF-16, `text.slice(starts[i], ends[i]) === strings[ids[i]]`.
   */
  constructor(
    readonly length: number,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly kinds: Uint8Array,
    readonly ids: Int32Array,
    readonly strings: readonly string[],
  ) {}

  /** A table of the given tokens (training data, tests): texts interned here. */
  static fromList(list: readonly Token[]): Tokens {
    const n = list.length;
    const starts = new Int32Array(n), ends = new Int32Array(n), ids = new Int32Array(n);
    const kinds = new Uint8Array(n);
    const seen = new Map<string, number>();
    const strings: string[] = [];
    for (let i = 0; i < n; i++) {
      const t = list[i];
      let id = seen.get(t.text);
      if (id === undefined) { id = strings.length; seen.set(t.text, id); strings.push(t.text); }
      starts[i] = t.start;
      ends[i] = t.end;
      kinds[i] = kindCode(t.kind);
      ids[i] = id;
    }
    return new Tokens(n, starts, ends, kinds, ids, strings);
  }

  text(i: number): string {
    return this.strings[this.ids[i]];
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  kind(i: number): TokenKind {
    return KIND_NAMES[this.kinds[i]];
  }

  /** Token i as an object (tests, debugging output; not for per-token loops). */
  get(i: number): Token {
    return { start: this.starts[i], end: this.ends[i], text: this.text(i), kind: this.kind(i) };
  }

  /** Every token as an object (tests and scripts that filter or map them). */
  toList(): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.get(i));
    return out;
  }

  /** The texts in order. */
  texts(): string[] {
    const out: string[] = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.strings[this.ids[i]];
    return out;
  }
}

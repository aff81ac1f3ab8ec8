import type { Span } from '../types';

/** Kinds a tokenizer distinguishes; the tagger and the rules key on them. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  readonly text: string;
  readonly kind: TokenKind;
}

export interface Sentence extends Span {
  /** Index of the first token of the sentence in the document's token array. */
  readonly firstToken: number;
  /** Index one past the last token. */
  readonly endToken: number;
}

import type { Span } from '../types';

/** Kinds a tokenizer distinguishes; the tagger and the rules key on them. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/**
 * One token as a record: what Tokens.get/toList return and Tokens.fromList takes (tests, training scripts). The
 * pipeline itself reads the table's columns (tokens.ts), never a million of these.
 */
export interface Token extends Span {
  readonly text: string;
  readonly kind: TokenKind;
}

export interface Sentence extends Span {
  /** Index of the first token of the sentence in the document's token table. */
  readonly firstToken: number;
  /** Index one past the last token. */
  readonly endToken: number;
}

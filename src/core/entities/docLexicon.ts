// Per-document memo of the gazetteer facts the rules ask about each span's words: a long article repeats the same
// few thousand names, and each answer otherwise costs a lower-cased copy, a string hash and a table probe.

import { combine, hashString } from './hash';
import { NORP_WORDS } from './lexicon';
import { GAZ_CATEGORIES, type Resources } from './resources';
import type { U32Map } from './u32map';
import { foldWord } from './word';

export const gazBit = (name: (typeof GAZ_CATEGORIES)[number]): number => 1 << GAZ_CATEGORIES.indexOf(name);
const NATIONALITY_BIT = gazBit('nationality');

export class DocLexicon {
  /** word -> hashString(foldWord(word)), its step in a phrase hash (see phraseStep). */
  private readonly keys = new Map<string, number>();
  /** word -> category bits of the word alone. */
  private readonly single = new Map<string, number>();
  private readonly norp = new Map<string, boolean>();
  private readonly gazetteer: U32Map;

  constructor(res: Resources) {
    this.gazetteer = res.gazetteer;
  }

  private key(w: string): number {
    let k = this.keys.get(w);
    if (k === undefined) this.keys.set(w, (k = hashString(foldWord(w))));
    return k;
  }

  /** Gazetteer category bits of words[start..end) as one phrase, 0 when it is not listed (= phraseHash lookup). */
  phraseBits(words: readonly string[], start: number, end: number): number {
    if (end - start === 1) return this.wordBits(words[start]);
    let h = 0;
    for (let i = start; i < end; i++) h = combine(h, this.key(words[i]));
    const v = this.gazetteer.get(h);
    return v < 0 ? 0 : v;
  }

  wordBits(w: string): number {
    let v = this.single.get(w);
    if (v === undefined) {
      v = this.gazetteer.get(combine(0, this.key(w)));
      if (v < 0) v = 0;
      this.single.set(w, v);
    }
    return v;
  }

  /** A nationality, religion or political group word ("Iraqi", "Kurds", "Shiite"), or a compound of them
   * ("African-Americans", "Mexican-American"). */
  isNorpWord(w: string): boolean {
    let v = this.norp.get(w);
    if (v === undefined) {
      v = this.isNorpPart(w) || (w.includes('-') && w.split('-').every((part) => part !== '' && this.isNorpPart(part)));
      this.norp.set(w, v);
    }
    return v;
  }

  private isNorpPart(w: string): boolean {
    return NORP_WORDS.has(w.toLowerCase()) || (this.wordBits(w) & NATIONALITY_BIT) !== 0;
  }
}

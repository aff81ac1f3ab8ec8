// What the profile sweep asks about a token's text, decided once per word type (the tokenizer's type ids) instead
// of once per token: the sweep looks up to 20 tokens after every person mention for "he"/"she" (~500,000 token
// reads on a 5 MB text), tests the words around every mention (",", "and", "’s") and lower-cases the words before
// and after people for titles. Reading each token's object and string, hashing it for a Set lookup and
// lower-casing it again was most of that work; an Int32Array of type ids and a byte per type are not.
import type { Token } from '../text/token';
import { tokenTypes } from '../text/tokenize';
import { roleKey } from './roles';

/** Set on a type's flags once they are decided (flags of a type fit in the other 7 bits). */
const DECIDED = 0x80;

export class WordTypes {
  /** Type id of each token. */
  private readonly ids: Int32Array;
  private readonly strings: readonly string[];
  /** Per type id: 0 until first asked, then DECIDED | classify(its text). */
  private readonly flagsOf: Uint8Array;
  /** Per type id: roleKey of its text, undefined until first asked. */
  private readonly roleKeys: (string | undefined)[];

  /** `classify`: a word's flags, a pure function of its text, below DECIDED. */
  constructor(tokens: readonly Token[], private readonly classify: (text: string) => number) {
    const t = tokenTypes(tokens) ?? internTypes(tokens);
    this.ids = t.ids;
    this.strings = t.strings;
    this.flagsOf = new Uint8Array(t.strings.length);
    this.roleKeys = new Array<string | undefined>(t.strings.length).fill(undefined);
  }

  /** classify(tokens[k].text). */
  flags(k: number): number {
    const id = this.ids[k];
    const f = this.flagsOf[id];
    return f !== 0 ? f & ~DECIDED : (this.flagsOf[id] = DECIDED | this.classify(this.strings[id])) & ~DECIDED;
  }

  /** roleKey(tokens[k].text). */
  roleKey(k: number): string {
    const id = this.ids[k];
    const r = this.roleKeys[id];
    return r !== undefined ? r : (this.roleKeys[id] = roleKey(this.strings[id]));
  }
}

/** Type ids for tokens the tokenizer did not hand out (or that were changed since): interned here. */
function internTypes(tokens: readonly Token[]): { ids: Int32Array; strings: string[] } {
  const ids = new Int32Array(tokens.length);
  const seen = new Map<string, number>();
  const strings: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let id = seen.get(tokens[i].text);
    if (id === undefined) { id = strings.length; seen.set(tokens[i].text, id); strings.push(tokens[i].text); }
    ids[i] = id;
  }
  return { ids, strings };
}

// What the profile sweep asks about a token's text, decided once per word type (the tokenizer's type ids) instead
// of once per token: the sweep looks up to 20 tokens after every person mention for "he"/"she" (~500,000 token
// reads on a 5 MB text) and lower-cases the words before and after it for titles; reading each token's object and
// string, and lower-casing it again, was most of those scans.
import type { Token } from '../text/token';
import { tokenTypes } from '../text/tokenize';
import { roleKey } from './roles';

const withCapitals = (ws: readonly string[]): Set<string> => new Set(ws.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
const MALE_PRONOUNS = withCapitals(['he', 'his', 'him', 'himself']);
const FEMALE_PRONOUNS = withCapitals(['she', 'her', 'hers', 'herself']);

/** Pronoun gender of a type: not decided yet, none, male, female. */
const UNKNOWN = 0;
const NONE = 1;
export const MALE = 2;
export const FEMALE = 3;

export class WordTypes {
  /** Type id of each token. */
  private readonly ids: Int32Array;
  private readonly strings: readonly string[];
  /** Per type id: UNKNOWN until first asked, then NONE, MALE or FEMALE. */
  private readonly gender: Uint8Array;
  /** Per type id: roleKey of its text, undefined until first asked. */
  private readonly roleKeys: (string | undefined)[];

  constructor(tokens: readonly Token[]) {
    const t = tokenTypes(tokens) ?? internTypes(tokens);
    this.ids = t.ids;
    this.strings = t.strings;
    this.gender = new Uint8Array(t.strings.length);
    this.roleKeys = new Array<string | undefined>(t.strings.length).fill(undefined);
  }

  /** NONE, MALE or FEMALE: the gendered personal pronoun token k is, if any. */
  pronoun(k: number): number {
    const id = this.ids[k];
    const g = this.gender[id];
    return g !== UNKNOWN ? g : (this.gender[id] = pronounGender(this.strings[id]));
  }

  /** roleKey(tokens[k].text). */
  roleKey(k: number): string {
    const id = this.ids[k];
    const r = this.roleKeys[id];
    return r !== undefined ? r : (this.roleKeys[id] = roleKey(this.strings[id]));
  }
}

function pronounGender(w: string): number {
  if (MALE_PRONOUNS.has(w)) return MALE;
  return FEMALE_PRONOUNS.has(w) ? FEMALE : NONE;
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

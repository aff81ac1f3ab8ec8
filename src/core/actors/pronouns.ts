// Which tokens are personal pronouns, for the gender scan after a person's mention ("… said he …"): looked up
// once per word type (tokenize's type ids) and kept in a byte per type, so the scan steps over small integers
// instead of reading and testing the text of up to 20 tokens per mention.
import type { Token } from '../text/token';
import type { TokenTypes } from '../text/tokenize';
import { tokenTypes } from '../text/tokenize';

const withCapitals = (ws: readonly string[]): Set<string> => new Set(ws.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
const MALE_PRONOUNS = withCapitals(['he', 'his', 'him', 'himself']);
const FEMALE_PRONOUNS = withCapitals(['she', 'her', 'hers', 'herself']);

// Kinds stored per type; 0 means "not looked up yet". Not exported: module constants read in a loop are property
// loads on `exports` in the CommonJS build.
const UNKNOWN = 0;
const NONE = 1;
const MALE = 2;
const FEMALE = 3;

function pronounKind(w: string): number {
  const c = w.charCodeAt(0) | 32; // h or s: the only letters pronouns start with
  if (w.length > 7 || (c !== 104 && c !== 115)) return NONE;
  if (MALE_PRONOUNS.has(w)) return MALE;
  return FEMALE_PRONOUNS.has(w) ? FEMALE : NONE;
}

export class Pronouns {
  private readonly types: TokenTypes | undefined;
  private readonly byType: Uint8Array;
  constructor(private readonly tokens: readonly Token[]) {
    this.types = tokenTypes(tokens);
    this.byType = new Uint8Array(this.types ? this.types.strings.length : 0);
  }

  /** 'm' or 'f' when token k is a personal pronoun, else undefined. */
  genderAt(k: number): 'm' | 'f' | undefined {
    const kind = this.kindAt(k);
    return kind === MALE ? 'm' : kind === FEMALE ? 'f' : undefined;
  }

  private kindAt(k: number): number {
    const types = this.types;
    if (!types) return pronounKind(this.tokens[k].text);
    const id = types.ids[k];
    let kind = this.byType[id];
    if (kind === UNKNOWN) { kind = pronounKind(types.strings[id]); this.byType[id] = kind; }
    return kind;
  }
}

// Where the next personal pronoun or person is, for every token: the gender scan after a person's mention ("…
// said he …") reads one array entry instead of stepping over up to 20 tokens and their texts; asked for once per
// person mention, it was the longest loop of the profiles. Same answer as the step-by-step scan.
import type { Token } from '../text/token';
import { tokenTypes } from '../text/tokenize';

const withCapitals = (ws: readonly string[]): Set<string> => new Set(ws.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
const MALE_PRONOUNS = withCapitals(['he', 'his', 'him', 'himself']);
const FEMALE_PRONOUNS = withCapitals(['she', 'her', 'hers', 'herself']);

export const NONE = 0;
export const MALE = 1;
export const FEMALE = 2;
/** A token of a mention of a person: the scan stops there without a gender. */
export const PERSON = 3;

export interface PronounStops {
  /** What each token is: NONE, MALE, FEMALE or PERSON. */
  readonly kind: Uint8Array;
  /** First token from each index on (tokens.length + 1 entries) whose kind is not NONE, or tokens.length. */
  readonly next: Int32Array;
}

/** MALE or FEMALE for a personal pronoun, else NONE. */
function pronounKind(w: string): number {
  const c = w.charCodeAt(0) | 32; // h or s: the only letters pronouns start with
  if (w.length > 7 || (c !== 104 && c !== 115)) return NONE;
  if (MALE_PRONOUNS.has(w)) return MALE;
  return FEMALE_PRONOUNS.has(w) ? FEMALE : NONE;
}

/** Kinds and next stops of all tokens; `person` marks the actors that are people. */
export function pronounStops(tokens: readonly Token[], tokenEntity: Int32Array, actorOf: Int32Array, person: Uint8Array): PronounStops {
  const kind = tokenKinds(tokens);
  for (let k = 0; k < tokens.length; k++) {
    const ent = tokenEntity[k];
    if (ent >= 0 && actorOf[ent] >= 0 && person[actorOf[ent]] === 1) kind[k] = PERSON;
  }
  const next = new Int32Array(tokens.length + 1);
  next[tokens.length] = tokens.length;
  for (let k = tokens.length - 1; k >= 0; k--) next[k] = kind[k] !== NONE ? k : next[k + 1];
  return { kind, next };
}

/** Pronoun kind of each token; once per word type when tokenize's type ids are at hand. */
function tokenKinds(tokens: readonly Token[]): Uint8Array {
  const kind = new Uint8Array(tokens.length);
  const types = tokenTypes(tokens);
  if (!types) {
    for (let k = 0; k < tokens.length; k++) kind[k] = pronounKind(tokens[k].text);
    return kind;
  }
  const byType = new Uint8Array(types.strings.length);
  for (let t = 0; t < byType.length; t++) byType[t] = pronounKind(types.strings[t]);
  for (let k = 0; k < tokens.length; k++) kind[k] = byType[types.ids[k]];
  return kind;
}

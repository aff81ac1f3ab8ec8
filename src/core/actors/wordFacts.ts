// What the profile sweep (context.ts) asks of a word, answered once per distinct token text. Token texts are interned
// (Tokens.ids: equal ids exactly when the texts are equal), so the answers are kept per type id in one bit field
// each: the sweep asks about the words around ~35,000 person mentions per 5 MB text (titles, possessives, the pronoun
// after the name, a kinship noun before it), and each question lower-cased the word (roleKey) and hashed the new
// string into one or more Sets.
import type { Tokens } from '../text/tokens';
import { isTitleWord, roleKey } from './roles';

/** Whether a word starts with an upper-case letter (ASCII by char code; others by case mapping). */
export const startsUpper = (s: string): boolean => { const c = s.charCodeAt(0); return (c >= 65 && c <= 90) || (c > 127 && s[0] !== s[0].toLowerCase()); };

/** Set once the other bits of a type are computed (a 0 entry is not yet asked). */
const KNOWN = 1;
/** The text is a possessive ("’s", "'s", "’", "'"). */
export const POSSESSIVE_WORD = 2;
/** The text itself is a connector ("of", "for", "at", "to", "in": lower case as written). */
export const CONNECTOR_TEXT = 4;
/** roleKey of the text is a connector ("Of", "for."). */
export const CONNECTOR_KEY = 8;
/** roleKey of the text is an article ("The", "a"). */
export const ARTICLE_KEY = 16;
/** roleKey of the text is a title word (roles.ts isTitleWord: "Gen.", "minister", "Mr"). */
export const TITLE_KEY = 32;
/** A mention after this text starts a clause (",", "and", "However", an opening quote …). */
export const SUBJECT_BEFORE = 64;
/** A mention after this text is the subject of a subordinate clause ("that", "if", "because"): neither the main
 * clause's subject nor an object. */
export const SUBORDINATE_BEFORE = 2048;
export const MALE_PRONOUN = 128;
export const FEMALE_PRONOUN = 256;
/** A kinship noun of either gender, in any case ("son", "Wife"). */
export const MALE_KIN = 512;
export const FEMALE_KIN = 1024;

const CONNECTORS = new Set(['of', 'for', 'at', 'to', 'in']);
const ARTICLES = new Set(['the', 'a', 'an']);
const withCapitals = (ws: readonly string[]): Set<string> => new Set(ws.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
// A speech verb opens its reported clause without "that" ("Prosecutors say Mr. Ahmed had gone …") or has its subject
// after it ("said Mr. Smith"): either way the name is a subject, not the verb's object.
const SUBJECT_BEFORE_WORDS = withCapitals([',', ';', ':', 'and', 'but', '“', '"', '—', '--', '–', 'while', 'as', 'meanwhile', 'however', 'then',
  'say', 'says', 'said', 'added', 'adds', 'noted', 'notes', 'insisted', 'insists', 'argued', 'argues', 'believe', 'believes', 'believed']);
const SUBORDINATE_BEFORE_WORDS = withCapitals(['that', 'because', 'when', 'if', 'although', 'though', 'whether', 'unless', 'where']);
const MALE_PRONOUNS = withCapitals(['he', 'his', 'him', 'himself']);
const FEMALE_PRONOUNS = withCapitals(['she', 'her', 'hers', 'herself']);
const POSSESSIVES = new Set(['’s', "'s", '’', "'"]);
const KIN_MALE = new Set(['son', 'father', 'husband', 'brother', 'grandson', 'grandfather', 'nephew', 'uncle', 'stepson', 'stepfather']);
const KIN_FEMALE = new Set(['daughter', 'mother', 'wife', 'sister', 'granddaughter', 'grandmother', 'niece', 'aunt', 'widow',
  'stepdaughter', 'stepmother']);

/** The facts of each token type of one document, filled on first ask. */
export class WordFacts {
  private readonly bits: Uint16Array;

  constructor(private readonly tokens: Tokens) {
    this.bits = new Uint16Array(tokens.strings.length);
  }

  /** The fact bits of token i's text. */
  of(i: number): number {
    const id = this.tokens.ids[i];
    const f = this.bits[id];
    return f !== 0 ? f : (this.bits[id] = factsOf(this.tokens.strings[id]));
  }
}

function factsOf(text: string): number {
  const key = roleKey(text);
  let f = KNOWN;
  if (POSSESSIVES.has(text)) f |= POSSESSIVE_WORD;
  if (CONNECTORS.has(text)) f |= CONNECTOR_TEXT;
  if (CONNECTORS.has(key)) f |= CONNECTOR_KEY;
  if (ARTICLES.has(key)) f |= ARTICLE_KEY;
  if (isTitleWord(key)) f |= TITLE_KEY;
  if (SUBJECT_BEFORE_WORDS.has(text)) f |= SUBJECT_BEFORE;
  if (SUBORDINATE_BEFORE_WORDS.has(text)) f |= SUBORDINATE_BEFORE;
  if (MALE_PRONOUNS.has(text)) f |= MALE_PRONOUN;
  if (FEMALE_PRONOUNS.has(text)) f |= FEMALE_PRONOUN;
  return f | kinFacts(text);
}

/** Whether a lower-case word is a kinship noun, singular or plural ("father", "sons", "parents"). */
export function isKinNoun(lower: string): boolean {
  if (KIN_MALE.has(lower) || KIN_FEMALE.has(lower) || lower === 'parents' || lower === 'children') return true;
  return lower.endsWith('s') && (KIN_MALE.has(lower.slice(0, -1)) || KIN_FEMALE.has(lower.slice(0, -1)));
}

function kinFacts(text: string): number {
  if (text.length < 3 || text.length > 13) return 0;
  const lower = text.toLowerCase();
  return KIN_MALE.has(lower) ? MALE_KIN : KIN_FEMALE.has(lower) ? FEMALE_KIN : 0;
}

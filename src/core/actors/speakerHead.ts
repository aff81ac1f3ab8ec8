// Which names in a speaker mention can be the speaker. An English noun phrase's head comes before its
// prepositional or relative modifiers and after its premodifiers: in "Trump campaign spokeswoman Hope Hicks" the
// speaker is Hope Hicks, in "Organizers of the push to boycott Trump's speech" not Trump.
import { isHead, isTitleWord, pluralHead, roleKey } from './roles';

/** Words that end a noun phrase's head region: prepositions, relative pronouns, coordination. */
const HEAD_END_RE = /\s(?:of|for|at|in|with|from|to|on|by|about|against|under|who|whom|whose|which|that|and|or)\s/i;

/** Where a mention's head region ends: at `end`, the word that ends it ('' for none). */
export interface HeadRegion { readonly end: number; readonly word: string }

/**
 * The head region of span text[start, end): up to the first HEAD_END_RE word. A word between two capitalised
 * words after the first is inside a title or name ("Former Secretary of State Madeleine Albright", "The Council on
 * American-Islamic Relations"), and so is one between a role and a lower-case word before a name ("former
 * secretary of state Hillary Clinton"), or an "of" after a lower-case first word ("master of ceremonies Asab
 * Al-Tabchi"); after the first word it ends the head ("Aides to Clinton").
 */
export function headRegion(text: string, start: number, end: number): HeadRegion {
  const span = text.slice(start, end);
  if (!HEAD_END_RE.test(span)) return { end, word: '' };
  const re = new RegExp(HEAD_END_RE.source, 'gi');
  for (let m = re.exec(span); m; m = re.exec(span)) {
    const before = /(\S+)$/.exec(span.slice(0, m.index));
    const after = /^\S+/.exec(span.slice(m.index + m[0].length));
    const inTitle = before !== null && after !== null && (
      (before.index > 0 && /^\p{Lu}/u.test(before[1]) && /^\p{Lu}/u.test(after[0])) ||
      // "former secretary of state Hillary Clinton": a role, one lower-case word, then a name
      ((isHead(roleKey(before[1])) || (before.index === 0 && /^\p{Ll}/u.test(before[1]) && /^\s+of\s+$/i.test(m[0]))) &&
        /^\p{Ll}+\s+\p{Lu}/u.test(span.slice(m.index + m[0].length))));
    if (!inTitle) return { end: start + m.index, word: m[0].trim().toLowerCase() };
    re.lastIndex = m.index + m[0].length - 1; // the next word may itself end the head
  }
  return { end, word: '' };
}

/** Words after which the rest of a mention is whom it speaks for or comes from ("a spokesman for X", "an adviser
 * to X", "a study by X", "a letter from X"). */
const ON_BEHALF = new Set(['for', 'to', 'by', 'from']);

/**
 * Where a person may stand in for an unnamed head, as [from, to): after ON_BEHALF up to the next head-ending word
 * ("a spokesman for presidential candidate Hillary Clinton"); else an apposition after a comma that is not a
 * relative or participle clause ("the other candidate on the stage, former Secretary of State Hillary Clinton,").
 * Null when there is neither.
 */
export function standInRange(text: string, start: number, end: number, head: HeadRegion): [number, number] | null {
  if (head.end >= end) return null;
  if (ON_BEHALF.has(head.word)) {
    const from = text.indexOf(head.word, head.end) + head.word.length;
    return [from, headRegion(text, from, end).end];
  }
  const comma = text.indexOf(',', head.end);
  if (comma < 0 || comma >= end) return null;
  const rest = text.slice(comma + 1, end);
  const first = /^\s*(\S+)/.exec(rest);
  if (!first || /^(?:who|whom|whose|which|that|where|when)$/i.test(first[1]) || /(?:ing|ed)$/.test(first[1])) return null;
  const close = text.indexOf(',', comma + 1);
  const to = close < 0 || close > end ? end : close;
  return [comma + 1, headRegion(text, comma + 1, to).end];
}

/** Nouns a name modifies when it stands before them ("Trump campaign", "Sanders supporters"), besides roles. */
const AFFILIATIONS = new Set(['campaign', 'camp', 'team', 'administration', 'world', 'supporter', 'supporters', 'ally',
  'allies', 'backer', 'backers', 'loyalist', 'loyalists', 'voter', 'voters', 'fan', 'fans', 'staffer', 'staffers',
  'aide', 'aides', 'constituent', 'constituents', 'surrogate', 'surrogates', 'family', 'foundation', 'speechwriter',
  'strategist', 'pollster', 'operative', 'operatives', 'donor', 'donors', 'lawyer', 'attorney', 'counsel', 'confidant',
  'friend', 'associate', 'associates', 'rival', 'opponent', 'challenger', 'biographer', 'communications', 'communication',
  'press']);

/**
 * Whether a name ending at `pos` modifies a noun after it inside the mention (which ends at `end`): a possessive
 * ("Trump’s spokeswoman") or a role or affiliation noun right after it ("Trump supporter", "Sanders campaign
 * manager Jeff Weaver", "Clinton spokesman Brian Fallon"); not a verb ("Jack Straw met his counterpart …").
 */
export function modifiesNoun(text: string, pos: number, end: number): boolean {
  const c = text.charCodeAt(pos);
  if (c === 39 || c === 0x2019) return true;
  if (c !== 32 || pos + 1 >= end) return false;
  const next = /^\p{L}[\p{L}-]*/u.exec(text.slice(pos + 1, Math.min(end, pos + 24)));
  if (!next) return false;
  const key = roleKey(next[0]);
  return AFFILIATIONS.has(key) || isTitleWord(key) || pluralHead(key) !== undefined;
}

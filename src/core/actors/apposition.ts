// An apposition between a name and a relative pronoun ("Paul Porter, a truck driver from Ava, Mo., who said …"): the
// pronoun speaks for the name the apposition describes, not for a place or organisation inside it. This file only
// tells whether the text between the name and the pronoun is such an apposition; relative.ts picks the name.
import type { EntityType } from '../types';
import { isHead, roleKey } from './roles';
import { lastMentionBefore } from './salience';
import type { MentionTable } from './types';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Words that make a segment a clause (a verb, a subject pronoun, a relative or subordinating word), not a noun
 * phrase: "Smith, a lawyer, said that Jones, who" is no apposition of Smith. */
const CLAUSE_WORDS = words(`said says say saying told tells tell asked is was are were be been being has have had will
  would could should can may might must did does do who whom whose which that when while where because although though
  if unless he she they it we i you according`);
/** Words that open a segment that joins, lists or contrasts ("and Jane Roe", "but not Cruz"), not one that describes. */
const JOINING = words('and or but nor yet so as like unlike including especially even not only just than plus versus vs');
/** The longest apposition (characters from the end of the name to the pronoun). */
const MAX_GAP = 160;
const MAX_SEGMENTS = 4;

/** What may follow the space after the name: "(D-Mo.)", "of California", "from Ava". */
const OPENS_AFTER_SPACE = new Set([40 /* ( */, 111 /* o */, 102 /* f */]);

const isUpper = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Whether a mention of one of `types` spans exactly [start, end). */
function mentionSpans(mentions: MentionTable, start: number, end: number, types: ReadonlySet<EntityType>, typeOf: (k: number) => EntityType): boolean {
  for (let k = lastMentionBefore(mentions, start + 1); k >= 0 && mentions.start[k] === start; k--) {
    if (mentions.end[k] === end && types.has(typeOf(k))) return true;
  }
  return false;
}

const PLACES: ReadonlySet<EntityType> = new Set<EntityType>(['GPE', 'LOC']);
const NORP: ReadonlySet<EntityType> = new Set<EntityType>(['NORP']);

/** What appositionGap found: an apposition, none, or none here nor for any name further back (whose gap holds this
 * one's text: a clause word, a quote or one segment too many here is there too). */
export const enum Gap { Yes, No, NoneBefore }

/**
 * Whether text[from, to) is ", <apposition>, " after a name: one to four comma-separated segments that describe
 * (no verb or subject pronoun, no quote, dash or sentence end), the first opening with a lower-case word that does not
 * join ("a", "the", "then the", "an Illinois manufacturer"), an age ("24"), a role ("Senate Majority Leader …") or a
 * nationality or party ("Republican of Arizona"); later segments may also be the rest of a place ("from Ava, Mo.",
 * "from Englewood, New Jersey"). Before the first comma the name may carry "(D-Mo.)" or "of/from <place>".
 */
export function appositionGap(text: string, mentions: MentionTable, from: number, to: number, typeOf: (k: number) => EntityType): Gap {
  if (to - from > MAX_GAP) return Gap.NoneBefore;
  // Most names before a pronoun are followed by a word: answered by one or two characters, no slice.
  let i = from;
  if (text.charCodeAt(i) === 32) {
    const next = text.charCodeAt(i + 1);
    if (!OPENS_AFTER_SPACE.has(next)) return Gap.No;
    if (next === 40 /* ( */) {
      const paren = /^ \([^()\n]{1,40}\)/.exec(text.slice(i, i + 44));
      if (!paren) return Gap.No;
      i += paren[0].length;
    }
    const ofPlace = /^ (?:of|from) /.exec(text.slice(i, i + 6));
    if (ofPlace) {
      const comma = text.indexOf(',', i);
      if (comma < 0 || comma >= to || !mentionSpans(mentions, i + ofPlace[0].length, comma, PLACES, typeOf)) return Gap.No;
      i = comma;
    }
  }
  if (text.charCodeAt(i) !== 44 /* , */) return Gap.No;
  const gap = text.slice(i, to);
  if (!/^,\s/.test(gap) || !/,\s+$/.test(gap)) return Gap.No;
  const body = gap.slice(1, gap.trimEnd().length - 1);
  if (/["“”‘’—–:;()\n]|''|\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(body)) return Gap.NoneBefore;
  const segments = body.split(',');
  if (segments.length > MAX_SEGMENTS) return Gap.NoneBefore;
  let at = i + 1;
  let previousLast = '';
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const lead = seg.length - seg.trimStart().length;
    const ws = seg.trim().split(/\s+/);
    if (ws[0] === '') return Gap.No;
    if (ws.some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) return Gap.NoneBefore;
    // "Darnell Whitaker, now 49, at the request of prosecutors, who said": an adjunct, whose noun the pronoun is on.
    if (ws.length > 1 && ADJUNCT_OPENERS.has(ws[0])) return Gap.NoneBefore;
    const start = at + lead;
    const describes = opensDescription(ws, mentions, start, typeOf);
    // "… from Ava, Mo.": one to three capitalised words after a segment that ended in one.
    const placeRest = s > 0 && isUpper(previousLast) && ws.length <= 3 && ws.every(isUpper);
    if (!describes && !placeRest) return Gap.No;
    previousLast = ws[ws.length - 1];
    at += seg.length + 1;
  }
  return Gap.Yes;
}

/** Whether a segment's words open a description of a person. */
function opensDescription(ws: readonly string[], mentions: MentionTable, start: number, typeOf: (k: number) => EntityType): boolean {
  const first = ws[0];
  if (/^\d{1,3}$/.test(first)) return true;
  if (!isUpper(first)) return /^\p{Ll}/u.test(first) && !JOINING.has(first);
  if (ws.some((w) => isHead(roleKey(w)))) return true;
  // "Republican of Arizona": a party or nationality that the tagger marked.
  for (let k = lastMentionBefore(mentions, start + 1); k >= 0 && mentions.start[k] === start; k--) {
    if (NORP.has(typeOf(k))) return true;
  }
  return false;
}

/** Prepositions that open an adjunct, never a description of the name before it. */
const ADJUNCT_OPENERS = new Set(['at', 'on', 'after', 'before', 'during', 'by', 'under', 'amid', 'following', 'despite', 'against']);

/** What may stand between a description's comma and the name that renames it ("The other man, his cousin James
 * York,"): a few lower-case words, none of them a preposition, relative, conjunction or participle ("led by X"). */
const RENAMING_WORDS_RE = /^,\s+((?:[\p{Ll}'’-]+\s+){0,3})(?:\p{Lu}[\p{L}.]*\.\s+)?/u;
const NOT_RENAMING = words('by of for with to from in at on who whom whose which that and or but as like including');
/** What ends the renaming name: a comma, or "of" and the name's place ("Darran Whiting of Liberty Baptist Church,"). */
const AFTER_RENAMING_RE = /^(?:\s*,|\s+of\s)/;

/**
 * The person named in an apposition right after a speaker description that names no one ("The other man, his cousin
 * James York, 40, cited …", "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said …"): the
 * description and the name are the same speaker. Null when no person's mention renames the description there.
 */
export function renamingPerson(text: string, mentions: MentionTable, end: number, typeOf: (k: number) => EntityType): number | null {
  const m = RENAMING_WORDS_RE.exec(text.slice(end, end + 80));
  if (!m) return null;
  const ws = m[1].trim() === '' ? [] : m[1].trim().split(/\s+/);
  if (ws.some((w) => NOT_RENAMING.has(w) || /(?:ed|ing)$/.test(w))) return null;
  const at = end + m[0].length;
  for (let k = lastMentionBefore(mentions, at + 1); k >= 0 && mentions.start[k] === at; k--) {
    if (typeOf(k) === 'PERSON' && AFTER_RENAMING_RE.test(text.slice(mentions.end[k], mentions.end[k] + 4))) return mentions.actor[k];
  }
  return null;
}

/**
 * The organisation named right after the comma that ends a description of one ("Chloe's school, Kirkstall Valley
 * Academy, said"), or null: the apposition renames the description, as renamingPerson does for a person.
 */
export function renamingOrganisation(text: string, mentions: MentionTable, end: number, typeOf: (k: number) => EntityType): number | null {
  const m = /^,\s+(?:the\s+)?/.exec(text.slice(end, end + 8));
  if (!m) return null;
  const at = end + m[0].length;
  for (let k = lastMentionBefore(mentions, at + 1); k >= 0 && mentions.start[k] === at; k--) {
    if (typeOf(k) === 'ORG' && text.charCodeAt(mentions.end[k]) === 44 /* , */) return mentions.actor[k];
  }
  return null;
}

/** ", known as Cogat,", ", also known as the Mukhabarat,": the name the article gives a description. */
const KNOWN_AS_RE = /^,\s+(?:also\s+|better\s+|widely\s+)?known\s+as\s+(?:the\s+)?/;

/**
 * The organisation or person a speaker description is "known as" right after it ("The Israeli military body responsible
 * for civilian affairs, known as Cogat, said …"), or null.
 */
export function knownAsActor(text: string, mentions: MentionTable, end: number, typeOf: (k: number) => EntityType): number | null {
  const m = KNOWN_AS_RE.exec(text.slice(end, end + 40));
  if (!m) return null;
  return actorMentionedAt(mentions, end + m[0].length, (k) => { const type = typeOf(k); return type === 'ORG' || type === 'PERSON'; });
}

/** The actor of a mention starting at `at` that `accept`s, or null. */
function actorMentionedAt(mentions: MentionTable, at: number, accept: (k: number) => boolean): number | null {
  for (let k = lastMentionBefore(mentions, at + 1); k >= 0 && mentions.start[k] === at; k--) if (accept(k)) return mentions.actor[k];
  return null;
}

/** ", who only wanted to be known as Kak Yati,", ", who gave her name only as Shanice,": the name a speaker gave. */
const SELF_NAMED_RE = /,\s+who\s+(?:(?:only\s+)?(?:wanted|asked|preferred|agreed|wished)\s+to\s+be\s+(?:known|identified|named|called)|gave\s+(?:her|his|their)\s+(?:first\s+)?name)\s+(?:only\s+)?(?:as|by)\s+/;

/**
 * The person a described speaker named themselves as inside the span [start, end) ("One mother, who only wanted to
 * be known as Kak Yati, said": Kak Yati), whatever type the tagger gave the name; else null.
 */
export function selfNamedActor(text: string, mentions: MentionTable, start: number, end: number): number | null {
  const m = SELF_NAMED_RE.exec(text.slice(start, end));
  if (!m) return null;
  return actorMentionedAt(mentions, start + m.index + m[0].length, () => true);
}

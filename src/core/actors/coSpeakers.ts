// "Clinton and Sanders said", "Republican hopefuls Jeb Bush and Chris Christie have argued", "Celebrities Julianne
// Moore, Kerry Washington and Elizabeth Banks wrote": a speaker span whose head is a coordination of names speaks
// for every one of them. The speaker resolution finds the first; this finds the others, in the order written.
import type { Span } from '../types';
import { lookupCountry } from './countries';
import { isHead, roleKey } from './roles';
import { firstEndingAfter } from './salience';
import { headRegion } from './speakerHead';
import type { ActorGrouping } from './types';
import { isKinNoun } from './wordFacts';

/** Lower-case words that may stand before a conjunct's name: "and her husband Bill", "and former Sen. Jim Webb", "and
 * his Iraqi counterpart Fuad Hussein", "and his running mate Tim Kaine". */
const LOWER_MODIFIERS = new Set(['the', 'former', 'fellow', 'her', 'his', 'their', 'then', 'counterpart', 'colleague', 'successor',
  'predecessor', 'rival', 'opponent', 'running', 'mate', 'ally', 'partner']);
/** Types of actors that speak: not an event, a product or a date. */
const SPEAKING_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);

/** A joint between two conjuncts: "and" (after an optional list comma) or a list comma alone. */
const AND_JOINT = /^\s*,?\s+(?:and|&)\s+/;
const COMMA_JOINT = /^\s*,\s+/;

/** Whether `words` (between a joint and a name) only modify the name: titles, capitalised words, kin and role nouns. */
function modifiesName(words: string): boolean {
  if (words.trim() === '') return true;
  return words.trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || LOWER_MODIFIERS.has(w) || isKinNoun(w) || isHead(roleKey(w)));
}

/** Whether a conjunct's name at [_, end) ends its conjunct within the span: nothing, a comma, a bracket or the next joint. */
function endsConjunct(text: string, end: number, spanEnd: number): boolean {
  const rest = text.slice(end, spanEnd);
  return /^\s*$/.test(rest) || /^\s*[,(;]/.test(rest) || AND_JOINT.test(rest);
}

/** The other actors who make a claim with `actor`, its span's speaker: a headline's comma-joined lead, then the names
 * the span coordinates with the speaker (coordinated). */
export function coSpeakers(text: string, g: ActorGrouping, span: Span, actor: number): number[] {
  const lead = headlineLead(text, g, span.start);
  const rest = coordinated(text, g, span, actor);
  return lead >= 0 && lead !== actor && !rest.includes(lead) ? [lead, ...rest] : rest;
}

/**
 * "Clinton, Sanders had opposing views …", "Obama, Biden to campaign …": a headline joins its subjects with a comma,
 * so a name that alone opens the first line, then ", ", and then the speaker span, speaks with it. -1 otherwise.
 */
function headlineLead(text: string, g: ActorGrouping, start: number): number {
  if (start < 3 || text.lastIndexOf('\n', start - 1) >= 0 || text[start - 2] !== ',' || text[start - 1] !== ' ') return -1;
  const m = g.mentions;
  for (let j = 0; j < m.count && m.start[j] < start; j++) {
    if (m.end[j] === start - 2 && /^\s*$/.test(text.slice(0, m.start[j])) && SPEAKING_TYPES.has(g.actors[m.actor[j]].type)) return m.actor[j];
  }
  return -1;
}

/**
 * The other actors a speaker span coordinates with `actor`, whose mention must head the span's first conjunct: the
 * names after it joined by "and" (or by commas before a last "and"), each ending its conjunct ("Clinton and Sanders
 * supporters" is the supporters; "Bush and his rivals" names no one else). Empty for a span not so shaped.
 */
function coordinated(text: string, g: ActorGrouping, span: Span, actor: number): number[] {
  const m = g.mentions;
  let k = firstEndingAfter(m, span.start);
  while (k < m.count && m.start[k] < span.end && !(m.start[k] >= span.start && m.actor[k] === actor)) k++;
  if (k >= m.count || m.start[k] >= span.end || !endsConjunct(text, m.end[k], span.end)) return [];
  // The speaker heads the span, not a modifier of its head: "Republican leaders in the Senate and the House" are
  // the leaders, "the battle between Clinton and Sanders" is no one's.
  if (headRegion(text, span.start, span.end).end < m.end[k] || /\bbetween\b/i.test(text.slice(span.start, m.start[k]))) return [];
  const found = conjunctsBefore(text, g, span.start, k, actor);
  let listed: number[] = []; // names after list commas, kept once an "and" closes the list
  for (let at = m.end[k]; ;) {
    const rest = text.slice(at, span.end);
    const joint = AND_JOINT.exec(rest) ?? COMMA_JOINT.exec(rest);
    const head = joint ? conjunctHead(text, g, at + joint[0].length, span.end, k + 1) : -1;
    if (head < 0) return found;
    const other = m.actor[head];
    if (other !== actor && SPEAKING_TYPES.has(g.actors[other].type) && !adjectiveOnly(text, g, head) && !found.includes(other) && !listed.includes(other)) listed.push(other);
    if (/(?:and|&)\s+$/.test(joint![0])) {
      found.push(...listed);
      listed = [];
    }
    at = m.end[head];
    k = head;
  }
}

const AND_BEFORE_RE = /^\s*,?\s+(?:and|&)\s+$/;
const LIST_BEFORE_RE = /^\s*,\s+$/;

/**
 * "The UAE and Iraq said": when the speaker found is a later conjunct, the names joined to it before, back to the span's
 * start past words that only modify them ("The"), in the order written; none when anything else comes first.
 */
function conjunctsBefore(text: string, g: ActorGrouping, spanStart: number, k: number, actor: number): number[] {
  const m = g.mentions;
  const before: number[] = [];
  let j = k;
  for (let p = k - 1; p >= 0 && m.start[p] >= spanStart; p--) {
    if (m.end[p] > m.start[j]) continue; // a mention inside the next one
    // "and" right before the speaker, list commas before that ("The US, France and Britain"); a comma alone before the
    // speaker opens an apposition ("The Podesta Group's CEO, Kimberley Fritts,").
    if (!(j === k ? AND_BEFORE_RE : LIST_BEFORE_RE).test(text.slice(m.end[p], m.start[j]))) break;
    const other = m.actor[p];
    if (other !== actor && SPEAKING_TYPES.has(g.actors[other].type) && !before.includes(other)) before.unshift(other);
    j = p;
  }
  return j < k && modifiesName(text.slice(spanStart, m.start[j])) ? before : [];
}

/** A nationality adjective ("and his Russian [counterpart]", cut off where the span ends) is no one's name. */
function adjectiveOnly(text: string, g: ActorGrouping, k: number): boolean {
  const written = text.slice(g.mentions.start[k], g.mentions.end[k]);
  return lookupCountry(written)?.demonym === true && !written.endsWith('s');
}

/**
 * The mention that heads the conjunct starting at `from`: the first mention, after words that only modify it, that
 * ends the conjunct; modifier names before it ("Texas" in "Texas Sen. Ted Cruz", "Iraqi" in "his Iraqi counterpart
 * Fuad Hussein") are passed over. -1 when none.
 */
function conjunctHead(text: string, g: ActorGrouping, from: number, spanEnd: number, k0: number): number {
  const m = g.mentions;
  for (let j = k0; j < m.count && m.end[j] <= spanEnd; j++) {
    if (m.start[j] < from) continue;
    if (!modifiesName(text.slice(from, m.start[j]))) return -1;
    if (endsConjunct(text, m.end[j], spanEnd)) return j;
    // Not the head: the words up to the next mention must modify it too ("Iraqi counterpart Fuad Hussein").
  }
  return -1;
}

const PRONOUN_AND_RE = /^([Hh]e|[Ss]he)\s+and\s+/;

/**
 * "He and Modi said": a speaker span of a pronoun and one name. The pronoun's own span (resolved as a pronoun) and the
 * named actor, whose mention must end the span; null for any other span.
 */
export function pronounAndName(text: string, g: ActorGrouping, span: Span): { pronoun: Span; other: number } | null {
  const m = PRONOUN_AND_RE.exec(text.slice(span.start, span.end));
  if (!m) return null;
  const nameStart = span.start + m[0].length;
  const ms = g.mentions;
  for (let k = firstEndingAfter(ms, nameStart); k < ms.count && ms.start[k] <= nameStart; k++) {
    if (ms.start[k] === nameStart && /^\s*$/.test(text.slice(ms.end[k], span.end)) && SPEAKING_TYPES.has(g.actors[ms.actor[k]].type)) {
      return { pronoun: { start: span.start, end: span.start + m[1].length }, other: ms.actor[k] };
    }
  }
  return null;
}

// "The head of Hamas's political bureau Ismail Haniyeh has said", "Iran's Chief of Staff of the Armed Forces Major
// General Mohammad Bagheri, who …, told": a description of an office followed by the name of whoever holds it. The
// name comes after the head noun's complement, where a person does not speak ("the head of the PAC backing Jeb
// Bush"), so the span's shape alone gave the organisation; a name right after a noun (no verb, participle or
// preposition before it) that ends the span or its apposition's start names the head. So does a title and name
// after an organisation's own name with "of" in it ("Bank of England Governor Andrew Bailey").
import { isHead, roleKey } from './roles';
import { firstEndingAfter, type SpeakerMark } from './salience';
import type { ActorGrouping } from './types';

/** Offices whose holder "the <office> of <body>" names. */
const OFFICES = 'head|leader|chief|chairman|chairwoman|chair|director|president|commander|secretary-general|secretary general';
const HEAD_OF_RE = new RegExp(`^(?:[Tt]he\\s+|\\p{Lu}[\\p{L}.-]*['’]s\\s+)?(?:${OFFICES})\\s+of\\s`, 'iu');
/** A title word and a name of two to four capitalised words ending the span ("… Governor Andrew Bailey", "… spokesman
 * Hassan Abdul Ghani"). */
const TITLED_NAME_END_RE = /\s\p{L}[\p{L}-]*\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*$/u;

const NAME_JOINERS = new Set(['of', 'the', 'for', 'and', '&', 'on']);

/** Every word capitalised but the joiners of a name ("Bank of England Governor"; not "The government of President"). */
function properName(words: string): boolean {
  for (const w of words.trim().split(/\s+/)) if (!NAME_JOINERS.has(w) && !/^\p{Lu}/u.test(w)) return false;
  return true;
}

const PLURAL_FIRST_RE = /^\p{L}+[^s\s]s\s/u;

/** The word before the name: a noun that the name stands in apposition to ("bureau", "Forces"), lower or upper case. */
const NOT_BEFORE_NAME = /^(?:by|for|to|with|from|of|and|or|in|on|at|against|as|about|than|who|that|the|a|an)$|ing$|ed$|['’]s?$/i;

/** The person named after "the head of …" in the span `raw` (trimmed text of a span from `from`), or null. */
export function headOfNamed(g: ActorGrouping, text: string, from: number, raw: string): number | null {
  if (raw.indexOf(' of ') < 0) return null;
  // "Bank of England Governor Andrew Bailey", "Assembly of First Nations National Chief Cindy Woodhouse Nepinak": an
  // organisation named with "of", then the title of the one named last.
  const headOf = HEAD_OF_RE.test(raw);
  // Not people of an organisation or person ("Supporters of Governor John Smith", "Members of the … Caucus Chairman …").
  if (!headOf && (!TITLED_NAME_END_RE.test(raw) || PLURAL_FIRST_RE.test(raw))) return null;
  const start = text.indexOf(raw, from);
  const end = start + raw.length;
  const m = g.mentions;
  for (let k = firstEndingAfter(m, start); k < m.count && m.start[k] < end; k++) {
    if (m.start[k] <= start || g.actors[m.actor[k]].type !== 'PERSON') continue;
    const after = text.slice(m.end[k], end);
    if (after !== '' && after[0] !== ',') return null;
    const before = /(\S+)\s+$/.exec(text.slice(start, m.start[k]));
    if (!headOf) {
      // The organisation's name before the title is capitalised; the title may not be ("Ministry of Defence spokesman").
      return before !== null && after === '' && isHead(roleKey(before[1])) && properName(text.slice(start, m.start[k] - before[0].length)) ? m.actor[k] : null;
    }
    return before !== null && !NOT_BEFORE_NAME.test(before[1]) ? m.actor[k] : null;
  }
  return null;
}

const THE_HEAD_OF_RE = new RegExp(`^[Tt]he\\s+((?:${OFFICES})\\s+of\\s+\\S.*)$`, 'u');
/** How many sentences back a speaker named with the office may be. */
const OFFICE_WINDOW = 3;

/**
 * "The head of the Fatah Alliance, Hadi al-Amiri, said … “We are ready,” the head of the Fatah Alliance said": the
 * person of a recent speaker span that opened with the same office (the span alone gave the organisation), or null.
 */
export function sameOfficeSpeaker(g: ActorGrouping, text: string, speakers: readonly SpeakerMark[], pos: number, sentence: number, raw: string): number | null {
  const m = THE_HEAD_OF_RE.exec(raw);
  if (!m) return null;
  const office = m[1].toLowerCase();
  for (let k = speakers.length - 1; k >= 0; k--) {
    const s = speakers[k];
    if (s.start >= pos) continue;
    if (s.sentence < sentence - OFFICE_WINDOW) break;
    if (s.actor < 0 || g.actors[s.actor].type !== 'PERSON') continue;
    if (text.slice(s.start, s.end).toLowerCase().replace(/^the\s+/, '').startsWith(office)) return s.actor;
  }
  return null;
}

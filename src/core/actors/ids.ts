// Actor names and ids.
//
// An id is "<type>:<slug of the actor's name>" ("person:hussein-amir-abdollahian", "gpe:iran"). It depends only
// on the actor itself, not on its position, so adding an unrelated actor earlier in the text (or editing the
// article elsewhere) does not renumber anything, and it reads well in a sidecar diff. It changes only when the
// actor's fullest name changes (a fuller form appears). Two actors of one type whose names give the same slug
// (rare: a name cut at 48 characters, "AT&T" and "AT-T") are told apart by "-2", "-3" in order of first
// mention, which is deterministic.
import type { Entity } from '../types';
import { fold, isAllCaps, isAscii } from './fold';
import { filledLike } from './arrays';
import type { Builder } from './registry';
import { stableOrder } from './order';
import { partyNamed } from './parties';

const MAX_SLUG = 48;

/** The fullest form: most words, then longest, then not all capitals, then most frequent, then first seen. */
export function actorName(b: Builder): string {
  if (b.country) return b.country.name;
  const party = b.formKeys.length > 0 ? partyNamed(b.formKeys[0]) : undefined;
  if (party !== undefined) return party;
  let best = -1;
  let bw = 0;
  let bl = 0;
  let bc = 0;
  let bn = 0;
  for (let f = 0; f < b.forms.length; f++) {
    const form = b.forms[f];
    let words = 1;
    for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) === 32) words++;
    // Compared field by field (no score array per form): words, length, then the case and count tests.
    if (best >= 0) {
      if (words !== bw) { if (words < bw) continue; } else if (form.length !== bl) { if (form.length < bl) continue; } else {
        const caps = isAllCaps(form) ? 0 : 1;
        if (caps !== bc) { if (caps < bc) continue; } else if (b.formCounts[f] <= bn) continue;
      }
    }
    best = f; bw = words; bl = form.length; bc = isAllCaps(form) ? 0 : 1; bn = b.formCounts[f];
  }
  if (best < 0) return '';
  const name = b.forms[best];
  const caps = bc === 0 && (b.type === 'GPE' || b.type === 'LOC') && letterCount(name) >= (bw > 1 ? PLACE_IN_CAPS_WORDS : PLACE_IN_CAPS);
  return caps ? titleCased(name) : name;
}

/** A place named only in capitals ("HOUSTON", "NEW YORK", a dateline's) is shown as a name is written; a shorter word
 * may be an abbreviation ("DPRK", "NAFTA", "NARAL", which the tagger at times reads as a place). */
const PLACE_IN_CAPS = 6;
/** Letters of a name of several words in capitals ("NEW YORK"), which is no abbreviation. */
const PLACE_IN_CAPS_WORDS = 5;

function letterCount(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) { const c = s.charCodeAt(k) | 32; if (c >= 97 && c <= 122) n++; }
  return n;
}

/** "NEW YORK" → "New York", "SAN JOSE-BASED" → "San Jose-Based": each word's first letter kept, the rest lower case. */
function titleCased(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

export function slug(name: string): string {
  const f = fold(name);
  // For ASCII the letters and digits are [a-zA-Z0-9]: the same slug without a Unicode-property regex.
  const dashed = isAscii(f) ? f.replace(/[^a-zA-Z0-9]+/g, '-') : f.replace(/[^\p{L}\p{N}]+/gu, '-');
  // Dashes to trim only when the name starts or ends with one (rare).
  const s = dashed.charCodeAt(0) === 45 || dashed.charCodeAt(dashed.length - 1) === 45 ? dashed.replace(/^-+|-+$/g, '') : dashed;
  return (s.length > MAX_SLUG ? s.slice(0, MAX_SLUG).replace(/-+$/, '') : s) || 'actor';
}

/** Builder indices in order of first mention (ties: order of creation). */
export function byFirstMention(builders: readonly Builder[], sorted: readonly Entity[]): number[] {
  return stableOrder(firstStarts(builders, sorted));
}

/** First mention's start per builder. A loop, not map: a callback call per actor is costly in code that runs once per
 * document; a function of its own, for the reason stableOrder's loops are (order.ts). */
function firstStarts(builders: readonly Builder[], sorted: readonly Entity[]): Float64Array {
  const first = new Float64Array(builders.length);
  for (let i = 0; i < builders.length; i++) first[i] = firstStart(builders[i], sorted);
  return first;
}

/** Start of the actor's first mention: its lowest entity index, as entities are sorted by start. */
function firstStart(b: Builder, sorted: readonly Entity[]): number {
  return b.firstEntity < 0 ? Infinity : sorted[b.firstEntity].start;
}

/** Ids parallel to `builders`, from their names (`actorName`); `rank` is byFirstMention(builders). */
export function assignIds(builders: readonly Builder[], names: readonly string[], rank: readonly number[]): string[] {
  const byFirst = rank;
  const used = new Set<string>();
  const ids = filledLike(builders, '');
  for (let r = 0; r < byFirst.length; r++) {
    const i = byFirst[r];
    const b = builders[i];
    const baseId = `${b.type.toLowerCase()}:${slug(names[i])}`;
    let id = baseId;
    for (let n = 2; used.has(id); n++) id = `${baseId}-${n}`;
    used.add(id);
    ids[i] = id;
  }
  return ids;
}

// The per-token and per-span loops of tagTypes, each a function of its own. tagTypes runs once per document, so
// V8 compiles its loops on the fly (OSR); a loop inside one long function was compiled before the code after it
// had type feedback and deoptimised there, back to the interpreter for a while (8 times per fresh process).

import type { EntityType } from '../types';
import { canStartDate } from './dates';
import { NOT_PERSON } from './lexicon';
import { normalizeToken } from './word';
import type { ClassSpan } from './rules';
import type { Span } from './names';

/**
 * Normalised types (two raw types may normalise alike: "’s" and "'s"): the id of each raw type's, the text of each
 * normalised type and the id of each text.
 */
export function normalizedTypes(rawStrings: readonly string[]): {
  normOf: Int32Array; strings: string[]; idOf: ReadonlyMap<string, number>;
} {
  const normOf = new Int32Array(rawStrings.length);
  const strings: string[] = [];
  const seen = new Map<string, number>();
  for (let t = 0; t < rawStrings.length; t++) {
    const w = normalizeToken(rawStrings[t]);
    let id = seen.get(w);
    if (id === undefined) {
      seen.set(w, (id = strings.length));
      strings.push(w);
    }
    normOf[t] = id;
  }
  return { normOf, strings, idOf: seen };
}

/** Each token's normalised type id and text. */
export function tokenTexts(rawIds: Int32Array, normOf: Int32Array, strings: readonly string[]): { ids: Int32Array; words: string[] } {
  const n = rawIds.length;
  const ids = new Int32Array(n);
  // Filled, then set: a million pushes cost three times as much (the array grows and is copied).
  const words = new Array<string>(n).fill('');
  for (let i = 0; i < n; i++) {
    const id = normOf[rawIds[i]];
    ids[i] = id;
    words[i] = strings[id];
  }
  return { ids, words };
}

/**
 * The typed spans of the tagger's class spans: single-word NOT_PERSON names dropped (decided once per word type),
 * a forced type where one is given (keyed start * (n + 1) + end), else `refine`.
 */
export function typedSpans(spans: readonly ClassSpan[], words: readonly string[], ids: Int32Array, typeCount: number,
  forced: ReadonlyMap<number, EntityType>, refine: (s: ClassSpan) => EntityType | null): Span[] {
  const out: Span[] = [];
  const n = words.length;
  const notPerson = new Uint8Array(typeCount); // 0 unknown, 1 no, 2 yes
  const forcedStart = forcedStarts(forced, n);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.end - s.start === 1) {
      const t = ids[s.start];
      if (notPerson[t] === 0) notPerson[t] = NOT_PERSON.has(words[s.start].toLowerCase()) ? 2 : 1;
      if (notPerson[t] === 2) continue;
    }
    const type = (forcedStart[s.start] ? forced.get(s.start * (n + 1) + s.end) : undefined) ?? refine(s);
    if (type) out.push({ start: s.start, end: s.end, type });
  }
  return out;
}

/** Per token, 1 where a forced span starts (most spans are looked up in `forced` by no key: a key is a float). */
function forcedStarts(forced: ReadonlyMap<number, EntityType>, n: number): Uint8Array {
  const starts = new Uint8Array(n + 1);
  for (const key of forced.keys()) starts[Math.floor(key / (n + 1))] = 1;
  return starts;
}

/** Per token, 1 where one of the spans covers it. */
export function coveredTokens(spans: readonly Span[], n: number): Uint8Array {
  const taken = new Uint8Array(n);
  for (let k = 0; k < spans.length; k++) taken.fill(1, spans[k].start, spans[k].end);
  return taken;
}

/** Per token, 1 where a date may start (canStartDate, decided once per word type: `typeTexts[t]` is type t's text). */
export function dateStartTokens(ids: Int32Array, typeTexts: readonly string[]): Uint8Array {
  const byType = new Uint8Array(typeTexts.length);
  for (let t = 0; t < typeTexts.length; t++) byType[t] = canStartDate(typeTexts[t]) ? 1 : 0;
  return tokenFlags(ids, byType);
}

/** Per token, its type's flag. */
function tokenFlags(ids: Int32Array, byType: Uint8Array): Uint8Array {
  const out = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = byType[ids[i]];
  return out;
}

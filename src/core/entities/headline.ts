// A Title-Case headline read with the article's body: the tagger sees a headline's words without their usual
// casing ("Clinton Wades In", "Bernie Sanders Burns Hillary Clinton"), while the body names the same people and
// organisations in running text. Names in the headline take the body's reading of them. (Span loops are indexed:
// see names.ts.)

import type { EntityType } from '../types';
import type { Span } from './names';

/** Longest headline name looked up in the body, in words. */
const MAX_WORDS = 6;

/**
 * Spans of the headline (tokens [0, headEnd)) that the body also tags take the body's most frequent type; a
 * multi-word headline span the body never tags as a whole is cut to the longest part the body does tag ("Clinton
 * Wades" → "Clinton" PERSON) when every word cut off is one `mayDrop` allows (the caller: no first name,
 * organisation or place word — "Claudia" of "Claudia Tenney" stays) and the part is no NORP (an adjective before
 * a capitalised noun starts a name: "Islamic State"); else it is kept as it is. Spans of the body are not changed.
 */
export function headlineFromBody(words: readonly string[], spans: Span[], headEnd: number, mayDrop: (i: number) => boolean): Span[] {
  if (headEnd <= 0) return spans;
  const body = bodyTypes(words, spans, headEnd);
  if (body.size === 0) return spans;
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.start >= headEnd || s.type === 'DATE') { out.push(s); continue; }
    const whole = body.get(key(words, s.start, s.end));
    if (whole) { out.push({ start: s.start, end: s.end, type: majority(whole) }); continue; }
    const part = s.end - s.start >= 2 ? longestTaggedPart(words, s, body) : undefined;
    out.push(part && part.type !== 'NORP' && droppable(s, part, mayDrop) ? part : s);
  }
  return out;
}

function droppable(whole: Span, part: Span, mayDrop: (i: number) => boolean): boolean {
  for (let i = whole.start; i < whole.end; i++) if ((i < part.start || i >= part.end) && !mayDrop(i)) return false;
  return true;
}

function key(words: readonly string[], a: number, b: number): string {
  return words.slice(a, b).join(' ');
}

/**
 * Entity types per span text over the body (from headEnd on), for the texts the headline can ask about: spans
 * whose every word is a word of a headline span (a lookup is a headline span or part of one; tokens hold no
 * spaces). The others, nearly all of a long article, are not joined into a text at all.
 */
function bodyTypes(words: readonly string[], spans: readonly Span[], headEnd: number): Map<string, Map<EntityType, number>> {
  const out = new Map<string, Map<EntityType, number>>();
  const headWords = new Set<string>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.start >= headEnd || s.type === 'DATE') continue;
    for (let i = s.start; i < s.end; i++) headWords.add(words[i]);
  }
  for (let j = 0; j < spans.length; j++) {
    const s = spans[j];
    if (s.start < headEnd || s.type === 'DATE' || s.end - s.start > MAX_WORDS) continue;
    if (!allIn(words, s, headWords)) continue;
    const k = key(words, s.start, s.end);
    let byType = out.get(k);
    if (!byType) out.set(k, (byType = new Map()));
    byType.set(s.type, (byType.get(s.type) ?? 0) + 1);
  }
  return out;
}

function allIn(words: readonly string[], s: Span, set: ReadonlySet<string>): boolean {
  for (let i = s.start; i < s.end; i++) if (!set.has(words[i])) return false;
  return true;
}

function majority(byType: ReadonlyMap<EntityType, number>): EntityType {
  let best: EntityType = 'MISC';
  let n = -1;
  for (const [t, c] of byType) if (c > n) { best = t; n = c; }
  return best;
}

/** The longest run of words inside s that the body tags, with the body's type (leftmost among equals). */
function longestTaggedPart(words: readonly string[], s: Span, body: ReadonlyMap<string, ReadonlyMap<EntityType, number>>): Span | undefined {
  for (let len = Math.min(s.end - s.start - 1, MAX_WORDS); len >= 1; len--) {
    for (let a = s.start; a + len <= s.end; a++) {
      const hit = body.get(key(words, a, a + len));
      if (hit) return { start: a, end: a + len, type: majority(hit) };
    }
  }
  return undefined;
}

import { CONTEXT_LENGTH } from './model';
import type { Anchor } from './model';

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Context start/end widened by one unit where CONTEXT_LENGTH would split a surrogate pair. */
function prefixOf(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLow(text.charCodeAt(from))) from--;
  return text.slice(from, start);
}

function suffixOf(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isLow(text.charCodeAt(to))) to++;
  return text.slice(end, to);
}

/** Whether [start, end) is a non-empty range of `text` that does not split a surrogate pair. */
export function isValidRange(text: string, start: number, end: number): boolean {
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end > start && end <= text.length
    && !isLow(text.charCodeAt(start)) && !(end < text.length && isLow(text.charCodeAt(end)));
}

/** A fresh, attached anchor for [start, end) of `text` (quote + 32 units of context each side). */
export function anchorAt(text: string, start: number, end: number): Anchor {
  if (!isValidRange(text, start, end)) throw new RangeError(`invalid range ${start}..${end} for a text of ${text.length}`);
  return { start, end, exact: text.slice(start, end), prefix: prefixOf(text, start), suffix: suffixOf(text, end) };
}

/** Whether an anchor is attached (its range is meaningful in the current text). */
export function isAttached(a: Anchor): boolean {
  return a.state === undefined || a.state === 'edited';
}

/** Whether an attached anchor's quote is what the text holds at its range. */
export function verifyAnchor(text: string, a: Anchor): boolean {
  return isAttached(a) && a.end <= text.length && text.startsWith(a.exact, a.start) && a.end - a.start === a.exact.length;
}

/**
 * Context refreshed from the current text (call before saving, so the file's context matches the text it was
 * written against). Anchors that are not attached or do not verify are returned unchanged.
 */
export function refreshAnchor(text: string, a: Anchor): Anchor {
  if (!verifyAnchor(text, a)) return a;
  const prefix = prefixOf(text, a.start), suffix = suffixOf(text, a.end);
  return prefix === a.prefix && suffix === a.suffix ? a : { ...a, prefix, suffix };
}

import type { Analysis, Span } from './types';

/**
 * A long article is first analysed in a window around what the user sees, so highlights appear at once; the
 * analysis of the whole text (document-level consistency, every actor and claim) replaces it moments later.
 */

/** Below this length the whole article is analysed at once: a preview would not be noticeably faster. */
export const PREVIEW_MIN_LENGTH = 64 * 1024;
/** Characters analysed for the preview: a few screens either side of the visible lines. */
export const PREVIEW_WINDOW_LENGTH = 24 * 1024;

/**
 * The window of `text` of about `size` characters around `center`, widened to whole lines so no sentence or
 * name is cut at its edges (a line longer than the window is taken whole up to twice the size).
 */
export function previewWindow(text: string, center: number, size = PREVIEW_WINDOW_LENGTH): Span {
  const half = Math.floor(size / 2);
  let start = Math.max(0, Math.min(center, text.length) - half);
  let end = Math.min(text.length, start + size);
  start = Math.max(0, end - size);
  if (start > 0) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    start = start - lineStart <= half ? lineStart : nextLineStart(text, start, end);
  }
  if (end < text.length) {
    const lineEnd = text.indexOf('\n', end);
    const limit = Math.min(text.length, end + size);
    end = lineEnd === -1 ? limit : Math.min(lineEnd + 1, limit);
  }
  return { start, end: Math.max(start, end) };
}

function nextLineStart(text: string, from: number, limit: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 || nl + 1 > limit ? from : nl + 1;
}

/** Moves every offset of an analysis of a slice by `delta`, into the coordinates of the whole text. */
export function shiftAnalysis(analysis: Analysis, delta: number): Analysis {
  if (delta === 0) return analysis;
  const move = <T extends Span>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
  return {
    entities: analysis.entities.map(move),
    actors: analysis.actors,
    claims: analysis.claims.map((c) => ({
      ...move(c),
      cue: c.cue && move(c.cue),
      speakerSpan: c.speakerSpan && move(c.speakerSpan),
    })),
  };
}

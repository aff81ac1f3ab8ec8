/**
 * Seeded article and edit generators for the anchoring property tests and bench/anchoring.ts, with ground truth:
 * every character of the original text carries an id, so after any edits we know exactly where each annotated
 * character went (or that it was deleted).
 */
import { anchorAt } from '../../src/core/annotations/anchor';
import type { RandomSource } from '../../src/core/annotations/ids';
import type { Anchor } from '../../src/core/annotations/model';
import { reanchor } from '../../src/core/annotations/reanchor';
import { shiftAnchors } from '../../src/core/annotations/shift';
import type { ContentChange } from '../../src/core/annotations/shift';

const NAMES = ['Biden', 'Zelensky', 'Amir-Abdollahian', 'the President', 'Tehran', 'Baghdad', 'Kyiv', 'Müller', 'حسين', '習近平', 'Ðoàn'];
const VERBS = ['said', 'told reporters', 'stressed', 'denied', 'claimed', 'warned', 'according to officials'];
const WORDS = ['security', 'talks', 'on Monday', 'the border', 'cooperation', 'will', 'not', 'allow', 'any', 'threat', 'agreement',
  'sanctions', 'the minister', 'oil', 'grain', 'corridor', 'ceasefire', 'aid', 'troops', 'in', 'of', 'and', 'that', '🇺🇦', '👨‍👩‍👧'];

export const pick = <T>(r: RandomSource, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: RandomSource, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

export function sentence(r: RandomSource): string {
  const words = Array.from({ length: int(r, 4, 14) }, () => pick(r, WORDS));
  return `${pick(r, NAMES)} ${pick(r, VERBS)} ${words.join(' ')}.`;
}

/**
 * An article of about `length` characters: sentences with repeated names, lines ending in `eol`, and near-identical
 * sentence pairs (one word changed) so that look-alikes exist.
 */
export function article(r: RandomSource, length: number, eol = '\n'): string {
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    let s = sentence(r);
    if (r() < 0.15 && parts.length > 2) {
      const prev = parts[parts.length - 2];
      s = prev.replace(/\b(security|talks|oil|grain|aid|troops)\b/, (w) => (w === 'oil' ? 'gas' : `${w}s`));
    }
    s += r() < 0.2 ? eol : ' ';
    parts.push(s);
    n += s.length;
  }
  return parts.join('');
}

/** Word-aligned spans to annotate (names mostly, some whole sentences). */
export function spans(r: RandomSource, text: string, count: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const names = [...text.matchAll(/Biden|Zelensky|Amir-Abdollahian|Tehran|Baghdad|Kyiv|Müller|حسين|習近平|Ðoàn/g)];
  const sentences = [...text.matchAll(/[^.\n]+\./g)];
  for (let i = 0; i < count * 4 && out.length < count; i++) {
    const m = r() < 0.7 ? pick(r, names) : pick(r, sentences);
    if (!m) continue;
    let s = m.index!;
    const e = s + m[0].length;
    while (s < e && text[s] === ' ') s++;
    if (e > s && !out.some(([a, b]) => a === s && b === e)) out.push([s, e]);
  }
  return out;
}

/** A random VS Code-style change: deletion, insertion, replacement, near-identical rewrite, or a name rewrite. */
export function randomChange(r: RandomSource, text: string): ContentChange {
  const kind = r();
  if (kind < 0.15) {
    // Rewrite one name occurrence ("Biden" → "the President").
    const ms = [...text.matchAll(/Biden|Zelensky|Tehran/g)];
    if (ms.length > 0) { const m = pick(r, ms); return { rangeOffset: m.index!, rangeLength: m[0].length, text: pick(r, ['the President', 'he', 'the capital', 'officials']) }; }
  }
  if (kind < 0.25) {
    // Delete a whole sentence (its near-identical twin may remain).
    const ms = [...text.matchAll(/[^.\n]+\.\s?/g)];
    if (ms.length > 0) { const m = pick(r, ms); return { rangeOffset: m.index!, rangeLength: m[0].length, text: '' }; }
  }
  let at = int(r, 0, text.length);
  const isLow = (i: number): boolean => { const c = text.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff; };
  if (isLow(at)) at--;
  let len = kind < 0.5 ? 0 : Math.min(text.length - at, r() < 0.9 ? int(r, 1, 12) : int(r, 13, 400));
  if (isLow(at + len)) len++;
  const insert = kind < 0.75 && kind >= 0.5 ? '' : r() < 0.5 ? pick(r, WORDS) + ' ' : sentence(r) + ' ';
  if (len === 0 && insert === '') return { rangeOffset: at, rangeLength: 0, text: 'x' };
  return { rangeOffset: at, rangeLength: len, text: insert };
}

export function applyChange(text: string, c: ContentChange): string {
  return text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
}

/** Character ids tracked through changes: ids[i] is the original index of character i, or -1 for inserted text. */
export function applyToIds(ids: number[], c: ContentChange): number[] {
  return [...ids.slice(0, c.rangeOffset), ...new Array<number>(c.text.length).fill(-1), ...ids.slice(c.rangeOffset + c.rangeLength)];
}

export interface Truth {
  /** The annotated characters all survive, contiguous and in order, with nothing inserted between them. */
  intact: boolean;
  start: number;
  end: number;
  /** Span (in the new text) from the first to the last surviving character; or the deletion point. */
  hullStart: number;
  hullEnd: number;
}

/** Where the original span [s, e) is now. `pos` maps original index → new index (or -1). */
export function truthOf(pos: Int32Array, s: number, e: number): Truth {
  let first = -1, last = -1, surviving = 0;
  for (let i = s; i < e; i++) if (pos[i] >= 0) { surviving++; if (first < 0) first = pos[i]; last = pos[i]; }
  const intact = surviving === e - s && last - first === e - s - 1;
  if (first < 0) {
    // Nothing survived: the hull is where the text was (the next surviving character's position).
    let at = -1;
    for (let i = e; i < pos.length && at < 0; i++) if (pos[i] >= 0) at = pos[i];
    for (let i = s - 1; i >= 0 && at < 0; i--) if (pos[i] >= 0) at = pos[i] + 1;
    return { intact, start: -1, end: -1, hullStart: Math.max(0, at), hullEnd: Math.max(0, at) };
  }
  return { intact, start: first, end: last + 1, hullStart: first, hullEnd: last + 1 };
}

export function positions(ids: readonly number[], originalLength: number): Int32Array {
  const pos = new Int32Array(originalLength).fill(-1);
  ids.forEach((id, i) => { if (id >= 0) pos[id] = i; });
  return pos;
}

export type Judgement = 'exact' | 'flagged' | 'lost' | 'ambiguous' | 'wrong';

/**
 * How an anchor compares with the ground truth (`ids`: original index of each current character, -1 if typed
 * since; `span`: the annotation's original range):
 * - exact: the annotated text is intact and the anchor is exactly on it;
 * - flagged: the annotated text was changed and the anchor says so: not attached (review/orphan), or attached
 *   (edited) on text made only of its own surviving characters and characters typed since;
 * - lost: the text is intact but the anchor is not attached (review/orphan): a miss, safe;
 * - ambiguous: attached elsewhere, on the same quote with the same 32 characters either side as the true place
 *   (e.g. a copy of the sentence inserted right before it): no text-based method can tell the two apart;
 * - wrong: attached onto text that is not its quote, or over any original character that was not part of it.
 */
export function judge(text: string, truth: Truth, a: { start: number; end: number; exact: string; state?: string }, ids: readonly number[], span: readonly [number, number]): Judgement {
  const attached = a.state === undefined || a.state === 'edited';
  if (!attached) return truth.intact ? 'lost' : 'flagged';
  if (text.slice(a.start, a.end) !== a.exact) return 'wrong';
  if (truth.intact && a.start === truth.start && a.end === truth.end) return 'exact';
  let foreign = false;
  for (let i = a.start; i < a.end && !foreign; i++) foreign = ids[i] >= 0 && (ids[i] < span[0] || ids[i] >= span[1]);
  if (truth.intact) {
    const win = (s: number, e: number): string => text.slice(Math.max(0, s - 32), e + 32);
    return win(a.start, a.end) === win(truth.start, truth.end) ? 'ambiguous' : 'wrong';
  }
  return foreign ? 'wrong' : 'flagged';
}

export type AnchorPath = 'editor' | 'diff' | 'blind';

export interface EditJudgement {
  readonly step: number;
  readonly path: AnchorPath;
  readonly index: number;
  readonly judgement: Judgement;
  readonly change: ContentChange;
  readonly anchor: Anchor;
  readonly truth: Truth;
}

/**
 * Applies `steps` random edits to `text`; after each, judges every original span on the three anchoring paths
 * (editor: shiftAnchors; diff: reanchor with the old text; blind: reanchor without it) against the ground truth.
 */
export function runRandomEdits(r: RandomSource, text: string, original: ReadonlyArray<readonly [number, number]>, steps: number, visit: (j: EditJudgement) => void): void {
  const originalLength = text.length;
  let ids = Array.from({ length: text.length }, (_, i) => i);
  let editor: Anchor[] = original.map(([s, e]) => anchorAt(text, s, e));
  let diff = editor.slice(), blind = editor.slice();
  for (let step = 0; step < steps; step++) {
    const change = randomChange(r, text);
    const next = applyChange(text, change);
    ids = applyToIds(ids, change);
    const pos = positions(ids, originalLength);
    editor = shiftAnchors(editor, [change]);
    diff = reanchor(text, next, diff).anchors;
    blind = reanchor(undefined, next, blind).anchors;
    original.forEach(([s, e], index) => {
      const truth = truthOf(pos, s, e);
      for (const [path, anchors] of [['editor', editor], ['diff', diff], ['blind', blind]] as const) {
        visit({ step, path, index, judgement: judge(next, truth, anchors[index], ids, original[index]), change, anchor: anchors[index], truth });
      }
    });
    text = next;
  }
}

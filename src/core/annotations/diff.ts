/**
 * A text diff for re-anchoring: Myers' O(ND) algorithm on lines, then on characters inside each changed hunk.
 * Written here (≈100 lines) rather than taking the `diff` package: we need only the equal runs as offset pairs,
 * a hard cap on D (a full rewrite must fail fast and fall back to quote search instead of taking seconds), and
 * no dependency in a core that also runs in a browser.
 */

/** Text [a, a + len) of the old text equals [b, b + len) of the new text. */
export interface Run { a: number; b: number; len: number }

export interface DiffLimits {
  /** Edit distance (in lines) above which the line diff gives up. */
  maxLineD: number;
  /** Edit distance (in characters) per hunk above which a hunk stays unmapped. */
  maxCharD: number;
  /** Hunks longer than this (either side) are not diffed by character. */
  maxHunk: number;
}

export const DEFAULT_DIFF_LIMITS: Readonly<DiffLimits> = Object.freeze({ maxLineD: 2000, maxCharD: 400, maxHunk: 20_000 });

/** Equal runs between a[aLo, aHi) and b[bLo, bHi) (indices into a and b), or undefined when D > maxD. */
export function myers(a: ArrayLike<number>, aLo: number, aHi: number, b: ArrayLike<number>, bLo: number, bHi: number, maxD: number): Run[] | undefined {
  const runs: Run[] = [];
  let p = 0;
  while (aLo + p < aHi && bLo + p < bHi && a[aLo + p] === b[bLo + p]) p++;
  if (p > 0) runs.push({ a: aLo, b: bLo, len: p });
  aLo += p; bLo += p;
  let q = 0;
  while (aHi - q > aLo && bHi - q > bLo && a[aHi - q - 1] === b[bHi - q - 1]) q++;
  aHi -= q; bHi -= q;
  const n = aHi - aLo, m = bHi - bLo, max = Math.min(n + m, maxD);
  if (n > 0 || m > 0) {
    const off = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace: Int32Array[] = [];
    let found = -1;
    for (let d = 0; d <= max && found < 0; d++) {
      trace.push(v.slice(off - d - 1, off + d + 2));
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
        let y = x - k;
        while (x < n && y < m && a[aLo + x] === b[bLo + y]) { x++; y++; }
        v[off + k] = x;
        if (x >= n && y >= m) { found = d; break; }
      }
    }
    if (found < 0) return undefined;
    const middle: Run[] = [];
    let x = n, y = m;
    for (let d = found; d >= 0; d--) {
      const t = trace[d];
      const k = x - y;
      let prevX = 0, prevY = 0, startX = 0;
      if (d > 0) {
        // At step d the path came from diagonal k + 1 (an insertion: x unchanged) or k - 1 (a deletion: x + 1).
        const prevK = k === -d || (k !== d && t[k - 1 + d + 1] < t[k + 1 + d + 1]) ? k + 1 : k - 1;
        prevX = t[prevK + d + 1]; prevY = prevX - prevK;
        startX = prevK === k + 1 ? prevX : prevX + 1;
      }
      const snake = x - startX;
      if (snake > 0) middle.push({ a: aLo + x - snake, b: bLo + y - snake, len: snake });
      x = prevX; y = prevY;
    }
    runs.push(...middle.reverse());
  }
  if (q > 0) runs.push({ a: aHi, b: bHi, len: q });
  return runs;
}

/** Start offsets of the lines of a text (each line includes its '\n'), and an id per distinct line. */
function lines(text: string, ids: Map<string, number>): { starts: number[]; codes: Int32Array } {
  const starts: number[] = [];
  for (let i = 0; i < text.length;) {
    starts.push(i);
    const nl = text.indexOf('\n', i);
    i = nl === -1 ? text.length : nl + 1;
  }
  starts.push(text.length);
  const codes = new Int32Array(starts.length - 1);
  for (let i = 0; i < codes.length; i++) {
    const line = text.slice(starts[i], starts[i + 1]);
    let id = ids.get(line);
    if (id === undefined) { id = ids.size; ids.set(line, id); }
    codes[i] = id;
  }
  return { starts, codes };
}

function charCodes(text: string, from: number, to: number): Uint16Array {
  const out = new Uint16Array(to - from);
  for (let i = 0; i < out.length; i++) out[i] = text.charCodeAt(from + i);
  return out;
}

/**
 * Equal runs (character offsets, sorted, merged where contiguous) between two texts, or undefined when they differ
 * too much for a diff to be useful (then only quote search applies).
 */
export function diffTexts(oldText: string, newText: string, limits: DiffLimits = DEFAULT_DIFF_LIMITS): Run[] | undefined {
  if (oldText === newText) return [{ a: 0, b: 0, len: oldText.length }];
  // Common head and tail by character, widened to whole lines: only the middle is split into lines and diffed.
  let head = 0;
  const max = Math.min(oldText.length, newText.length);
  while (head < max && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  head = head === 0 ? 0 : oldText.lastIndexOf('\n', head - 1) + 1;
  let tail = 0;
  while (tail < max - head && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  const nlA = oldText.indexOf('\n', oldText.length - tail);
  tail = nlA === -1 ? 0 : oldText.length - (nlA + 1);
  const inner = diffLines(oldText.slice(head, oldText.length - tail), newText.slice(head, newText.length - tail), limits);
  if (!inner) return undefined;
  const out: Run[] = [];
  if (head > 0) out.push({ a: 0, b: 0, len: head });
  for (const r of inner) {
    const last = out[out.length - 1], x = { a: r.a + head, b: r.b + head, len: r.len };
    if (last && last.a + last.len === x.a && last.b + last.len === x.b) last.len += x.len; else out.push(x);
  }
  if (tail > 0) {
    const last = out[out.length - 1], x = { a: oldText.length - tail, b: newText.length - tail, len: tail };
    if (last && last.a + last.len === x.a && last.b + last.len === x.b) last.len += x.len; else out.push(x);
  }
  return out;
}

function diffLines(oldText: string, newText: string, limits: DiffLimits): Run[] | undefined {
  const ids = new Map<string, number>();
  const A = lines(oldText, ids), B = lines(newText, ids);
  const lineRuns = myers(A.codes, 0, A.codes.length, B.codes, 0, B.codes.length, limits.maxLineD);
  if (!lineRuns) return undefined;
  const out: Run[] = [];
  const add = (r: Run): void => {
    if (r.len <= 0) return;
    const last = out[out.length - 1];
    if (last && last.a + last.len === r.a && last.b + last.len === r.b) last.len += r.len;
    else out.push({ ...r });
  };
  let ia = 0, ib = 0; // next unmatched line in old / new
  const hunk = (toA: number, toB: number): void => {
    const a0 = A.starts[ia], a1 = A.starts[toA], b0 = B.starts[ib], b1 = B.starts[toB];
    if (a1 > a0 && b1 > b0 && a1 - a0 <= limits.maxHunk && b1 - b0 <= limits.maxHunk) {
      const ca = charCodes(oldText, a0, a1), cb = charCodes(newText, b0, b1);
      const runs = myers(ca, 0, ca.length, cb, 0, cb.length, limits.maxCharD);
      if (runs) for (const r of runs) add({ a: a0 + r.a, b: b0 + r.b, len: r.len });
    }
  };
  for (const r of lineRuns) {
    hunk(r.a, r.b);
    add({ a: A.starts[r.a], b: B.starts[r.b], len: A.starts[r.a + r.len] - A.starts[r.a] });
    ia = r.a + r.len; ib = r.b + r.len;
  }
  hunk(A.codes.length, B.codes.length);
  return out;
}

/** Index of the run holding old range [from, to) entirely (binary search over runs sorted by `a`), or -1. */
export function runCovering(runs: readonly Run[], from: number, to: number): number {
  let lo = 0, hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, r = runs[mid];
    if (r.a + r.len <= from) lo = mid + 1;
    else if (r.a > from) hi = mid - 1;
    else return to <= r.a + r.len ? mid : -1;
  }
  return -1;
}

function samePrefix(t: string, i: number, j: number, max: number): number {
  let k = 0;
  while (k < max && i + k < t.length && j + k < t.length && t.charCodeAt(i + k) === t.charCodeAt(j + k)) k++;
  return k;
}

function sameSuffix(t: string, i: number, j: number, max: number): number {
  let k = 0;
  while (k < max && i - k > 0 && j - k > 0 && t.charCodeAt(i - k - 1) === t.charCodeAt(j - k - 1)) k++;
  return k;
}

/**
 * How far the edges of run `k` could slide inwards under another diff of equal cost (capped at `max`): a deleted
 * or inserted block next to a run can often be placed a few characters later or earlier ("Ðoàn A. Ðoàn B" minus
 * "Ðoàn A. " is also "Ðoàn " kept and "A. Ðoàn " deleted). Characters within that distance of an edge are not
 * known to have survived, whatever the chosen diff says.
 */
export function slack(runs: readonly Run[], k: number, oldText: string, newText: string, max: number): { start: number; end: number } {
  const r = runs[k], prev = runs[k - 1], next = runs[k + 1];
  let start = 0, end = 0;
  const pa = prev ? prev.a + prev.len : 0, pb = prev ? prev.b + prev.len : 0;
  if (r.a > pa) start = Math.max(start, samePrefix(oldText, pa, r.a, max));
  if (r.b > pb) start = Math.max(start, samePrefix(newText, pb, r.b, max));
  const ea = r.a + r.len, eb = r.b + r.len;
  const na = next ? next.a : oldText.length, nb = next ? next.b : newText.length;
  if (na > ea) end = Math.max(end, sameSuffix(oldText, ea, na, max));
  if (nb > eb) end = Math.max(end, sameSuffix(newText, eb, nb, max));
  return { start, end };
}

/** The run holding new offset `at` (by `b`; runs are sorted by b as well). */
export function runAtNew(runs: readonly Run[], at: number): Run | undefined {
  let lo = 0, hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, r = runs[mid];
    if (r.b + r.len <= at) lo = mid + 1;
    else if (r.b > at) hi = mid - 1;
    else return r;
  }
  return undefined;
}

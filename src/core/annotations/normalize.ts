/**
 * A normalised view of a text for comparing, with offsets mapped both ways: BOM dropped, CRLF and lone CR → LF,
 * NFC. A re-save that only changes line endings, the BOM or the Unicode normal form then compares equal, and a
 * match found in the view maps back to exact offsets of the real text.
 */

export interface NormalizedView {
  readonly text: string;
  /** Original offset → normalised offset. An offset inside a changed piece snaps to its start ('start') or end. */
  toNormalized(offset: number, side?: 'start' | 'end'): number;
  /** Normalised offset → original offset, same snapping. */
  toOriginal(offset: number, side?: 'start' | 'end'): number;
}

interface Pieces { o: number[]; ol: number[]; n: number[]; nl: number[] }

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

function identity(text: string): NormalizedView {
  return { text, toNormalized: (o) => o, toOriginal: (n) => n };
}

/** The normalised form of a short string (a quote, a context). */
export function normalizeString(s: string): string {
  let t = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  return t.normalize('NFC');
}

export function normalizedView(text: string): NormalizedView {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  if (!hasBom && !text.includes('\r') && text.normalize('NFC') === text) return identity(text);
  const p: Pieces = { o: [], ol: [], n: [], nl: [] };
  const push = (o: number, ol: number, n: number, nl: number): void => { p.o.push(o); p.ol.push(ol); p.n.push(n); p.nl.push(nl); };
  const out: string[] = [];
  let n = 0;
  let pos = 0;
  if (hasBom) { push(0, 1, 0, 0); pos = 1; }
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let line = text.slice(pos, eol);
    const crlf = eol < text.length && line.endsWith('\r');
    if (crlf) line = line.slice(0, -1);
    // Lone CRs become LF: same length, so no offset piece is needed.
    if (line.includes('\r')) line = line.replace(/\r/g, '\n');
    const nfc = line.normalize('NFC');
    if (nfc === line) {
      out.push(line);
    } else {
      const parts: string[] = [];
      const offs: number[] = [];
      for (const m of line.matchAll(CLUSTER)) { parts.push(m[0]); offs.push(m.index!); }
      if (parts.map((c) => c.normalize('NFC')).join('') !== nfc) {
        push(pos, line.length, n, nfc.length); // clusters interact (e.g. Hangul jamo): map the line as one piece
      } else {
        let nn = n;
        for (let i = 0; i < parts.length; i++) {
          const c = parts[i], cn = c.normalize('NFC');
          if (c !== cn) push(pos + offs[i], c.length, nn, cn.length);
          nn += cn.length;
        }
      }
      out.push(nfc);
    }
    n += nfc.length;
    if (crlf) push(pos + line.length, 1, n, 0);
    if (eol < text.length) { out.push('\n'); n += 1; }
    pos = eol + 1;
  }
  const normalized = out.join('');
  return {
    text: normalized,
    toNormalized: (o, side = 'start') => map(p.o, p.ol, p.n, p.nl, o, side),
    toOriginal: (x, side = 'start') => map(p.n, p.nl, p.o, p.ol, x, side),
  };
}

/** Piecewise map from coordinate system A to B through the changed pieces (sorted, non-overlapping). */
function map(a: number[], al: number[], b: number[], bl: number[], x: number, side: 'start' | 'end'): number {
  let lo = 0, hi = a.length - 1, k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) { k = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (k === -1) return x;
  // Among pieces starting at x (a zero-length one followed by another), the first one decides.
  while (k > 0 && a[k - 1] === x) k--;
  // A piece that vanished in the target (BOM, the CR of CRLF): a start skips it, an end stops before it.
  if (x === a[k]) return al[k] === 0 && side === 'start' ? b[k] + bl[k] : b[k];
  if (x < a[k] + al[k]) return side === 'start' ? b[k] : b[k] + bl[k];
  return b[k] + bl[k] + (x - a[k] - al[k]);
}

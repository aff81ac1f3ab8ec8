import { SidecarError, positionAt } from './errors';
import { DEFAULT_LIMITS } from './model';
import type { SidecarLimits } from './model';

/** Refuses a file by its size before anything is read into a string. Call with the size from stat() too. */
export function checkSidecarSize(byteLength: number, limits: Partial<SidecarLimits> = {}): void {
  const max = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  if (byteLength > max) {
    throw new SidecarError('too-large', `annotation file is ${formatBytes(byteLength)}, over the limit of ${formatBytes(max)}; not loaded`);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}

/** Strict UTF-8 decoding of a sidecar's bytes (BOM dropped). Invalid bytes → SidecarError naming the position. */
export function decodeSidecarBytes(bytes: Uint8Array, limits: Partial<SidecarLimits> = {}): string {
  checkSidecarSize(bytes.length, limits);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new SidecarError('invalid-utf8', `annotation file is not valid UTF-8 at byte ${at}`, positionAt(bytes, at));
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0, min = 0;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; } else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; } else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; } else return i;
    if (i + n >= b.length) return i; // truncated sequence
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if ((d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

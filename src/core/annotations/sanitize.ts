/**
 * Copies untrusted JSON values into fresh objects: null-prototype objects, `__proto__`/`constructor`/`prototype`
 * keys dropped, nesting depth bounded. Iterative (an explicit stack), so a 10⁶-deep value cannot overflow the stack.
 */

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN.has(key);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface SanitizeResult {
  value?: unknown;
  /** Why the value was refused (too deep, string too long). */
  error?: string;
  droppedKeys: number;
}

/** A sanitized deep copy of a JSON value, or an error when it is deeper than maxDepth or holds an over-long string. */
export function sanitizeJson(value: unknown, maxDepth: number, maxStringLength: number): SanitizeResult {
  let droppedKeys = 0;
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return new Array(v.length);
    if (isPlainObject(v)) return Object.create(null);
    return v;
  };
  const root = copy(value);
  const stack: Array<{ src: unknown; dst: unknown; depth: number }> = [{ src: value, dst: root, depth: 1 }];
  while (stack.length > 0) {
    const { src, dst, depth } = stack.pop()!;
    if (typeof src === 'string') {
      if (src.length > maxStringLength) return { error: `a string of ${src.length} characters (limit ${maxStringLength})`, droppedKeys };
      continue;
    }
    if (typeof src !== 'object' || src === null) continue;
    if (depth > maxDepth) return { error: `nested deeper than ${maxDepth} levels`, droppedKeys };
    const entries: Array<[string | number, unknown]> = Array.isArray(src)
      ? src.map((x, i) => [i, x])
      : Object.keys(src).map((k) => [k, (src as Record<string, unknown>)[k]]);
    for (const [k, child] of entries) {
      if (typeof k === 'string' && FORBIDDEN.has(k)) { droppedKeys++; continue; }
      const c = copy(child);
      (dst as Record<string | number, unknown>)[k] = c;
      if (typeof child === 'object' && child !== null) stack.push({ src: child, dst: c, depth: depth + 1 });
      else if (typeof child === 'string') stack.push({ src: child, dst: c, depth: depth + 1 });
    }
  }
  return { value: root, droppedKeys };
}

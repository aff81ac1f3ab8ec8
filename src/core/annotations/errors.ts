/** Why a sidecar cannot be read at all. The editor shows `message` (it names the position) and keeps the article's
 *  annotations read-only: a file that fails to parse is never overwritten; "start fresh" moves it aside first. */
export type SidecarErrorKind =
  | 'too-large'
  | 'empty'
  | 'invalid-utf8'
  | 'conflict-markers'
  | 'truncated'
  | 'invalid-json'
  | 'not-a-sidecar'
  | 'unsupported-version';

export interface TextPosition {
  /** UTF-16 offset into the decoded text (byte offset for invalid-utf8). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 units. */
  column: number;
}

export class SidecarError extends Error {
  constructor(
    readonly kind: SidecarErrorKind,
    message: string,
    readonly position?: TextPosition,
  ) {
    super(position ? `${message} (line ${position.line}, column ${position.column})` : message);
    this.name = 'SidecarError';
  }
}

/** 1-based line/column of an offset into a string or byte array (line feeds are code 10 in both). */
export function positionAt(text: string | Uint8Array, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1, lineStart = 0;
  if (typeof text === 'string') {
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  } else {
    for (let i = text.indexOf(10); i !== -1 && i < end; i = text.indexOf(10, i + 1)) { line++; lineStart = i + 1; }
  }
  return { offset: end, line, column: end - lineStart + 1 };
}

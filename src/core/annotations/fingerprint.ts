import type { ArticleInfo, LineEnding } from './model';
import { sha256Text } from './sha256';

/** Line-ending style of a text: lf, crlf, mixed (incl. lone CR), or none (no line break at all). */
export function detectLineEnding(text: string): LineEnding {
  let crlf = 0, lf = 0, cr = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++; else cr++;
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  if (crlf === 0 && lf === 0 && cr === 0) return 'none';
  if (cr === 0 && lf === 0) return 'crlf';
  if (cr === 0 && crlf === 0) return 'lf';
  return 'mixed';
}

/** True when `name` is a bare file name: no separators, no drive, not `.`/`..`, no control characters. */
export function isPlainFileName(name: string): boolean {
  return name.length > 0 && name.length <= 255 && name !== '.' && name !== '..' && !/[/\\:\u0000-\u001f]/.test(name);
}

/** The fingerprint stored in the sidecar for an article text (as VS Code presents it: BOM dropped). */
export function fingerprintArticle(name: string, text: string): ArticleInfo {
  if (!isPlainFileName(name)) throw new Error(`not a plain file name: ${JSON.stringify(name)}`);
  return { name, sha256: sha256Text(text), length: text.length, lineEnding: detectLineEnding(text), offsetUnit: 'utf16' };
}

/** Whether the text is exactly the one the sidecar's anchors were written against. */
export function articleMatches(info: ArticleInfo, text: string): boolean {
  return info.length === text.length && info.sha256 === sha256Text(text);
}

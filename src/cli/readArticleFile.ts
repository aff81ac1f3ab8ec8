import { readFileSync, statSync } from 'node:fs';
import { decodeArticle, ArticleDecodeError } from '../core/text/decode';

/** Articles larger than this never reach VS Code extensions either; refuse them with a clear message. */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

export class ArticleFileError extends Error {}

/** Reads one article as text, or throws an ArticleFileError with a one-line reason. */
export function readArticleFile(path: string, maxBytes = MAX_ARTICLE_BYTES): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new ArticleFileError('is a directory');
    if (!stat.isFile()) throw new ArticleFileError('is not a regular file');
    size = stat.size;
  } catch (e) {
    if (e instanceof ArticleFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ArticleFileError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`);
  }
  if (size === 0) throw new ArticleFileError('is empty');
  if (size > maxBytes) throw new ArticleFileError(`is too large (${size} bytes; the limit is ${maxBytes})`);
  let text: string;
  try {
    text = decodeArticle(readFileSync(path));
  } catch (e) {
    if (e instanceof ArticleDecodeError) throw new ArticleFileError(`is not an article: ${e.message}`);
    throw new ArticleFileError(`cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (text.trim() === '') throw new ArticleFileError('is empty (only whitespace)');
  return text;
}

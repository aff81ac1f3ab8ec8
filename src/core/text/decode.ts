/** Why a file cannot be read as an article. */
export class ArticleDecodeError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes an article's bytes the way VS Code presents the document: strict UTF-8, the BOM dropped, line
 * endings kept, so offsets computed here match editor offsets.
 */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ArticleDecodeError('binary file (contains NUL bytes)');
  try {
    return decoder.decode(bytes); // with ignoreBOM false the decoder strips a leading BOM
  } catch {
    throw new ArticleDecodeError('not valid UTF-8 text');
  }
}

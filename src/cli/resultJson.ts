import { memberJson } from '../core/memberJson';
import type { Analysis } from '../core/types';

/**
 * One file's result as the CLI writes it, `JSON.stringify({ file, ...analysis }, null, indent) + '\n'` (indent 0: no
 * white space), in pieces to write in order. The entities' and the claims' JSON may come already written, as UTF-8,
 * mostly by the claims worker (ParallelAnalyzer.analyzeWithJson): the same bytes, not written or encoded again here.
 */
export function resultPieces(file: string, analysis: Analysis, written: Partial<Record<keyof Analysis, Uint8Array | null>>, indent: number): Array<string | Uint8Array> {
  if (!written.entities && !written.claims) return [JSON.stringify({ file, ...analysis }, null, indent) + '\n'];
  const next = indent ? '\n' + ' '.repeat(indent) : '';
  const colon = indent ? ': ' : ':';
  const pieces: Array<string | Uint8Array> = [];
  let text = '{' + next + JSON.stringify('file') + colon + JSON.stringify(file);
  for (const [key, value] of Object.entries(analysis)) {
    if (value === undefined) continue; // JSON.stringify leaves such members out
    text += ',' + next + JSON.stringify(key) + colon;
    const bytes = written[key as keyof Analysis];
    if (bytes) {
      pieces.push(text, bytes);
      text = '';
    } else {
      text += memberJson(value, indent);
    }
  }
  pieces.push(text + (indent ? '\n' : '') + '}\n');
  return pieces;
}

// "But a New Hampshire ballot commission in January was more tentative. …, the commission recognized that …": a
// definite description takes up the indefinite one just before it, which names no one, not the organisation or person
// with that head named earlier ("the Illinois Board of Elections"). Only the words' own head noun is compared.
import type { Sentence } from '../text/token';

/** Words that may stand between "a"/"an" and the head noun ("a New Hampshire ballot commission", "a federal judge"). */
const MAX_MODIFIERS = 4;
/** Words that end a noun phrase: "a dozen of the party's", "a contributor with the company" hold no such antecedent. */
const NOT_MODIFIERS = new Set(['the', 'of', 'for', 'in', 'on', 'at', 'to', 'and', 'or', 'with', 'by', 'from', 'after', 'before',
  'about', 'as', 'than', 'that', 'which', 'who', 'his', 'her', 'its', 'their']);
/** What may follow the head when it ends its noun phrase ("a federal judge ruled", "a judge in Texas", "an official
 * familiar with"), besides a verb in -ed, -s or -ing; any other lower-case word makes the head a modifier ("A military
 * statement says"). */
const AFTER_HEAD = new Set(['has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'did', 'does', 'in', 'on', 'at', 'of', 'for', 'to', 'with', 'from', 'by', 'who', 'that', 'which', 'and', 'but', 'or', 'said', 'says',
  'familiar', 'close', 'not', 'also']);

/** Per head noun, its pattern: the same few heads ("the official", "the company") recur all through a long text. */
const patterns = new Map<string, RegExp>();

function patternFor(head: string): RegExp {
  let re = patterns.get(head);
  if (!re) {
    re = new RegExp(`\\b[Aa]n?\\s+((?:[\\p{L}.'’-]+\\s+){0,${MAX_MODIFIERS}})${head}\\b(?![’'])(\\s*,?\\s*[\\p{L}]+)?`, 'gu');
    patterns.set(head, re);
  }
  return re;
}

/**
 * Whether the current or the previous sentence, before `pos`, has "a"/"an", up to MAX_MODIFIERS words and the noun
 * `head` (lower case) ending its noun phrase, not followed by a name in apposition ("a federal judge, John Smith,").
 */
export function unnamedAntecedent(text: string, sentences: readonly Sentence[], pos: number, sentence: number, head: string): boolean {
  if (head.length < 3 || !/^\p{Ll}+$/u.test(head)) return false;
  const from = sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  const re = patternFor(head);
  re.lastIndex = 0;
  const window = text.slice(from, pos);
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (m[1].split(/\s+/).some((w) => NOT_MODIFIERS.has(w.toLowerCase()))) continue;
    const next = (m[2] ?? '').replace(/^[\s,]+/, '');
    if (/^\p{Lu}/u.test(next)) continue; // a name in apposition
    if (next !== '' && !AFTER_HEAD.has(next) && !/(?:ed|s|ing)$/.test(next)) continue; // the head modifies a noun
    return true;
  }
  return false;
}

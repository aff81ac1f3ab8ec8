// "But a New Hampshire ballot commission in January was more tentative. …, the commission recognized that …": a
// definite description takes up the indefinite one just before it, which names no one, not the organisation or person
// with that head named earlier ("the Illinois Board of Elections"). Only the words' own head noun is compared.
import type { Sentence } from '../text/token';

/** Words that may stand between "a"/"an" (or "one", "another") and the head noun ("a New Hampshire ballot commission",
 * "a federal judge"). */
const MAX_MODIFIERS = 4;
/** Words that end a noun phrase: "a dozen of the party's", "a contributor with the company" hold no such antecedent. */
const NOT_MODIFIERS = new Set(['the', 'of', 'for', 'in', 'on', 'at', 'to', 'and', 'or', 'with', 'by', 'from', 'after', 'before',
  'about', 'as', 'than', 'that', 'which', 'who', 'his', 'her', 'its', 'their']);
/** What may follow the head when it ends its noun phrase ("a federal judge ruled", "a judge in Texas", "an official
 * familiar with", "an Israeli official told"), besides a verb in -ed, -s or -ing; any other lower-case word makes the
 * head a modifier ("A military statement says"). */
const AFTER_HEAD = new Set(['has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'did', 'does', 'in', 'on', 'at', 'of', 'for', 'to', 'with', 'from', 'by', 'who', 'that', 'which', 'and', 'but', 'or', 'said', 'says',
  'familiar', 'close', 'not', 'also', 'told', 'wrote', 'spoke', 'gave', 'made', 'thought', 'felt', 'found', 'saw', 'knew']);

const SPACE = /\s/;
/** Characters of a modifier word ("New", "U.S.", "anti-war", "people’s"). */
const MODIFIER_CHAR = /[\p{L}.'’-]/u;
const LETTER = /\p{L}/u;
/** What JavaScript's \b counts as a word character. */
const WORD_CHAR = /[A-Za-z0-9_]/;

/**
 * Whether the current or the previous sentence, before `pos`, has "a"/"an"/"one"/"another", up to MAX_MODIFIERS words
 * and the noun `head` (lower case) ending its noun phrase, not followed by a name in apposition ("a federal judge, John
 * Smith,").
 * Scanned by hand from each occurrence of the head: a pattern per head noun cost ~0.2 ms to compile for each of the
 * hundreds of heads a long text has (half the speaker stage on the 5 MB corpus).
 */
export function unnamedAntecedent(text: string, sentences: readonly Sentence[], pos: number, sentence: number, head: string): boolean {
  if (head.length < 3 || !/^\p{Ll}+$/u.test(head)) return false;
  const from = sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  const window = text.slice(from, pos); // so that a search past the last occurrence stops at pos, not the text's end
  for (let w = window.indexOf(head); w >= 0; w = window.indexOf(head, w + 1)) {
    const h = from + w;
    const end = h + head.length;
    if (end < pos && (WORD_CHAR.test(text[end]) || text[end] === '’' || text[end] === "'")) continue;
    const modifiers = modifiersBefore(text, h, from);
    if (modifiers === null || modifiers.some((word) => NOT_MODIFIERS.has(word.toLowerCase()))) continue;
    const next = wordAfter(text, end, pos);
    if (next !== '' && /^\p{Lu}/u.test(next)) continue; // a name in apposition
    // The head modifies a noun ("A military statement says"); not after a comma ("According to a senior defense
    // official, the review began", "One official, who asked not to be named,").
    if (next !== '' && text[end] !== ',' && !AFTER_HEAD.has(next) && !/(?:ed|s|ing)$/.test(next)) continue;
    return true;
  }
  return false;
}

/**
 * The words between "a"/"an" and the head starting at `h` (the leftmost such article, as a pattern would find it),
 * or null when no article stands within MAX_MODIFIERS words before it.
 */
function modifiersBefore(text: string, h: number, floor: number): string[] | null {
  const words: string[] = [];
  let found: string[] | null = null;
  let i = h;
  for (let k = 0; k <= MAX_MODIFIERS; k++) {
    if (i <= floor || !SPACE.test(text[i - 1])) break;
    while (i > floor && SPACE.test(text[i - 1])) i--;
    const wordEnd = i;
    while (i > floor && MODIFIER_CHAR.test(text[i - 1])) i--;
    const word = text.slice(i, wordEnd);
    if (word === '') break;
    const article = /(?:^|[^A-Za-z0-9_])([Aa]n?|[Oo]ne|[Aa]nother)$/.exec(text.slice(Math.max(floor, wordEnd - 8), wordEnd));
    const before = wordEnd - (article?.[1].length ?? 0);
    if (article && (before <= floor || !WORD_CHAR.test(text[before - 1]))) found = [...words];
    if (i > floor && !SPACE.test(text[i - 1])) break; // a word that no modifier is ("2016", "(a")
    words.unshift(word);
  }
  return found;
}

/** The letters after the head, past spaces and one comma, within the window: what a name in apposition would start. */
function wordAfter(text: string, end: number, limit: number): string {
  let i = end;
  while (i < limit && SPACE.test(text[i])) i++;
  if (i < limit && text[i] === ',') i++;
  while (i < limit && SPACE.test(text[i])) i++;
  const start = i;
  while (i < limit && LETTER.test(text[i])) i++;
  return text.slice(start, i);
}

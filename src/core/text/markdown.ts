// Markdown articles are analysed as the prose they render to: link targets, emphasis delimiters, heading, list and
// blockquote markers, table borders, front matter, code and HTML are taken out, each block (list item, heading, table
// cell) starts a paragraph of its own, and every prose offset maps back to the file the user edits.
// "[Rachel Reeves](https://…) said" reads as "Rachel Reeves said", "**“No,”** said _Ms Badenoch_" as a quote and its
// speaker. Brackets that are not links stay: "[the minister]" in a quote is the reporter's insertion. A blockquote
// with no quote marks of its own gets them (markdownQuotes.ts): an embedded post or statement is a quotation.
import { blockquoteMarks } from './markdownQuotes';
import type { ProseEdit } from './markdownQuotes';
import { entityEdits } from './htmlEntities';

/** How an article's text is written; 'markdown' is read through markdownProse. */
export type ArticleFormat = 'plain' | 'markdown';

/** File name endings read as Markdown (VS Code's own `markdown` language has these and a few rarer ones). */
export const MARKDOWN_FILE_RE = /\.(?:md|markdown|mdown|mkd|mkdn|mdwn)$/i;

/** The rendered prose of a Markdown text, and for each of its characters the source offset it comes from. */
export interface Prose {
  readonly text: string;
  /** For each prose character (and one past the end), the source offset it stands at. */
  readonly toSource: Int32Array;
  /** For each prose character, the end of the source it stands for (past a whole "&quot;"). */
  readonly toSourceEnd: Int32Array;
  /** Source ranges of tables (whole rows): their cells are data, whose claims are not taken (proseSource.ts). */
  readonly tables: readonly { readonly start: number; readonly end: number }[];
}

/** What markup becomes in the prose: nothing (emphasis), a space between words (a link target), a paragraph break. */
const enum Markup { None = 0, Gone = 1, Space = 2, Break = 3 }
const GONE = '\u0000', SPACE = '\u0001', BREAK = '\u0002';
const MARKUP_CHARS_RE = /[\u0000-\u0002]/g;

export function markdownProse(source: string): Prose {
  const kinds = markupKinds(source);
  const entities = entityEdits(source, kinds, Markup.Gone);
  const shown = new Map(entities.map((e) => [e.at, e.text])); // what a blockquote's reader sees of an entity
  const quotes = blockquoteMarks(source, kinds, shown);
  const nested = new Set(quotes.filter((e) => e.place === 'instead').map((e) => e.at)); // "&quot;" nesting in a quotation
  const edits = [...entities.filter((e) => !nested.has(e.at)), ...quotes].sort((x, y) => x.at - y.at || ORDER[x.place] - ORDER[y.place]);
  return { ...proseOf(source, kinds, edits), tables: tableRanges(source, kinds) };
}

const ORDER = { before: 0, instead: 1, after: 2 } as const;

/** The source ranges of consecutive table rows (lines whose first "|" is markup: not one in a code block). */
function tableRanges(source: string, kinds: Uint8Array): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of source.matchAll(/^[ \t]*\|.*$/gm)) {
    const start = m.index!, end = start + m[0].length;
    if (kinds[start + m[0].indexOf('|')] !== Markup.Break) continue;
    const last = out[out.length - 1];
    if (last && /^\r?\n$/.test(source.slice(last.end, start))) last.end = end;
    else out.push({ start, end });
  }
  return out;
}

/** For each source character, what kind of markup it is (None for prose). Each step reads the text with the earlier
 *  steps' markup blanked to spaces (line breaks kept), so that later patterns see the prose around them. */
function markupKinds(source: string): Uint8Array {
  const kinds = new Uint8Array(source.length);
  const mark = (t: string, re: RegExp, f: (m: string, ...groups: string[]) => string): string => t.replace(re, (...args) => {
    const at = args[args.length - 2] as number;
    const r = f(...(args.slice(0, -2) as [string, ...string[]]));
    return r === args[0] ? r : r.replace(MARKUP_CHARS_RE, (c: string, i: number) => {
      kinds[at + i] = c === GONE ? Markup.Gone : c === SPACE ? Markup.Space : Markup.Break;
      return source[at + i] === '\n' || source[at + i] === '\r' ? source[at + i] : ' ';
    });
  });
  let t = mark(source, FRONT_MATTER_RE, (m, body) => (fieldLike(body) ? as(BREAK, m) : m));
  t = mark(t, FENCED_CODE_RE, (m) => as(BREAK, m));
  t = mark(t, HTML_COMMENT_RE, (m) => as(SPACE, m));
  t = mark(t, /^.*$/gm, lineMarker());
  t = mark(t, IMAGE_RE, (m) => as(SPACE, m));
  t = mark(t, WIKI_LINK_RE, (m, target, label) => keepLabel(m, label ?? target));
  t = mark(t, INLINE_LINK_RE, keepLabel);
  t = mark(t, REFERENCE_LINK_RE, keepLabel);
  t = mark(t, FOOTNOTE_REF_RE, (m) => as(SPACE, m));
  t = mark(t, INLINE_FOOTNOTE_RE, (m) => as(SPACE, m));
  t = mark(t, SHORTCODE_RE, (m) => as(SPACE, m));
  t = mark(t, HTML_TAG_RE, (m) => as(SPACE, m));
  t = mark(t, CODE_SPAN_RE, (_m, ticks, inner) => as(GONE, ticks) + inner + as(GONE, ticks));
  t = mark(t, STRONG_RE, (_m, d, inner) => as(GONE, d) + inner + as(GONE, d));
  t = mark(t, EMPHASIS_RE, (_m, before, d, inner) => before + as(GONE, d) + inner + as(GONE, d));
  mark(t, ESCAPE_RE, () => GONE);
  return kinds;
}

/** s's characters all as one kind of markup. */
const as = (kind: string, s: string): string => kind.repeat(s.length);

/** "[label](…)", "[label][ref]", "[[Target|label]]": the label stays, the rest is a space. */
function keepLabel(m: string, label: string): string {
  const at = m.lastIndexOf(label, m.indexOf(']'));
  return as(SPACE, m.slice(0, at)) + label + as(SPACE, m.slice(at + label.length));
}

/** The prose: markup taken out, a space kept where it parted words, a paragraph break where a block began, and the
 *  edits (a blockquote's quote marks, HTML entities' characters). */
function proseOf(source: string, kinds: Uint8Array, edits: readonly ProseEdit[]): Omit<Prose, 'tables'> {
  const parts: string[] = [];
  const size = source.length * 2 + edits.length * 2 + 2;
  const toSource = new Int32Array(size), toSourceEnd = new Int32Array(size);
  let n = 0, last = '\n', beforeLast = '\n'; // the prose's length and last two characters (none yet: as after a break)
  let pending = Markup.None, pendingAt = 0;
  let q = 0; // the next edit
  const put = (s: string, at: number, length = 1): void => {
    parts.push(s);
    for (let c = 0; c < s.length; c++) { toSource[n] = at; toSourceEnd[n++] = at + length; }
    beforeLast = s.length > 1 ? s[s.length - 2] : last;
    last = s[s.length - 1];
  };
  for (let i = 0; i < source.length;) {
    if (kinds[i] !== Markup.None) {
      if (kinds[i] > pending) { pending = kinds[i]; pendingAt = i; }
      i++;
      continue;
    }
    if (pending === Markup.Break && n > 0 && !(last === '\n' && beforeLast === '\n')) {
      if (last !== '\n') put('\n', pendingAt);
      put('\n', pendingAt);
    } else if (pending === Markup.Space && /\S/.test(last) && /\S/.test(source[i])) {
      put(' ', pendingAt);
    }
    pending = Markup.None;
    while (q < edits.length && edits[q].at === i && edits[q].place === 'before') put(edits[q++].text, i);
    if (q < edits.length && edits[q].at === i && edits[q].place === 'instead') {
      put(edits[q].text, i, edits[q++].length);
      while (q < edits.length && edits[q].at === i && edits[q].place === 'after') put(edits[q++].text, i);
      i++;
      continue;
    }
    // A run of prose characters, up to the next markup or edit.
    const stop = q < edits.length ? (edits[q].place === 'after' ? edits[q].at + 1 : edits[q].at) : source.length;
    let j = i + 1;
    while (j < source.length && j < stop && kinds[j] === Markup.None) j++;
    parts.push(source.slice(i, j));
    for (let k = i; k < j; k++) { toSource[n] = k; toSourceEnd[n++] = k + 1; }
    beforeLast = j - i > 1 ? source[j - 2] : last;
    last = source[j - 1];
    while (q < edits.length && edits[q].at === j - 1 && edits[q].place === 'after') put(edits[q++].text, j - 1);
    i = j;
  }
  toSource[n] = source.length;
  return { text: joinSoftBreaks(parts.join('')), toSource: toSource.slice(0, n + 1), toSourceEnd: toSourceEnd.slice(0, n) };
}

/** A line break inside a sentence ("That is not⏎sustainable", as editors and exports wrap lines) renders as a space:
 *  one between a word or comma and a lower-case letter becomes one (same length, so the offsets hold), so that a
 *  quotation or a sentence runs on over it; a break before a capital stays (a headline above its first line). */
function joinSoftBreaks(text: string): string {
  return text.includes('\n') ? text.replace(/(?<=[\p{L}\p{N},;])\n(?=\p{Ll})/gu, ' ') : text;
}

/** A YAML or TOML block's lines at the very start (metadata of static-site and notes tools), when they look like one. */
const fieldLike = (body: string): boolean => body.split(/\r?\n/).every((line) => line.trim() === '' || /^\s*(?:[\w.-]+\s*[:=]|-\s|#|\s)/.test(line));

const FRONT_MATTER_RE = /^(?:---|\+\+\+)\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?=\r?\n|$)/;
const FENCED_CODE_RE = /^[ \t]{0,3}(```+|~~~+)[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gm;
const HTML_COMMENT_RE = /<!--[\s\S]*?-->/g;
const IMAGE_RE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
/** Obsidian's "[[Target]]" and "[[Target|label]]". */
const WIKI_LINK_RE = /\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/g;
/** "[label](target "title")". */
const INLINE_LINK_RE = /\[([^\]\n]+)\]\([^)\s]*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?\)/g;
/** "[label][ref]" and "[label][]". */
const REFERENCE_LINK_RE = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
const FOOTNOTE_REF_RE = /\[\^[^\]\s]+\](?!:)/g;
/** Pandoc's inline footnote "^[The letter was dated February 9.]": a note, not the sentence's words. */
const INLINE_FOOTNOTE_RE = /\^\[[^\]\n]*\]/g;
/** WordPress shortcodes left by an export: "[caption id="…"]", "[/caption]", "[embed]". */
const SHORTCODE_RE = /\[\/?(?:caption|embed|gallery|video|audio|playlist|youtube|tweet)\b[^\]\n]*\]/g;
/** Tags and autolinks: "<em>", "</p>", "<br/>", "<https://…>"; not "<" in prose ("a < b"). */
const HTML_TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>|<(?:https?|mailto|ftp):[^>\s]*>/g;
const CODE_SPAN_RE = /(`+)(?!`)([^`\n]+?)\1(?!`)/g;
/** "**bold**", "***both***", "__bold__", "~~struck~~": a run that opens before a non-space and closes after one, in
 *  a paragraph. The inside never holds a double delimiter, so a try ends at the next one (linear on "**" left open). */
const STRONG_RE = /(\*\*\*|___|\*\*|__|~~)(?=\S)((?:[^*_~\n]|\n(?![ \t]*\n)|([*_~])(?!\3))*?\S)\1/g;
/** "*em*", "_em_"; an underscore only at word edges ("snake_case_name" stays), "2 * 3" has no pair. */
const EMPHASIS_RE = /(^|[^\w*\\])(\*|_)(?=[^\s*_])((?:(?!\n[ \t]*\n)[^*_])*?[^\s*_\\])\2(?![\w*])/gm;
/** "\*" shows as "*". */
const ESCAPE_RE = /\\(?=[!-/:-@[-`{-~])/g;

const WHOLE_LINE_MARKUP_RE = new RegExp([
  /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.source, // a thematic break
  /^[ \t]{0,3}=+[ \t]*$/.source, // a setext heading's underline
  /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/.source, // a table's delimiter row
  /^[ \t]{0,3}\[[^\]^\n][^\]\n]*\]:[ \t]+\S.*$/.source, // a link reference definition (a footnote's is prose)
].join('|'));
/** Blockquote '>'s ("> [!note]" an Obsidian callout's label), then a list item ("-", "*", "+", "1.", "2)", a task box). */
const QUOTE_AND_LIST_RE = /^[ \t]*((?:>[ \t]?)*)(?:\[![\w-]+\][+-]?[ \t]*)?((?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;
const HEADING_RE = /^#{1,6}(?:[ \t]+|$)/;
/** A footnote's label opening its definition ("[^1]: Forecast published in March."): the note is a paragraph. */
const FOOTNOTE_LABEL_RE = /^\[\^[^\]\s]+\]:[ \t]*/;
const CLOSING_HASHES_RE = /[ \t]+#+[ \t]*$/;

/** Marks one line's block markup at a time, in order: a block that begins on it (list item, heading, the first line
 *  of a quote, a table row) breaks the paragraph; a quote's later lines go on with it. */
function lineMarker(): (line: string) => string {
  let quotedBefore = false;
  return (whole) => {
    const cr = whole.endsWith('\r') ? '\r' : '';
    const line = whole.slice(0, whole.length - cr.length);
    const wasQuoted = quotedBefore;
    quotedBefore = false;
    if (WHOLE_LINE_MARKUP_RE.test(line)) return as(BREAK, line) + cr;
    const m = QUOTE_AND_LIST_RE.exec(line)!;
    const quoted = m[1].includes('>');
    quotedBefore = quoted;
    let rest = line.slice(m[0].length);
    const heading = HEADING_RE.exec(rest);
    const footnote = heading ? null : FOOTNOTE_LABEL_RE.exec(rest);
    const tableRow = /^\s*\|/.test(rest);
    const opens = m[2] !== undefined || heading !== null || footnote !== null || (quoted && !wasQuoted) || tableRow;
    let marker = as(opens ? BREAK : SPACE, m[0]);
    if (heading) {
      marker += as(BREAK, heading[0]);
      rest = rest.slice(heading[0].length).replace(CLOSING_HASHES_RE, (h) => as(SPACE, h));
    } else if (footnote) {
      marker += as(BREAK, footnote[0]);
      rest = rest.slice(footnote[0].length);
    }
    if (tableRow) rest = rest.replace(/\|/g, BREAK); // each cell its own block
    return marker + rest + cr;
  };
}

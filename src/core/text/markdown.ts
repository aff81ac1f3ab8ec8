// Markdown articles are analysed as the prose they render to: every markup character (link targets, emphasis
// delimiters, heading and list markers, blockquote '>', front matter, code, HTML tags) becomes a space, so the text
// keeps its length and line breaks and every offset found in it is an offset in the file the user edits.
// "[Rachel Reeves](https://…) said" reads as "Rachel Reeves … said", "**“No,”** said _Ms Badenoch_" as a quote
// and its speaker. Brackets that are not links stay: "[the minister]" in a quote is the reporter's insertion.

/** How an article's text is written; 'markdown' is read through maskMarkdown. */
export type ArticleFormat = 'plain' | 'markdown';

/** File name endings read as Markdown (VS Code's own `markdown` language has these and a few rarer ones). */
export const MARKDOWN_FILE_RE = /\.(?:md|markdown|mdown|mkd|mkdn|mdwn)$/i;

/** The text as its rendered prose, markup blanked to spaces: same length, same line breaks. */
export function maskMarkdown(text: string): string {
  let t = blankFrontMatter(text);
  t = t.replace(FENCED_CODE_RE, blank);
  t = t.replace(HTML_COMMENT_RE, blank);
  t = t.split(/(?<=\n)/).map(maskLineStart).join('');
  t = t.replace(IMAGE_RE, blank);
  t = t.replace(INLINE_LINK_RE, (m, label: string) => ` ${label}${blank(m.slice(label.length + 1))}`);
  t = t.replace(REFERENCE_LINK_RE, (m, label: string) => ` ${label}${blank(m.slice(label.length + 1))}`);
  t = t.replace(FOOTNOTE_REF_RE, blank);
  t = t.replace(HTML_TAG_RE, blank);
  t = t.replace(CODE_SPAN_RE, (m, ticks: string, inner: string) => blank(ticks) + inner + blank(ticks));
  t = t.replace(STRONG_RE, (_m, d: string, inner: string) => blank(d) + inner + blank(d));
  t = t.replace(EMPHASIS_RE, (_m, before: string, d: string, inner: string) => before + blank(d) + inner + blank(d));
  return t.replace(ESCAPE_RE, ' ');
}

const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** A YAML or TOML block at the very start (metadata of static-site and notes tools), only when it looks like one. */
function blankFrontMatter(text: string): string {
  const m = /^(---|\+\+\+)\r?\n([\s\S]*?)\r?\n(?:\1|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return text;
  const fieldLike = m[2].split(/\r?\n/).every((line) => line.trim() === '' || /^\s*(?:[\w.-]+\s*[:=]|-\s|#|\s)/.test(line));
  return fieldLike ? blank(m[0]) + text.slice(m[0].length) : text;
}

const FENCED_CODE_RE = /^[ \t]{0,3}(```+|~~~+)[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gm;
const HTML_COMMENT_RE = /<!--[\s\S]*?-->/g;
const IMAGE_RE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
/** "[label](target "title")": the label stays. */
const INLINE_LINK_RE = /\[([^\]\n]+)\]\([^)\s]*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?\)/g;
/** "[label][ref]" and "[label][]". */
const REFERENCE_LINK_RE = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
const FOOTNOTE_REF_RE = /\[\^[^\]\s]+\](?!:)/g;
/** Tags and autolinks: "<em>", "</p>", "<br/>", "<https://…>"; not "<" in prose ("a < b"). */
const HTML_TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>|<(?:https?|mailto|ftp):[^>\s]*>/g;
const CODE_SPAN_RE = /(`+)(?!`)([^`\n]+?)\1(?!`)/g;
/** "**bold**", "***both***", "__bold__", "~~struck~~": a run that opens before a non-space and closes after one, in a paragraph. */
const STRONG_RE = /(\*\*\*|___|\*\*|__|~~)(?=\S)((?:(?!\n[ \t]*\n)[\s\S])*?\S)\1/g;
/** "*em*", "_em_"; an underscore only at word edges ("snake_case_name" stays), "2 * 3" has no pair. */
const EMPHASIS_RE = /(^|[^\w*\\])(\*|_)(?=[^\s*_])((?:(?!\n[ \t]*\n)[^*_])*?[^\s*_\\])\2(?![\w*])/gm;
/** "\*" shows as "*". */
const ESCAPE_RE = /\\(?=[!-/:-@[-`{-~])/g;

const THEMATIC_BREAK_RE = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE_RE = /^[ \t]{0,3}=+[ \t]*$/;
const TABLE_DELIMITER_RE = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const LINK_DEFINITION_RE = /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S/;
/** Block markers a line opens with: blockquote '>'s, a list item ("-", "*", "+", "1.", "2)", with a task box), a heading. */
const LINE_START_RE = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?(?:#{1,6}(?:[ \t]+|(?=\r?\n|$)))?/;
const CLOSING_HASHES_RE = /[ \t]+#+[ \t]*$/;

/** One line (with its line break) with its block markup blanked. */
function maskLineStart(line: string): string {
  const body = line.replace(/\r?\n$/, '');
  const rest = line.slice(body.length);
  if (THEMATIC_BREAK_RE.test(body) || SETEXT_UNDERLINE_RE.test(body) || TABLE_DELIMITER_RE.test(body) || LINK_DEFINITION_RE.test(body)) {
    return blank(body) + rest;
  }
  const marker = LINE_START_RE.exec(body)![0];
  let out = blank(marker) + body.slice(marker.length);
  if (/#/.test(marker)) out = out.replace(CLOSING_HASHES_RE, blank);
  if (/^[ \t]*(?:>[ \t]?)*\|/.test(out)) out = out.replace(/\|/g, ' '); // a table row's cell borders
  return out + rest;
}

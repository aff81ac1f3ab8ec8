// An embedded post or statement is written in Markdown as a blockquote, with no quote marks of its own:
//   > Nordavia is welcome to ship its grain any way it likes. It is not welcome to ship it for free.
//   > — Transport Minister Aurel Dacian (@AurelDacian) February 11, 2026
// A reader sees a quotation; the prose gets the marks it stands for ("“Nordavia … for free.” — Transport Minister …"),
// so that "X wrote:" before it, or the signature after it, makes it X's direct claim.

/** A quote mark the prose gets: an opening one before the source character at `at`, a closing one after it, a single
 *  one in its place (a double quote inside the quotation: "some of the "SOTA" results" nests as ‘SOTA’). */
export interface QuoteMark {
  readonly at: number;
  readonly mark: '“' | '”' | '‘' | '’';
}

const QUOTE_MARKS_RE = /["“”„«»]/;
/** A transcript turn or a note's label opening the block ("AMSEL: I'm not going to …", "Update: …"). */
const LABEL_RE = /^\p{Lu}[\p{L}\d .'’-]{0,40}:\s/u;
/** A signature at the end of the block's last line: "… for free. — Aurel Dacian". */
const INLINE_SIGNATURE_RE = /\s[—–]\s*(?=[\p{Lu}@])[^—–]{1,120}$/u;

/** The quote marks of every blockquote that does not open with one (`kinds[i]` is 0 for a prose character, else
 *  markup). */
export function blockquoteMarks(source: string, kinds: Uint8Array): QuoteMark[] {
  const marks: QuoteMark[] = [];
  let blockStart = -1;
  let lineStart = 0;
  for (;;) {
    const nl = source.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? source.length : nl;
    const quoted = /^[ \t]*>/.test(source.slice(lineStart, Math.min(lineEnd, lineStart + 40)));
    if (quoted && blockStart < 0) blockStart = lineStart;
    if (!quoted && blockStart >= 0) { markBlock(source, kinds, blockStart, lineStart, marks); blockStart = -1; }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (blockStart >= 0) markBlock(source, kinds, blockStart, source.length, marks);
  return marks;
}

/** The marks of the block [from, to) (whole lines), if it is a quotation without marks of its own. */
function markBlock(source: string, kinds: Uint8Array, from: number, to: number, marks: QuoteMark[]): void {
  if (/^[ \t]*>[ \t]*\[!/.test(source.slice(from, from + 40))) return; // an Obsidian callout: a note, not a quotation
  const at: number[] = []; // the prose characters' source offsets
  let prose = '';
  for (let i = from; i < to; i++) if (kinds[i] === 0) { at.push(i); prose += source[i]; }
  const first = prose.search(/\S/);
  // A block that opens with a quote mark quotes on its own ("> “We will not gamble,” Reeves told reporters.");
  // marks inside a post ("some of the "SOTA" results") are the post's own.
  if (first < 0 || QUOTE_MARKS_RE.test(prose[first]) || LABEL_RE.test(prose.slice(first))) return;
  let end = prose.trimEnd().length; // the quotation ends before a signature line or a trailing "— Name"
  const lastLine = prose.lastIndexOf('\n', end - 1) + 1;
  if (lastLine > first && /^\s*(?:[—–]|--)/.test(prose.slice(lastLine))) end = lastLine;
  else {
    const sig = INLINE_SIGNATURE_RE.exec(prose.slice(lastLine, end));
    if (sig && lastLine + sig.index > first) end = lastLine + sig.index;
  }
  end = prose.slice(0, end).trimEnd().length;
  if (end <= first) return;
  marks.push({ at: at[first], mark: '“' });
  for (let i = first + 1; i < end - 1; i++) {
    if (QUOTE_MARKS_RE.test(prose[i])) marks.push({ at: at[i], mark: /[\s([]/.test(prose[i - 1]) ? '‘' : '’' });
  }
  marks.push({ at: at[end - 1], mark: '”' });
}

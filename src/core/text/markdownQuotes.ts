// An embedded post or statement is written in Markdown as a blockquote, with no quote marks of its own:
//   > Nordavia is welcome to ship its grain any way it likes. It is not welcome to ship it for free.
//   > — Transport Minister Aurel Dacian (@AurelDacian) February 11, 2026
// A reader sees a quotation; the prose gets the marks it stands for ("“Nordavia … for free.” — Transport Minister …"),
// so that "X wrote:" before it, or the signature after it, makes it X's direct claim.

/** Text the prose gets at the source character `at`: before it, after it, or instead of it. */
export interface ProseEdit {
  readonly at: number;
  readonly text: string;
  readonly place: 'before' | 'instead' | 'after';
  /** How many source characters an 'instead' edit stands for (an HTML entity's); 1 when absent. */
  readonly length?: number;
}

const QUOTE_MARKS_RE = /["“”„«»]/;
/** A transcript turn or a note's label opening the block ("AMSEL: I'm not going to …", "Update: …"). */
const LABEL_RE = /^\p{Lu}[\p{L}\d .'’-]{0,40}:\s/u;
/** A signature at the end of the block's last line: "… for free. — Aurel Dacian". */
const INLINE_SIGNATURE_RE = /\s[—–]\s*(?=[\p{Lu}@])[^—–]{1,120}$/u;

/** The quote marks of every blockquote that does not open with one (`kinds[i]` is 0 for a prose character, else
 *  markup; `shown`: the character an HTML entity at an offset stands for). */
export function blockquoteMarks(source: string, kinds: Uint8Array, shown: ReadonlyMap<number, string>): ProseEdit[] {
  const marks: ProseEdit[] = [];
  let blockStart = -1;
  let lineStart = 0;
  for (;;) {
    const nl = source.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? source.length : nl;
    const quoted = /^[ \t]*>/.test(source.slice(lineStart, Math.min(lineEnd, lineStart + 40)));
    if (quoted && blockStart < 0) blockStart = lineStart;
    if (!quoted && blockStart >= 0) { markBlock(source, kinds, shown, blockStart, lineStart, marks); blockStart = -1; }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (blockStart >= 0) markBlock(source, kinds, shown, blockStart, source.length, marks);
  return marks;
}

/** The marks of the block [from, to) (whole lines), if it is a quotation without marks of its own. */
function markBlock(source: string, kinds: Uint8Array, shown: ReadonlyMap<number, string>, from: number, to: number,
  marks: ProseEdit[]): void {
  if (/^[ \t]*>[ \t]*\[!/.test(source.slice(from, from + 40))) return; // an Obsidian callout: a note, not a quotation
  const at: number[] = []; // the prose characters' source offsets
  let prose = '';
  for (let i = from; i < to; i++) if (kinds[i] === 0) { at.push(i); prose += (shown.get(i) ?? source[i])[0]; }
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
  // The marks go around it; a double quote inside it nests as a single one ("some of the "SOTA" results": ‘SOTA’).
  marks.push({ at: at[first], text: '“', place: 'before' });
  for (let i = first + 1; i < end - 1; i++) {
    if (QUOTE_MARKS_RE.test(prose[i])) marks.push({ at: at[i], text: /[\s([]/.test(prose[i - 1]) ? '‘' : '’', place: 'instead' });
  }
  marks.push({ at: at[end - 1], text: '”', place: 'after' });
}

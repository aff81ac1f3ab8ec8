// A fact-checker's table of an article's claims, as Markdown to paste into a report or a ticket: one row per
// statement (src/core/statements.ts) in text order, with who says it, the cue, the user's status, tags and note.
import type { AnalysisIndex } from './analysisIndex';
import { statementNote, statementSource, statementStatus, statementTags, statementText } from './statements';

/** What the report reads of the article besides the analysis. */
export interface ReportText {
  /** The article's text between two offsets. */
  slice(start: number, end: number): string;
  /** The 1-based line an offset is on. */
  lineOf(offset: number): number;
}

const HEADER = '| Line | Speaker | Claim | Cue | Status | Tags | Note |\n|---:|---|---|---|---|---|---|\n';

/**
 * The claims of `index` as a Markdown table under a heading naming `title`. Every cell is plain text: the article's
 * words (and the user's) are escaped, so nothing in them can become a link, an image, HTML or another column.
 */
export function claimsReport(title: string, index: AnalysisIndex, text: ReportText): string {
  const rows = index.statements.map((pieces) => {
    const first = pieces[0];
    const source = statementSource(pieces, (s, e) => text.slice(s, e));
    const actors = index.speakersOf(pieces);
    const speaker = actors.length ? actors.map((a) => a.name).join(', ') : source ? `“${source}” (not named)` : '—';
    return [String(text.lineOf(first.start)), speaker, statementText(pieces), first.cue?.text ?? '', statementStatus(pieces) ?? 'unverified',
      statementTags(pieces).join(', '), statementNote(pieces)];
  });
  const body = rows.map((cells) => `| ${cells.map(cell).join(' | ')} |\n`).join('');
  return `## Claims in ${cell(title)}\n\n${rows.length} claim${rows.length === 1 ? '' : 's'}.\n\n${rows.length ? HEADER + body : ''}`;
}

/** One table cell: one line, Markdown punctuation and HTML escaped, at most 500 characters; "https://" and "www."
 * broken so that GitHub's bare-URL links do not form either. */
function cell(s: string): string {
  const line = s.replace(/\s+/g, ' ').trim();
  const short = line.length > 500 ? line.slice(0, 499) + '…' : line;
  return short.replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`).replace(/:\/\//g, ':\\/\\/').replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`);
}

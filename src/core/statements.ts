import type { Claim, ClaimStatusValue } from './types';

/**
 * One statement is the claims that share a cue and a speaker: its content in pieces around the cue, as PolNeAR marks
 * them ("⟨President Bush⟩ is expected ⟨to visit Texas⟩", "“Judge,” he said. “I have never …”"). The analysis keeps
 * each piece (its offsets are the text's, and scorers count pieces); the editor lists, shows and edits a statement as
 * one. Pieces are in text order; a claim without a cue (tagged by hand, a headline's) is a statement alone.
 */
export type Statement = readonly Claim[];

/** The statements of `claims` (sorted by start), in the order of their first pieces. */
export function groupStatements(claims: readonly Claim[]): Statement[] {
  const byCue = new Map<string, Claim[]>();
  const out: Claim[][] = [];
  for (const c of claims) {
    if (!c.cue) { out.push([c]); continue; }
    const key = `${c.cue.start}:${c.cue.end}:${c.speaker ?? ''}`;
    const open = byCue.get(key);
    if (open) { open.push(c); continue; }
    const pieces = [c];
    byCue.set(key, pieces);
    out.push(pieces);
  }
  return out;
}

/** Who makes a statement: its speaker, then those named with it ("Clinton and Sanders said"); empty for no actor. */
export function statementSpeakers(pieces: Statement): string[] {
  const { speaker, coSpeakers } = pieces[0];
  return speaker === null ? [] : [speaker, ...(coSpeakers ?? []).filter((id) => id !== speaker)];
}

/** What a statement says, its pieces joined by an ellipsis and its white space collapsed. */
export function statementText(pieces: Statement): string {
  return pieces.map((p) => p.text.replace(/\s+/g, ' ').trim()).join(' … ');
}

const MAX_SOURCE = 40;

/**
 * The words that name who says a statement, as the article writes them ("officials", "the top Iranian diplomat", "he"),
 * on one line and at most MAX_SOURCE characters; undefined when the statement has no source span (a claim tagged by
 * hand, a headline's). Shown beside the resolved speaker, or instead of one when the words name no actor. `slice` reads
 * the article's text between two offsets.
 */
export function statementSource(pieces: Statement, slice: (start: number, end: number) => string): string | undefined {
  const span = pieces.find((p) => p.speakerSpan !== null)?.speakerSpan;
  if (!span) return undefined;
  const words = slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (!words) return undefined;
  return words.length > MAX_SOURCE ? words.slice(0, MAX_SOURCE - 1) + '…' : words;
}

/** The user's status of a statement: its first piece's that has one (commands set every piece's alike). */
export function statementStatus(pieces: Statement): ClaimStatusValue | undefined {
  return pieces.find((p) => p.status !== undefined)?.status;
}

/** The user's tags on any piece of a statement, each once, in the order first met (a piece may carry its own from
 * before statements were edited as one). */
export function statementTags(pieces: Statement): string[] {
  return [...new Set(pieces.flatMap((p) => p.tags ?? []))];
}

/** The user's notes on the pieces of a statement, each distinct one once, joined by " / ". */
export function statementNote(pieces: Statement): string {
  return [...new Set(pieces.map((p) => p.note ?? '').filter((n) => n !== ''))].join(' / ');
}

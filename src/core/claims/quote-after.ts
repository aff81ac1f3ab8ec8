// A quote opened right after a cue's attribution ("…, Beck said, “I just …”"; "…, X told reporters, “…”"), and the
// phrase before such a parenthetical attribution, which is content unless it only introduces the sentence.
import type { DocContext } from './context';
import { isCloseQuoteMark, isOpenQuoteMark, isWord, nm } from './context';

const TOLD = new Set(['told', 'tells', 'telling']);
/** Longest recipient read between "told" and the comma before a quote ("told the Kyiv Independent by phone"). */
const MAX_RECIPIENT = 6;

/**
 * Whether a quote opens after the attribution ending at `j` (after a comma; "told" first past its recipient), with no
 * quote closing at the separator `sep` before it (then the attribution is a quote's own, "“…,” he said, “…”").
 */
export function quoteAfterCue(ctx: DocContext, j: number, head: string, b: number, sep: number): boolean {
  if (isCloseQuoteMark(ctx, sep) || (sep > 0 && isCloseQuoteMark(ctx, sep - 1))) return false;
  let k = j;
  if (TOLD.has(head)) while (k < b && k < j + MAX_RECIPIENT && isWord(ctx, k)) k++;
  return k + 1 < b && nm(ctx, k) === ',' && isOpenQuoteMark(ctx, k + 1);
}

// Words that open an introductory adjunct, not reported content ("When asked, he said, “…”", "In a call, she said, “…”").
const INTRO_LEADS = new Set(['but', 'as', 'when', 'after', 'before', 'while', 'since', 'in', 'at', 'on', 'during', 'asked', 'speaking', 'with']);

/**
 * "These and other sources, the lawyers said, “all command the same conclusion”": the phrase [s, e) before a
 * parenthetical attribution is a content piece, unless it is an adjunct ("Holding open a book, Beck said, “…”",
 * "Reacting to the remarks, X told reporters, “…”") or one connective word ("However, the minister said, “…”").
 */
export function isIntroAdjunct(ctx: DocContext, s: number, e: number): boolean {
  const w = nm(ctx, s);
  if (w.endsWith('ing') || w.endsWith('ed') || INTRO_LEADS.has(w)) return true;
  return e === s + 1 && CONNECTIVES.has(w);
}

// The reporter's links between paragraphs; PolNeAR marks a lone "That", "Clinton", even "Instead" as a content piece.
const CONNECTIVES = new Set(['however', 'meanwhile', 'moreover', 'furthermore', 'nonetheless', 'nevertheless', 'separately',
  'additionally', 'now', 'still', 'also', 'earlier', 'later']);

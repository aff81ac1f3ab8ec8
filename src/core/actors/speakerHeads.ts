// Continuity by a speaker span's head word: "The report says … It also points out" (the document again), "The Italian
// Foreign Ministry says … the ministry said" (the same ministry), "Officials say …, but they warn" (the same people).
import { roleKey } from './roles';
import type { SpeakerMark } from './salience';

/** Nouns of documents that speak ("the report says", "A statement from his office said"): "it" after one is that document. */
export const DOCUMENTS: ReadonlySet<string> = new Set(['report', 'letter', 'statement', 'memo', 'article', 'study', 'survey',
  'poll', 'document', 'documents', 'constitution', 'website', 'email', 'e-mail', 'message', 'book', 'editorial', 'ad',
  'advertisement', 'video', 'tape', 'recording', 'film', 'documentary', 'release', 'communique', 'resolution', 'ruling',
  'order', 'indictment', 'complaint', 'lawsuit', 'affidavit', 'filing', 'transcript', 'post', 'tweet', 'analysis',
  'assessment', 'review', 'audit', 'manifesto']);

/** roleKey of the word that ends at `end` (a speaker span's head: "ministry" in "The Italian Foreign Ministry"). */
export function lastWordKey(text: string, end: number): string {
  let b = end;
  while (b > 0 && /[\p{L}\p{M}'’-]/u.test(text[b - 1])) b--;
  return roleKey(text.slice(b, end));
}

/** The speaker span of the claim resolved last (claims go in order of speaker position) and its actor; its head word
 * is read only when a pronoun asks ("Officials say …, but they", "The report says … It also"). */
export class LastSpeaker {
  constructor(readonly start: number, readonly end: number, readonly sentence: number, readonly actor: number | null) {}

  /** Whether it spoke before `pos`, in the same sentence or the one before. */
  justBefore(pos: number, sentence: number): boolean {
    return this.start >= 0 && this.start < pos && sentence - this.sentence <= 1;
  }

  head(text: string): string {
    return lastWordKey(text, this.end);
  }
}

/**
 * The actor of the latest speaker, within `window` sentences before pos, whose span ends in the same noun ("The
 * Italian Foreign Ministry says … the ministry said …": the ministry, which resolved to Italy, not the organisation
 * named last), or null.
 */
export function sameHeadSpeaker(text: string, speakers: readonly SpeakerMark[], pos: number, sentence: number, noun: string, window: number): number | null {
  for (let k = speakers.length - 1; k >= 0; k--) {
    const s = speakers[k];
    if (s.start >= pos) continue;
    if (s.sentence < sentence - window) break;
    if (lastWordKey(text, s.end) === noun || headBeforeName(text, s.start, s.end) === noun || headBeforeFor(text, s.start, s.end) === noun) return s.actor;
  }
  return null;
}

/** "Indonesia's leading newspaper, Kompas,": the head before a name in apposition that ends the span, or ''. */
function headBeforeName(text: string, start: number, end: number): string {
  const comma = text.indexOf(',', start);
  return comma > start && comma < end && APPOSITION_NAME_RE.test(text.slice(comma, end)) ? lastWordKey(text, comma) : '';
}

/** "A spokesperson for the Alzheimer's Association", "A senior Foreign Ministry official, who spoke on condition of
 * anonymity,": an article, up to four words, then "for" / "of" / "at" / "with" or a relative clause. */
const HEAD_BEFORE_FOR_RE = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}.'’-]+\s+){0,3}([\p{Ll}'’-]+)(?:\s+(?:for|of|at|with|in)\s|,\s+who\s)/u;

/** The head before such a preposition ("spokesperson"), or ''. */
function headBeforeFor(text: string, start: number, end: number): string {
  const m = HEAD_BEFORE_FOR_RE.exec(text.slice(start, Math.min(end, start + 60)));
  return m ? roleKey(m[1]) : '';
}

/** A comma, a capitalised name of up to four words, an optional comma, nothing after but where the person is from
 * ("another MP, Sarwa Abdul Wahid of the New Generation movement,"). */
const APPOSITION_NAME_RE = /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:,?\s*$|of\s)/u;

// "In a statement, the Iraqi Foreign Ministry said … The statement added …", "The Labor Department issued a report …
// According to the report, …": a document that speaks says what its author says. Its author is found where the text
// last named such a document, within a few sentences: the speaker of a claim made there, else the actor whose name
// owns it ("the FBI's report", "A United Nations report") or issued it ("released by the WHO").
import type { Sentence } from '../text/token';
import type { Actor } from '../types';
import type { ClaimCover, SpeakerMark } from './salience';
import { firstEndingAfter } from './salience';
import type { MentionTable } from './types';

/** Nouns that name one document either way: "A poll by the Pew Research Center … According to the survey". */
const SAME_DOCUMENT: Readonly<Record<string, string>> = { poll: '(?:poll|survey)', survey: '(?:poll|survey)' };
/** Documents whose author a later "the …" stands for, each with its pattern as a word (singular or plural). */
const AUTHORED = new Map(['statement', 'report', 'letter', 'memo', 'memorandum', 'communique', 'release', 'study', 'survey',
  'analysis', 'audit', 'poll'].map((noun) => [noun, new RegExp(`\\b${SAME_DOCUMENT[noun] ?? noun}s?\\b`, 'gi')]));
/** Sentences before the speaking one where the document may have been named. */
const WINDOW = 2;
/** Further back, up to this many sentences, only a document named as a noun counts ("a joint report by the WHO
 * and UNICEF … The report said"), not a verb in another story of a bulletin ("The Associated Press reports …"). */
const FAR_WINDOW = 8;
/** Words before a document's noun: an article, possessive or adjective ("a joint report", "the FBI's report"). */
const NOUN_BEFORE =
  /(?:\b(?:a|an|the|its|his|her|their|new|joint|annual|latest|separate|written|final|draft)|['’]s?)\s+$/i;
/** Words between an author's name and its document: "The Labor Department Friday issued a report", "the FBI's annual report". */
const BETWEEN_AUTHOR = /^(?:['’]s?)?(?:\s+(?:issued|released|published|put|out|sent|wrote|a|an|the|its|his|her|their|new|annual|latest|joint|separate|written|own|\p{Lu}\p{Ll}+day))*\s+$/u;
/** After the document, before its author: "a statement issued by", "a report from". */
const AFTER_DOCUMENT = /^\s+(?:(?:issued|released|published|sent|written|signed)\s+)?(?:by|from)\s+(?:the\s+)?$/;
const AUTHOR_TYPES = new Set(['ORG', 'PERSON', 'GPE']);

/** "A statement from the Prime Minister's media office", "a letter signed by the minister": a document and its issuer. */
const ISSUED_BY_RE = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:statement|report|letter|memo|communique|release|readout)\s+(?:(?:issued|released|published|sent|written|signed)\s+)?(?:by|from)\s+/u;

/** Where the issuer starts in a span's text that names a document and who issued it, or -1. */
export function issuerStart(raw: string): number {
  const m = ISSUED_BY_RE.exec(raw);
  return m ? m[0].length : -1;
}

/** Whether "the <noun>" is a document whose author documentAuthor may find. */
export function isAuthoredDocument(noun: string): boolean {
  return AUTHORED.has(noun);
}

/** What documentAuthor reads of the speaker resolution. */
export interface DocumentContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: MentionTable;
  readonly actors: readonly Actor[];
  /** Speakers resolved so far, in text order. */
  readonly speakers: readonly SpeakerMark[];
  /** Claims' contents: a document named inside what someone says ("CBS reports that the letter …") is not theirs. */
  readonly cover: ClaimCover;
}

/**
 * The author of "the <noun>" speaking at `pos` in `sentence`: looked for where the nearest earlier mention of such a
 * document stands (outside any claim's content), in this sentence or the WINDOW before (FAR_WINDOW for a noun).
 * Null when that mention names no author, or there is none.
 */
export function documentAuthor(c: DocumentContext, pos: number, sentence: number, noun: string): number | null {
  const word = AUTHORED.get(noun);
  if (!word) return null;
  for (let s = sentence; s >= 0 && s >= sentence - FAR_WINDOW; s--) {
    const from = c.sentences[s].start;
    const region = c.text.slice(from, s === sentence ? pos : c.sentences[s].end);
    const far = s < sentence - WINDOW;
    let at = -1;
    let end = -1;
    word.lastIndex = 0;
    for (let m = word.exec(region); m; m = word.exec(region)) {
      if (c.cover.covers(from + m.index)) continue;
      if (far && !NOUN_BEFORE.test(region.slice(Math.max(0, m.index - 12), m.index))) continue;
      at = from + m.index;
      end = at + m[0].length;
    }
    if (at < 0) continue;
    return speakerIn(c, s, at) ?? namedAuthor(c, s, at, end);
  }
  return null;
}

/** The speaker of a claim made in sentence s ("In a statement, X said", "X said in a statement"), nearest to `at`. */
function speakerIn(c: DocumentContext, s: number, at: number): number | null {
  let best: SpeakerMark | null = null;
  for (let k = c.speakers.length - 1; k >= 0 && c.speakers[k].sentence >= s; k--) {
    const m = c.speakers[k];
    if (m.sentence === s && (best === null || Math.abs(m.start - at) < Math.abs(best.start - at))) best = m;
  }
  return best?.actor ?? null;
}

/** An actor named with the document in sentence s: its owner or issuer before it, or "by"/"from" after it. */
function namedAuthor(c: DocumentContext, s: number, at: number, end: number): number | null {
  const m = c.mentions;
  let before: number | null = null;
  for (let k = firstEndingAfter(m, c.sentences[s].start); k < m.count && m.start[k] < c.sentences[s].end; k++) {
    if (!AUTHOR_TYPES.has(c.actors[m.actor[k]].type)) continue;
    if (m.end[k] <= at && BETWEEN_AUTHOR.test(c.text.slice(m.end[k], at))) before = m.actor[k];
    if (m.start[k] >= end && AFTER_DOCUMENT.test(c.text.slice(end, m.start[k]))) return m.actor[k];
  }
  return before;
}

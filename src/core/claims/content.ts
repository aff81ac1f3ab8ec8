// Content span boundaries: trimming sentence punctuation, widening to quotes that run past the sentence, and
// finding where content starts after a cue (skipping recipients and adjuncts: "told reporters on Monday that").
import type { DocContext } from './context';
import { nm } from './context';
import { isCapitalized, isCloseQuoteMark, isOpenQuoteMark } from './context';
import { CLAUSE_OPENERS, clauseAfterAddressee, isWordLower, OBJECT_PRONOUNS } from './addressee';
import { messageIssuedBy } from './passive-source';
import { FINITE, isPastForm, MESSAGES, PERSONAL_SUBJECTS, PREPOSITIONS, RECEIVED, RECIPIENT_CUES, ROUTED, RELATIVE_PRONOUNS, TIME_LEADS, TOLD_FORMS, TIMES_OF_DAY, WEEKDAYS, isMannerAdverb, isNumberStart } from './words';

const TRAILING = new Set(['.', ',', ';', ':', '—', '–', '-', '(', ')', 'and', 'but', 'or']);
const CLAUSE_ENDS = new Set(['.', '!', '?', ';']);

/**
 * Drops sentence punctuation and dangling conjunctions from the end of [s, e); a closing parenthesis stays when its
 * opening one lies in the content ("Rep. John Culberson (R-TX)", "the Trans-Pacific Partnership (TPP)").
 */
export function trimEnd(ctx: DocContext, s: number, e: number): number {
  while (e > s && TRAILING.has(nm(ctx, e - 1)) && !isCloseQuoteMark(ctx, e - 1)) {
    if (ctx.tokens.text(e - 1) === ')' && opensWithin(ctx, s, e - 1)) break;
    e--;
  }
  return e;
}

/** Words that link a clause to the one before: dangling at a content's end when a nested cue's clause was cut off. */
const CLAUSE_LINK_WORDS = new Set(['after', 'before', 'when', 'because', 'although', 'though', 'while', 'whereas', 'if', 'until', 'since']);

/**
 * trimEnd, and a link word left at the end with it: "…reconsider the plan, after | a new survey found that …" ends at
 * "plan" when the nested claim "a new survey found …" is cut off.
 */
export function trimEndAtNested(ctx: DocContext, s: number, e: number): number {
  const t = trimEnd(ctx, s, e);
  return t - 1 > s && CLAUSE_LINK_WORDS.has(nm(ctx, t - 1)) ? trimEnd(ctx, s, t - 1) : t;
}

/** Whether a "(" in [s, close) is left open before the ")" at close. */
export function opensWithin(ctx: DocContext, s: number, close: number): boolean {
  let depth = 0;
  for (let k = close - 1; k >= s; k--) {
    const t = ctx.tokens.text(k);
    if (t === ')') depth++;
    else if (t === '(' && depth-- === 0) return true;
  }
  return false;
}

export function trimStart(ctx: DocContext, s: number, e: number): number {
  while (s < e && ctx.tokens.kind(s) !== 'word' && ctx.tokens.kind(s) !== 'number' && !isOpenQuoteMark(ctx, s)) {
    if (ctx.quoteOf[s] >= 0 && ctx.quotes[ctx.quoteOf[s]].start < ctx.tokens.start(s)) break;
    s++;
  }
  return s;
}

/** Character span of tokens [s, e), widened to whole quotes that begin before or end after it. */
export function charSpan(ctx: DocContext, s: number, e: number): { start: number; end: number } {
  let start = ctx.tokens.start(s);
  let end = ctx.tokens.end(e - 1);
  const qs = ctx.quoteOf[s];
  if (qs >= 0 && ctx.quotes[qs].start < start) start = ctx.quotes[qs].start;
  const qe = ctx.quoteOf[e - 1];
  if (qe >= 0 && ctx.quotes[qe].end > end) end = ctx.quotes[qe].end;
  return { start, end };
}

/** Token index where the content begins after a cue ending at `j`, or -1 when none follows in [j, hi). */
export function contentStartAfter(ctx: DocContext, j: number, head: string, hi: number): number {
  if (j + 1 < hi && nm(ctx, j) === 'by' && messageIssuedBy(ctx, j)) j = afterIssuer(ctx, j + 1, hi);
  // "told him: “…”": the colon after an addressee opens the content (after the cue itself it is the cue's).
  if (j < hi && (ctx.tokens.text(j) === ',' || ctx.tokens.text(j) === ':') && j + 1 < hi && isOpenQuoteMark(ctx, j + 1)) j++;
  // "said, though, that …", "stated, in a statement to SPA following the session, that …": step over a parenthetical
  // between commas (a longer one when it names the message).
  if (j < hi && ctx.tokens.text(j) === ',') {
    let k = j + 1;
    const reach = inMessage(ctx, j + 1, hi) ? 12 : 6;
    while (k < hi && k < j + reach && ctx.tokens.text(k) !== ',') k++;
    j = k < hi && ctx.tokens.text(k) === ',' ? k + 1 : j + 1;
  }
  if (j >= hi || CLAUSE_ENDS.has(nm(ctx, j)) || timeThenBreak(ctx, j, hi)) return -1;
  // "said on Monday it would …", "said last week the talks …": the content starts after the time adjunct.
  const afterTime = timeAdjunctEnd(ctx, j, hi);
  if (afterTime > j && afterTime < hi && opensClause(ctx, afterTime)) return contentStartAfter(ctx, afterTime, head, hi);
  const n = nm(ctx, j);
  if (n === 'that' || isOpenQuoteMark(ctx, j)) return j;
  const conduit = conduitThat(ctx, j, hi);
  if (conduit > 0) return conduit;
  const recipient = RECIPIENT_CUES.has(head);
  // "vowed to hold accountable all those involved in the clashes that erupted …": an infinitive is the content; a
  // "that" further on is a relative clause inside it (not "said to reporters that …").
  if (n === 'to' && !recipient && j + 2 < hi && isWordLower(ctx, j + 1) && !NOT_VERBS_AFTER_TO.has(nm(ctx, j + 1))) return j;
  // "assured him it was done", "asking them not to …": an object pronoun is the recipient, not the content.
  if (recipient && OBJECT_PRONOUNS.has(n) && j + 1 < hi && !CLAUSE_ENDS.has(nm(ctx, j + 1))
    && (n !== 'her' || !isWordLower(ctx, j + 1) || CLAUSE_OPENERS.has(nm(ctx, j + 1)))) {
    return contentStartAfter(ctx, j + 1, '', hi);
  }
  if (recipient) {
    const clause = clauseAfterAddressee(ctx, j, hi);
    if (clause >= 0) return clause;
  }
  // "wrote in | a note to clients that …": the cue phrase took the message's "in".
  const msg = j > 0 && nm(ctx, j - 1) === 'in' && j + 1 < hi && MESSAGES.has(nm(ctx, j + 1)) ? j - 1 : j;
  // "said about 400 homes had been destroyed … and that …": "about" before a number is an approximation, no preposition.
  if (n === 'about' && j + 1 < hi && isNumberStart(ctx.tokens.text(j + 1))) return j;
  // "said in a note on Monday they expected …": after the message, and a time adjunct, a subject pronoun opens the content.
  const me = messageEnd(ctx, msg, hi);
  const afterMessage = me > 0 ? timeAdjunctEnd(ctx, me, hi) : -1;
  if (afterMessage > 0 && afterMessage + 1 < hi && PERSONAL_SUBJECTS.has(nm(ctx, afterMessage))) return afterMessage;
  if (recipient || PREPOSITIONS.has(n) || msg < j) {
    let relative = false;
    let clause = false;
    for (let k = j; k < Math.min(hi, j + 20); k++) {
      const m = nm(ctx, k);
      // "said in a letter sent to lawmakers that …": the message's route, then its content.
      const routed = k === me ? conduitThat(ctx, k, hi) : -1;
      if (routed > 0) return routed;
      // "to" ends the search ("agreed to make a payment to the United States"), but for the listener of a message
      // ("said in a comment to Ukrainska Pravda that", "warned in a letter to Commission President … that").
      if (m === 'to' && k > j && !(k === me &&
        (recipientAfterTo(ctx, k + 1, hi) || (k + 1 < hi && AUDIENCES.has(nm(ctx, k + 1)))))) return j;
      // "told supporters at a rally that drew thousands": a "that" after a noun with a verb right after it is a relative
      // clause on that noun, no content ("told reporters at a briefing that the war …" is).
      if (FINITE.has(m)) clause = true; // "said this was a bilateral agreement that could …": the content's own clause
      if (m === 'that' && k > j + 1 && !clause && relativeVerbAt(ctx, k + 1, hi)) { relative = true; continue; }
      if (m === 'that' || m === 'whether' || m === 'how' || m === 'what' || isOpenQuoteMark(ctx, k)) {
        return k > j && (recipient || m === 'that' || isOpenQuoteMark(ctx, k)) ? k : j;
      }
      if (m === ':' && k + 1 < hi) return k + 1;
      // "Here's what they told us.": the listener ends the clause; "told" has no content after it.
      if (CLAUSE_ENDS.has(m) && TOLD_FORMS.has(head) && listenerOnly(ctx, j, k)) return -1;
      if (CLAUSE_ENDS.has(m) || (m === ',' && !(k + 1 < hi && isOpenQuoteMark(ctx, k + 1)))) {
        // The words after the cue were its listener, place and a relative clause: no content ("told supporters at a rally
        // that drew thousands."); not a fronted adjunct before the content's clause ("said by holding protests that have
        // killed 18 people, Muslims have …").
        if (relative && (recipient || m !== ',')) return -1;
        break;
      }
    }
  }
  // A bare preposition belongs to the cue ("his views on X", "talked about X"), not to the content; not "about" before
  // a number ("said about 20 people have …").
  if (CUE_PREPOSITIONS.has(n) && j + 1 < hi && !CLAUSE_ENDS.has(nm(ctx, j + 1)) && !(n === 'about' && isNumberStart(ctx.tokens.text(j + 1)))) return j + 1;
  return j;
}


/** A finite verb at i, as opens a relative clause's predicate ("that drew", "that was held", "that lasted"). */
function relativeVerbAt(ctx: DocContext, i: number, hi: number): boolean {
  if (i >= hi || isCapitalized(ctx, i)) return false;
  const w = nm(ctx, i);
  return FINITE.has(w) || isPastForm(w);
}

/** Whether [j, k) is only a listener: a pronoun ("us"), the press ("reporters") or a name ("the BBC", "Al Jazeera"). */
function listenerOnly(ctx: DocContext, j: number, k: number): boolean {
  if (k - j === 1 && (OBJECT_PRONOUNS.has(nm(ctx, j)) || AUDIENCES.has(nm(ctx, j)) || nm(ctx, j) === 'reporters')) return true;
  if (k <= j || k - j > 4) return false;
  for (let i = nm(ctx, j) === 'the' ? j + 1 : j; i < k; i++) if (!isCapitalized(ctx, i)) return false;
  return true;
}

/**
 * "said in a statement received by Rudaw that …", "said in a letter seen by Reuters that …": after the message's route
 * the content starts at "that" (a few words on, no comma between); else -1.
 */
function conduitThat(ctx: DocContext, j: number, hi: number): number {
  if (j + 2 >= hi || !(RECEIVED.has(nm(ctx, j)) || ROUTED.has(nm(ctx, j))) || !PREPOSITIONS.has(nm(ctx, j + 1))) return -1;
  for (let k = j + 2; k < hi && k < j + 10; k++) {
    const m = nm(ctx, k);
    if (m === 'that') return k;
    if (m === ',' || CLAUSE_ENDS.has(m) || isOpenQuoteMark(ctx, k)) return -1;
  }
  return -1;
}

const CUE_PREPOSITIONS = new Set(['on', 'about', 'of', 'for', 'with', 'over', 'in', 'at', 'by', 'from', 'into']);

/** Words that open an adjunct of time, place or medium after "said" ("said into the phone", "said during a visit"),
 * not one a cue takes as its topic ("concerned about", "commented on"). */
const SETTING_OPENERS = new Set(['in', 'at', 'during', 'after', 'before', 'via', 'through', 'into', 'onto', 'outside',
  'inside', 'near', 'behind', 'around', 'across', 'toward', 'towards', 'amid', 'alongside', 'yesterday', 'today', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Whether only a manner adverb and/or a prepositional phrase of time, place or medium follow position j, with no
 * quote, up to the clause end: "said pleasantly into the phone.", "said on Monday.".
 */
export function onlyMannerOrPlaceFollows(ctx: DocContext, j: number, hi: number): boolean {
  if (j < hi && isMannerAdverb(ctx.tokens.text(j))) j++;
  if (j >= hi || CLAUSE_ENDS.has(nm(ctx, j))) return true;
  if (!SETTING_OPENERS.has(nm(ctx, j))) return false;
  for (let k = j; k < hi; k++) {
    const m = nm(ctx, k);
    if (ctx.quoteOf[k] >= 0 || m === 'that' || m === ':' || m === 'to' || m === ',') return false;
    if (CLAUSE_ENDS.has(m)) return true;
  }
  return true;
}


const SUBJECT_ONLY = new Set(['he', 'she', 'they', 'we', 'i']);

/** The times a time adjunct names ("last week", "early Sunday", "yesterday"). */
const TIME_NOUNS = new Set([...WEEKDAYS, ...TIMES_OF_DAY, 'week', 'month', 'year', 'weekend', 'today', 'yesterday', 'tonight']);

/**
 * "Smith said last week.", "the deal announced Monday, …": a time adjunct alone, then the clause ends or a comma
 * follows; no content ("last week's vote" goes on).
 */
function timeThenBreak(ctx: DocContext, j: number, hi: number): boolean {
  let k = j < hi && TIME_LEADS.has(nm(ctx, j)) ? j + 1 : j;
  if (k >= hi || !TIME_NOUNS.has(nm(ctx, k))) return false;
  k++;
  if (k < hi && TIMES_OF_DAY.has(nm(ctx, k))) k++;
  return k >= hi || CLAUSE_ENDS.has(nm(ctx, k)) || nm(ctx, k) === ',';
}

/** Words that open a reported clause without "that" (its subject's first word). */
const SUBJECT_OPENERS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'there', 'this', 'these', 'those', 'the', 'a',
  'an', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'all', 'no', 'several', 'both', 'that']);

/** Whether token k can open the content clause after a time adjunct: a subject's first word, a name, a number, a
 * quote ("said on Monday it …"; not "appeared on Sunday news shows", "reported on Sunday now suggest"). */
function opensClause(ctx: DocContext, k: number): boolean {
  const n = nm(ctx, k);
  return SUBJECT_OPENERS.has(n) || isOpenQuoteMark(ctx, k) || ctx.tokens.kind(k) === 'number'
    || (isCapitalized(ctx, k) && !PREPOSITIONS.has(n));
}

/**
 * End of a time adjunct at j ("on Monday", "on Monday night", "last week", "earlier this week", "late Sunday",
 * "yesterday"), or j when none is there.
 */
export function timeAdjunctEnd(ctx: DocContext, j: number, hi: number): number {
  let k = j;
  if (k < hi && (nm(ctx, k) === 'earlier' || nm(ctx, k) === 'later') && k + 1 < hi && TIME_LEADS.has(nm(ctx, k + 1))) k++;
  if (k < hi && TIME_LEADS.has(nm(ctx, k))) k++;
  // A capitalised time of day names a programme ("told Morning Report the regulator …"), not when it was said.
  if (k >= hi || !TIME_NOUNS.has(nm(ctx, k)) || (TIMES_OF_DAY.has(nm(ctx, k)) && isCapitalized(ctx, k))) return j;
  k++;
  if (k < hi && TIMES_OF_DAY.has(nm(ctx, k))) k++;
  // "said last week's vote …": the time word is the content's own.
  return k < hi && /^['’]/.test(ctx.tokens.text(k)) ? j : k;
}

/** Whether nothing but an adjunct (time, place, medium, recipient) follows position j up to a clause end. */
export function onlyAdjunctFollows(ctx: DocContext, j: number, head: string, hi: number, limit = 12): boolean {
  if (j >= hi || CLAUSE_ENDS.has(nm(ctx, j)) || nm(ctx, j) === ',' || timeThenBreak(ctx, j, hi)) return true;
  // "warned he may delay …": a subject pronoun after a recipient cue opens the content clause; a recipient would be
  // "him", "them".
  if (SUBJECT_ONLY.has(nm(ctx, j))) return false;
  // A time of day is what is left of "said Friday afternoon" once the lexicon's cue "said friday" took the weekday.
  const adjunct = PREPOSITIONS.has(nm(ctx, j)) || TIMES_OF_DAY.has(nm(ctx, j));
  if (!adjunct && !RECIPIENT_CUES.has(head)) return false;
  // "denounced on Monday the continued detention of …": the object after a time adjunct (agency word order).
  const afterTime = adjunct ? timeAdjunctEnd(ctx, j, hi) : j;
  if (afterTime > j && afterTime < hi && OBJECT_OPENERS.has(nm(ctx, afterTime))) return false;
  for (let k = j; k < hi && k < j + limit; k++) {
    const m = nm(ctx, k);
    // "confirmed to The Verge on Wednesday": a recipient, where a later "to" is a verb's ("urged him to act").
    if (m === 'to' && k === j && SAID_TO.has(head) && ctx.tokens.text(k) === 'to' && recipientAfterTo(ctx, k + 1, hi)) continue;
    // "wrote in a note to clients.": the message's listeners.
    if (m === 'to' && k > j && MESSAGES.has(nm(ctx, k - 1)) && (recipientAfterTo(ctx, k + 1, hi) || (k + 1 < hi && AUDIENCES.has(nm(ctx, k + 1))))) continue;
    if (m === 'that' && k > j + 1 && relativeVerbAt(ctx, k + 1, hi)) continue; // "told supporters at a rally that drew …"
    if (m === 'that' || isOpenQuoteMark(ctx, k) || m === ':' || m === 'to') return false;
    // "warned an al-Qaida cell is operating …": what looked like the recipient is the subject of the content clause
    // (a relative clause on the recipient has its pronoun first: "told reporters who were …").
    if (!adjunct && FINITE.has(m) && !RELATIVE_PRONOUNS.has(nm(ctx, k - 1))) return false;
    if (m === ',' && !adjunct && thatAfterAside(ctx, k, hi)) return false;
    if (CLAUSE_ENDS.has(m) || m === ',') return true;
  }
  return j + limit >= hi;
}


/** Words after "to" that open its object, not an infinitive ("said to reporters that …", "wrote to his members"). */
const NOT_VERBS_AFTER_TO = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these',
  'those', 'some', 'all', 'reporters', 'journalists', 'him', 'them', 'me', 'us', 'you', 'one', 'two', 'both', 'each', 'every',
  'any', 'many', 'most', 'several', 'other', 'others', 'colleagues', 'supporters', 'lawmakers', 'members', 'staff', 'investors',
  'whom', 'which', 'what', 'local', 'state', 'national', 'foreign', 'news', 'about', 'date']);

const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'these', 'those']);

/** Whether "in a <message>" opens at token i ("in a statement", "in a note", "in an interview"). */
function inMessage(ctx: DocContext, i: number, hi: number): boolean {
  return messageEnd(ctx, i, hi) > 0;
}

/** Where "in a statement" or "in a separate filing" from i ends (after the message's noun, one adjective allowed before
 *  it), else -1. */
function messageEnd(ctx: DocContext, i: number, hi: number): number {
  if (i + 2 >= hi || nm(ctx, i) !== 'in') return -1;
  if (MESSAGES.has(nm(ctx, i + 2))) return i + 3;
  return i + 3 < hi && isWordLower(ctx, i + 2) && MESSAGES.has(nm(ctx, i + 3)) ? i + 4 : -1;
}

/** Speech verbs whose listener follows "to" ("confirmed to The Verge"); not "opposed to", "pleaded guilty to". */
const SAID_TO = new Set(['said', 'says', 'confirmed', 'confirms', 'explained', 'admitted', 'acknowledged', 'wrote', 'announced',
  'complained', 'revealed', 'disclosed', 'denied', 'stated', 'insisted', 'noted', 'stressed', 'emphasized', 'emphasised',
  'conceded', 'suggested', 'declared', 'indicated', 'mentioned', 'signaled', 'signalled', 'implied', 'implies']);

/** After "to": a name ("to The Verge", "to the BBC") or the press ("to reporters"), not a verb or a thing ("to a charge"). */
function recipientAfterTo(ctx: DocContext, i: number, hi: number): boolean {
  if (i >= hi || ctx.quoteOf[i] >= 0) return false;
  const n = nm(ctx, i);
  return n === 'reporters' || n === 'journalists' || (n === 'the' ? i + 1 < hi && isCapitalized(ctx, i + 1) : isCapitalized(ctx, i));
}

/** Listeners of a message named by a plural noun ("in a note to clients that …"); after a bare verb ("wrote to
 * investors, telling them …") such a "to" phrase is no sign that the content came before. */
const AUDIENCES = new Set(['clients', 'investors', 'shareholders', 'lawmakers', 'colleagues', 'employees', 'staff',
  'supporters', 'members', 'students']);

/** Longest apposition on a recipient (tokens) before its "that". */
const MAX_RECIPIENT_ASIDE = 8;

/** "told his Japanese counterpart, Taro Aso, that …": an apposition on the recipient, then the content's "that". */
function thatAfterAside(ctx: DocContext, comma: number, hi: number): boolean {
  for (let k = comma + 1; k < hi && k <= comma + MAX_RECIPIENT_ASIDE; k++) {
    const t = ctx.tokens.text(k);
    if (t === ',') return k + 1 < hi && nm(ctx, k + 1) === 'that';
    if (CLAUSE_ENDS.has(nm(ctx, k)) || ctx.quoteOf[k] >= 0) return false;
  }
  return false;
}

/**
 * Where reported content stops before the sentence end (PolNeAR leaves out what the author adds): a trailing
 * participial clause (", using her experience …"), a relative clause on the last noun (", who headed …"), or a
 * new clause ("… and she performed well").
 */
export function contentTail(ctx: DocContext, s: number, e: number): number {
  for (let k = s + 2; k < e - 1; k++) {
    if (ctx.quoteOf[k] >= 0) continue;
    const comma = isCommaAt(ctx, k);
    const n = nm(ctx, k + 1);
    if (comma && n.length > 4 && n.endsWith('ing') && n !== 'including' && n !== 'according' && !isCapitalized(ctx, k + 1)) return k;
    if (comma && (n === 'who' || n === 'which')) return k;
    if (nm(ctx, k) === 'and' && /^(he|she|they|we|i)$/.test(n)) return isCommaAt(ctx, k - 1) ? k - 1 : k;
  }
  return e;
}

const SUMMARY_NOUNS = new Set(['pledge', 'promise', 'forecast', 'prediction', 'claim', 'assertion', 'move', 'decision',
  'view', 'stance', 'position', 'figure', 'estimate', 'projection', 'remark', 'comment', 'statement', 'charge', 'accusation',
  'allegation', 'warning', 'threat', 'boast', 'vow', 'step', 'proposal', 'suggestion']);

/**
 * Where a content [s, e) ends before the reporter's word on it ("…, a pledge that has narrowed her options", "…, a
 * forecast several consultancies consider optimistic"): the comma before "a"/"an" and such a noun, else e.
 */
export function beforeReportersAside(ctx: DocContext, s: number, e: number): number {
  for (let k = s + 2; k + 2 < e; k++) {
    if (!isCommaAt(ctx, k)) continue;
    const j = isCloseQuoteMark(ctx, k + 1) ? k + 2 : k + 1; // '"below two percent," a forecast …'
    if (j + 1 >= e || ctx.quoteOf[j] >= 0) continue;
    const n = nm(ctx, j);
    if ((n === 'a' || n === 'an') && SUMMARY_NOUNS.has(nm(ctx, j + 1))) return j === k + 1 ? k : j;
  }
  return e;
}

/** Token i is a comma. One compare for every test in contentTail: a compare of its own before "and he" had seen only
 * one kind of string when contentTail was compiled, and the next kind deoptimised it ("wrong instance type"). */
function isCommaAt(ctx: DocContext, i: number): boolean {
  return ctx.tokens.text(i) === ',';
}

const REPORTING = new Set(['reports', 'reported', 'reporting']);

/**
 * "Sam Beattie reports from Beijing.", "… reports for VOA from Beijing.": a correspondent's sign-off, whose place is no
 * content (PolNeAR marks none); "Kari Barber reports from Conakry that …" has its content after "that".
 */
export function signOff(ctx: DocContext, head: string, j: number, b: number): boolean {
  if (!REPORTING.has(head) || j >= b) return false;
  // "reports from Beijing", "reports for VOA from Beijing": place and outlet, to the sentence end.
  let from = false;
  for (let k = j; k < b; k++) {
    const n = nm(ctx, k);
    if (n === 'from') from = true;
    else if (n === 'that' || n === ':' || n === ',' || ctx.quoteOf[k] >= 0 || (k === j && n !== 'for')) return false;
  }
  return from;
}

/**
 * "said in a statement released by | the Trump campaign the AP report merits …": the issuer is no content; it ends
 * where the next noun phrase or clause opens (within six words). Else `from`, the issuer kept.
 */
function afterIssuer(ctx: DocContext, from: number, hi: number): number {
  for (let k = from + 1; k < hi && k <= from + 6; k++) {
    const n = nm(ctx, k);
    if (n === 'the' || n === 'a' || n === 'an' || n === 'that' || isOpenQuoteMark(ctx, k)) return k;
    if (n === ',' || n === '.') break;
  }
  return from;
}

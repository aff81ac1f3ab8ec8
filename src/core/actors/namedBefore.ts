// Speakers a span stands for through who was named just before it: "the campaign" is the candidate whose campaign was
// named last; "the two", "both men", "Both candidates" are the two people last named together ("Sanders and Clinton"),
// "the two sides" the two of a meeting just told.
import type { Sentence } from '../text/token';
import type { Span } from '../types';
import { lastMentionBefore } from './salience';
import type { ActorGrouping } from './types';

const CAMPAIGN_AFTER_RE = /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+)?campaign\b/u;
const CAMPAIGN_WINDOW = 5;

/** The person whose campaign was named last before pos, within CAMPAIGN_WINDOW sentences, or null (a campaign that
 * was never named after its candidate is nobody we know). */
export function campaignOwner(g: ActorGrouping, text: string, pos: number, sentence: number): number | null {
  const t = g.mentions;
  for (let k = lastMentionBefore(t, pos); k >= 0 && t.sentence[k] >= sentence - CAMPAIGN_WINDOW; k--) {
    if (g.actors[t.actor[k]].type === 'PERSON' && t.end[k] <= pos && CAMPAIGN_AFTER_RE.test(text.slice(t.end[k], Math.min(pos, t.end[k] + 40)))) return t.actor[k];
  }
  return null;
}

/** "the two", "both", "Both men", "the two candidates": a pair of people, unnamed in the span. */
export const PAIR_RE = /^(?:the two|both)(?:\s+(?:men|women|candidates|lawmakers|leaders|ministers|senators|presidents|politicians|rivals|contenders|sides))?$/i;
/** "the two sides", "both sides": the two of a meeting (meetingPair), not any two named together. */
export const SIDES_RE = /^(?:the two|both) sides$/i;
/** Pairs a meeting just told may name when no two people were named together: "The two leaders also discussed …"
 * (not "the two lawmakers", "both candidates": roles the people met need not have). */
export const MET_PAIR_RE = /^(?:the two|both)(?:\s+(?:sides|leaders|men|women|ministers|presidents))?$/i;
/** Between two people named together: "and", "&", a comma before "and", a title ("Mr. Effron and Mr. Pruzan"). */
const TOGETHER_RE = /^,?\s+(?:and|&)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+|(?:Republican|Democrat|President|Senator|Secretary)\s+)?$/;
const PAIR_WINDOW = 2;

/**
 * The two people last named together before pos ("Sanders and Clinton", "Republican Trump and Democrat Clinton"),
 * within PAIR_WINDOW sentences, first one first; null when no two are (the last two people named may be people talked
 * about, so only a pair the text itself joins counts).
 */
export function pairNamedTogether(g: ActorGrouping, text: string, pos: number, sentence: number): [number, number] | null {
  const t = g.mentions;
  const isPerson = (k: number): boolean => g.actors[t.actor[k]].type === 'PERSON';
  let later = -1; // the person mention after k, other mentions between passed over ("Republican Trump and Democrat Clinton")
  for (let k = lastMentionBefore(t, pos); k >= 0 && t.sentence[k] >= sentence - PAIR_WINDOW; k--) {
    if (!isPerson(k) || t.end[k] > pos) continue;
    if (later >= 0 && t.actor[k] !== t.actor[later] && t.end[k] <= t.start[later] &&
      TOGETHER_RE.test(text.slice(t.end[k], t.start[later]))) return [t.actor[k], t.actor[later]];
    later = k;
  }
  return null;
}

/** A host's verbs: the one received is the one met, and the visitor. */
const HOST_VERBS = 'received|receives|hosted|hosts|welcomed|welcomes';
/** A word and its space, as many as a title and a day take ("visiting Iraqi Foreign Minister", "on Sunday his"). */
const WORDS = "(?:[\\p{L}.'’-]+\\s+)";
/** Where a meeting is told, up to the one met: a meeting's verb or noun and "with" ("met with", "held talks with",
 * "another meeting with", "spoke by phone with"), or a verb of receiving ("received on Sunday his Iranian counterpart"),
 * then at most eight words (a title, a day). */
const MEETING_RE = new RegExp(`\\b(?:(?:met|meets|meeting|meetings|talks|talked|spoke|speaks|conversation|call)(?:\\s+(?:by phone|on the phone))?\\s+with|met|meets|${HOST_VERBS})\\s+${WORDS}{0,8}$`, 'u');
/** The subject's meeting verb, where the subject ends: "held another meeting with", "met with", "had talks with". */
const SUBJECT_END_RE = /\s+(?:(?:also\s+)?(?:held|had)\s+(?:a|an|another|separate|\w+)?\s*|met\b|spoke\b|talked\b|received\b|hosted\b|welcomed\b)/;
/** A meeting told as an introduction to its sentence: "In a phone conversation with …", "During a meeting with …". */
const INTRODUCTION_RE = /^\s*(?:In|During|At)\s+(?:a|an|the|their|his|her)\b/;
/** Sentences back a meeting may have been told. */
const MEETING_WINDOW = 2;

/**
 * "The top Iranian diplomat held another meeting with Hadi al-Amiri, …, where the two sides discussed …", "Han Zheng
 * met with visiting Iraqi Foreign Minister Fuad Hussein …, with both sides pledging …": the two people of the meeting
 * last told before `span` (this sentence or the two before), the clause's subject first, then the one met; or null.
 * `resolve` reads a subject that names no one ("The top Iranian diplomat").
 */
export function meetingPair(text: string, g: ActorGrouping, sentences: readonly Sentence[], span: Span, sentence: number,
  resolve: (subject: Span) => number | null): [number, number] | null {
  const t = g.mentions;
  for (let k = lastMentionBefore(t, span.start); k >= 0 && t.sentence[k] >= sentence - MEETING_WINDOW; k--) {
    const other = t.actor[k];
    if (g.actors[other].type !== 'PERSON' || t.end[k] > span.start) continue;
    const from = sentences[t.sentence[k]].start;
    const before = text.slice(Math.max(from, t.start[k] - 80), t.start[k]);
    const m = MEETING_RE.exec(before);
    if (!m) continue;
    const subject = subjectOf(text, g, from, t.start[k] - before.length + m.index, t.end[k], sentences[t.sentence[k]].end, resolve);
    return subject !== null && subject !== other && g.actors[subject].type === 'PERSON' ? [subject, other] : null;
  }
  return null;
}

/**
 * The person who met: the first person named in [from, to), else the description before the meeting verb, resolved;
 * after an introduction ("In a phone conversation with Kaja Kallas, Araghchi said …") the person named first after
 * the one met (`otherEnd`), in the same sentence (ending at `sentenceEnd`).
 */
function subjectOf(text: string, g: ActorGrouping, from: number, to: number, otherEnd: number, sentenceEnd: number,
  resolve: (subject: Span) => number | null): number | null {
  const t = g.mentions;
  let first = -1;
  for (let k = lastMentionBefore(t, to); k >= 0 && t.start[k] >= from; k--) if (g.actors[t.actor[k]].type === 'PERSON') first = k;
  if (first >= 0) return t.actor[first];
  const clause = text.slice(from, to);
  if (INTRODUCTION_RE.test(clause)) {
    for (let k = lastMentionBefore(t, otherEnd) + 1; k < t.count && t.start[k] < sentenceEnd; k++) {
      if (t.start[k] >= otherEnd && g.actors[t.actor[k]].type === 'PERSON') return t.actor[k];
    }
    return null;
  }
  const verb = SUBJECT_END_RE.exec(clause);
  if (!verb || verb.index === 0 || !/^(?:The|the)\s/.test(clause)) return null;
  return resolve({ start: from, end: from + verb.index });
}

/** A description of the visitor: "the visiting minister", "The visiting Iranian president", "the Iranian guest". */
export const VISITING_RE = /\b(?:visiting|guest)\b/i;
/** Before the visitor's name: a host's verb ("received on Sunday his Iranian counterpart") or "visiting" itself. */
const VISITOR_BEFORE_RE = new RegExp(`\\b(?:(?:${HOST_VERBS})\\s+${WORDS}{0,8}|visiting\\s+${WORDS}{0,5})$`, 'u');
/** After the visitor's name: ", who arrived in Baghdad", "who is on a two-day visit". */
const VISITOR_AFTER_RE = /^,?\s+who\s+(?:arrived|is visiting|was visiting|is on an?\s+(?:[\w-]+\s+)?visit)/;
/** In the visitor's own sentence: "… has held talks … during his two-day visit to Damascus". */
const OWN_VISIT_RE = /\b(?:during|on|concluding|at the end of)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}visit\b/i;
const VISIT_WINDOW = 10;

/** Whether mention k is the first person's mention of its sentence. */
function firstPersonOfSentence(g: ActorGrouping, k: number): boolean {
  const t = g.mentions;
  for (let j = k - 1; j >= 0 && t.sentence[j] === t.sentence[k]; j--) if (g.actors[t.actor[j]].type === 'PERSON') return false;
  return true;
}

/** The person last told as the visitor ("Hussein received his Iranian counterpart Abbas Araghchi, who arrived …")
 * within VISIT_WINDOW sentences before pos, or null. */
export function visitorBefore(text: string, g: ActorGrouping, sentences: readonly Sentence[], pos: number, sentence: number): number | null {
  const t = g.mentions;
  for (let k = lastMentionBefore(t, pos); k >= 0 && t.sentence[k] >= sentence - VISIT_WINDOW; k--) {
    if (g.actors[t.actor[k]].type !== 'PERSON' || t.end[k] > pos) continue;
    const from = sentences[t.sentence[k]].start;
    if (VISITOR_BEFORE_RE.test(text.slice(Math.max(from, t.start[k] - 80), t.start[k])) ||
      VISITOR_AFTER_RE.test(text.slice(t.end[k], t.end[k] + 40))) return t.actor[k];
    // The sentence's first person, whose own visit it is.
    if (OWN_VISIT_RE.test(text.slice(t.end[k], sentences[t.sentence[k]].end)) && firstPersonOfSentence(g, k)) return t.actor[k];
  }
  return null;
}

// Speakers a span stands for through who was named just before it: "the campaign" is the candidate whose campaign was
// named last; "the two", "both men", "Both candidates" are the two people last named together ("Sanders and Clinton").
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
export const PAIR_RE = /^(?:the two|both)(?:\s+(?:men|women|candidates|lawmakers|leaders|ministers|senators|presidents|politicians|rivals|contenders))?$/i;
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

// "The head of Hamas's political bureau Ismail Haniyeh has said": a description of an office that ends with the name
// of whoever holds it. The name comes after the head noun's complement, where a person does not speak ("the head of
// the PAC backing Jeb Bush"), so the span's shape alone gave the organisation; a name right after a noun (no verb,
// participle or preposition before it) names the head.
import { lastMentionBefore } from './salience';
import type { ActorGrouping } from './types';

const HEAD_OF_RE = /^(?:[Tt]he\s+)?(?:head|leader|chief|chairman|chairwoman|chair|director|president|commander|secretary-general|secretary general)\s+of\s/;
/** The word before the name: a noun that the name stands in apposition to ("bureau", "Council"), lower or upper case. */
const NOT_BEFORE_NAME = /^(?:by|for|to|with|from|of|and|or|in|on|at|against|as|about|than|who|that|the|a|an)$|ing$|ed$|['’]s?$/i;

/** The person whose name ends the span `raw` (starting at `start`) when it reads "the head of … Name", or null. */
export function headOfNamed(g: ActorGrouping, text: string, start: number, raw: string): number | null {
  if (!HEAD_OF_RE.test(raw)) return null;
  const end = start + raw.length;
  const k = lastMentionBefore(g.mentions, end);
  if (k < 0 || g.mentions.end[k] !== end || g.mentions.start[k] <= start || g.actors[g.mentions.actor[k]].type !== 'PERSON') return null;
  const before = /(\S+)\s+$/.exec(text.slice(start, g.mentions.start[k]));
  return before !== null && !NOT_BEFORE_NAME.test(before[1]) ? g.mentions.actor[k] : null;
}

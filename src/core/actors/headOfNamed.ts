// "The head of Hamas's political bureau Ismail Haniyeh has said", "Iran's Chief of Staff of the Armed Forces Major
// General Mohammad Bagheri, who …, told": a description of an office followed by the name of whoever holds it. The
// name comes after the head noun's complement, where a person does not speak ("the head of the PAC backing Jeb
// Bush"), so the span's shape alone gave the organisation; a name right after a noun (no verb, participle or
// preposition before it) that ends the span or its apposition's start names the head.
import { firstEndingAfter } from './salience';
import type { ActorGrouping } from './types';

const HEAD_OF_RE = /^(?:[Tt]he\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?(?:head|leader|chief|chairman|chairwoman|chair|director|president|commander|secretary-general|secretary general)\s+of\s/iu;
/** The word before the name: a noun that the name stands in apposition to ("bureau", "Forces"), lower or upper case. */
const NOT_BEFORE_NAME = /^(?:by|for|to|with|from|of|and|or|in|on|at|against|as|about|than|who|that|the|a|an)$|ing$|ed$|['’]s?$/i;

/** The person named after "the head of …" in the span `raw` (trimmed text of a span from `from`), or null. */
export function headOfNamed(g: ActorGrouping, text: string, from: number, raw: string): number | null {
  if (raw.indexOf(' of ') < 0 || !HEAD_OF_RE.test(raw)) return null;
  const start = text.indexOf(raw, from);
  const end = start + raw.length;
  const m = g.mentions;
  for (let k = firstEndingAfter(m, start); k < m.count && m.start[k] < end; k++) {
    if (m.start[k] <= start || g.actors[m.actor[k]].type !== 'PERSON') continue;
    const after = text.slice(m.end[k], end);
    if (after !== '' && after[0] !== ',') return null;
    const before = /(\S+)\s+$/.exec(text.slice(start, m.start[k]));
    return before !== null && !NOT_BEFORE_NAME.test(before[1]) ? m.actor[k] : null;
  }
  return null;
}

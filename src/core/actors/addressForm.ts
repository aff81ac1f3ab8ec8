// "President His Highness Sheikh Mohamed bin Zayed … received … His Highness affirmed …": a form of address as the
// speaker is the person the article last gave that form, not the last man named (a minister at the meeting).
import { lastMentionBefore } from './salience';
import { ADDRESS_FORMS } from './spanText';
import type { ActorGrouping } from './types';

const FORM_RE = new RegExp(`^(?:his|her)\\s+(${ADDRESS_FORMS})$`, 'i');
/** How far after the form its person's name may start ("His Highness Sheikh Mohamed": the honorific between). */
const NAME_REACH = 30;

/** The person last given the form of address `raw` ("His Highness") before pos, or undefined (not a form, or none). */
export function addressedPerson(g: ActorGrouping, text: string, pos: number, raw: string): number | undefined {
  const m = FORM_RE.exec(raw);
  if (!m) return undefined;
  const form = m[1].toLowerCase();
  const lower = text.slice(0, pos).toLowerCase();
  for (let at = lower.lastIndexOf(form); at >= 0; at = at > 0 ? lower.lastIndexOf(form, at - 1) : -1) {
    // The first person whose mention covers the form or starts just after it.
    const mentions = g.mentions;
    for (let k = Math.max(0, lastMentionBefore(mentions, at + 1)); k < mentions.count && mentions.start[k] <= at + form.length + NAME_REACH; k++) {
      if (mentions.end[k] <= at || mentions.start[k] >= pos || g.actors[mentions.actor[k]].type !== 'PERSON') continue;
      return mentions.actor[k];
    }
  }
  return undefined;
}

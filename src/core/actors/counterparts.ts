// "Al Busaidi … in a phone call with his Iranian counterpart Hossein Amir-Abdollahian": a counterpart holds the
// possessor's office in another country, so "the Iranian foreign minister" later in the story is Amir-Abdollahian.
// Diplomatic wire news names most of its people this way.
import type { Actor } from '../types';
import { lookupCountry } from './countries';
import { firstEndingAfter } from './salience';
import type { ActorProfile, MentionTable, MutableProfile } from './types';

/** "his [Iranian] counterpart[,] ", "Rouhani's Turkish counterpart ": what may stand right before the counterpart's name. */
const COUNTERPART_BEFORE = /(?:\b([Hh]is|[Hh]er)|['’]s?)\s+(?:(\p{Lu}[\p{L}-]*)\s+)?counterpart,?\s+$/u;
/** How far before a name the pattern is looked for (characters). */
const LOOK_BACK = 60;

/**
 * Gives each person introduced as someone's counterpart the possessor's roles and role phrases ("foreign minister"),
 * after the profiles are built. The possessor is the person whose name ends right before "'s", else for "his"/"her"
 * the last other person named before in the same sentence, or when none the first named after it. Countries are not
 * copied; the nationality before "counterpart" is the counterpart's.
 */
export function inheritCounterpartRoles(text: string, m: MentionTable, actors: readonly Actor[], profiles: readonly ActorProfile[]): void {
  // From each "counterpart" in the text (rare) to the mention after it, not from each of a long text's mentions back.
  for (let at = text.indexOf('counterpart'); at >= 0; at = text.indexOf('counterpart', at + 1)) {
    let k = firstEndingAfter(m, at);
    while (k < m.count && m.start[k] <= at) k++;
    if (k >= m.count || m.start[k] - at > LOOK_BACK || actors[m.actor[k]].type !== 'PERSON') continue;
    const from = Math.max(0, m.start[k] - LOOK_BACK);
    const match = COUNTERPART_BEFORE.exec(text.slice(from, m.start[k]));
    if (!match) continue;
    const a = m.actor[k];
    // "his Omani counterpart Salim Al-Rawahi": the nationality stands before "counterpart", apart from the name, so
    // the name's own title scan did not read it; "the Omani foreign minister" ten sentences later needs it.
    const nationality = match[2] === undefined ? undefined : lookupCountry(match[2]);
    if (nationality?.demonym && profiles[a].countries.size === 0) (profiles[a] as MutableProfile).countries = new Set([nationality.country.code]);
    const possessor = possessorOf(m, actors, k, from + match.index, match[1] === undefined);
    if (possessor < 0 || possessor === a) continue;
    copyRoles(profiles[possessor], profiles[a] as MutableProfile);
  }
}

/** The actor of the possessor of a counterpart phrase starting at `at` (before mention k), or -1. */
function possessorOf(m: MentionTable, actors: readonly Actor[], k: number, at: number, genitive: boolean): number {
  for (let j = k - 1; j >= 0 && m.sentence[j] === m.sentence[k]; j--) {
    if (actors[m.actor[j]].type !== 'PERSON' || m.actor[j] === m.actor[k]) continue;
    if (genitive) return m.end[j] === at ? m.actor[j] : -1;
    if (m.end[j] <= at) return m.actor[j];
  }
  if (genitive) return -1;
  // "In a call with his Saudi counterpart X on Monday, Araghchi praised …": the subject after the opening phrase.
  for (let j = k + 1; j < m.count && m.sentence[j] === m.sentence[k]; j++) {
    if (actors[m.actor[j]].type === 'PERSON' && m.actor[j] !== m.actor[k]) return m.actor[j];
  }
  return -1;
}

function copyRoles(from: ActorProfile, to: MutableProfile): void {
  if (from.roles.size === 0) return;
  to.roles = new Set([...to.roles, ...from.roles]);
  to.rolePhrases = new Set([...to.rolePhrases, ...from.rolePhrases]);
}

// The person a role description ("the Iraqi advisor", "the Syrian official", "the minister") names: the best fit of
// the people named recently (scoreDescription), the most recent first.
import { type Description, scoreDescription } from './describe';
import { recentActors, type SpeakerMark } from './salience';
import type { LastSpeaker } from './speakerHeads';
import type { ActorGrouping } from './types';
import { isHead } from './roles';

/** Sentences a description reaches back. */
const DESCRIPTION_WINDOW = 30;
/** Sentences a pronoun reaches back (resolve.ts), and a country's description for people of no known country. */
export const PRONOUN_WINDOW = 3;

/**
 * The person who fits a role description best. When the description names an organisation ("The leader of the
 * Shi'ite militant group Hezbollah", "The official Xinhua news agency"), only someone the text ties to it (else
 * insideSpeaker: the organisation), not any leader or official named recently. This also drops a few right guesses
 * where the grouping did not tie the person to the organisation before the head ("House speaker" for Paul Ryan).
 */
export function bestDescribed(g: ActorGrouping, speakers: readonly SpeakerMark[], last: LastSpeaker, pos: number, sentence: number, d: Description,
  inside: readonly number[]): number | null {
  const orgs = inside.filter((a) => g.actors[a].type === 'ORG');
  let best: number | null = null;
  let bestScore = 0;
  // A description naming a country ("The head of U.S. troops …") reaches far only for people of that country: someone
  // with no country known fits it only when named in the last few sentences.
  const near = d.countries.length > 0 ? new Set(recentActors(g, pos, sentence, PRONOUN_WINDOW, speakers)) : undefined;
  // "Abbas said … The Syrian official added": the speaker just before, of no known country, fits as one of it, and one
  // of the country comes before a compatriot named since ("Wang said … the greetings of President Xi … The Chinese
  // official noted").
  const lastActor = near && last.justBefore(pos, sentence) ? last.actor : null;
  let lastFit = 0;
  let other: number | null = null; // the best of everyone else, and the best known to be of the described country
  let otherScore = 0;
  let ofCountry = -1;
  let ofCountryFit = 0;
  for (const a of recentActors(g, pos, sentence, DESCRIPTION_WINDOW, speakers)) {
    if (g.actors[a].type !== 'PERSON') continue;
    if (orgs.length > 0 && !orgs.some((o) => g.profiles[a].orgs.has(o))) continue;
    if (near && g.profiles[a].countries.size === 0 && !near.has(a)) continue;
    const fit = scoreDescription(d, g.profiles[a]);
    const s = fit > 0 && a === lastActor ? fit + (g.profiles[a].countries.size === 0 ? 2 : 1) : fit;
    if (s > bestScore) { best = a; bestScore = s; }
    if (a === lastActor) { lastFit = fit; continue; }
    if (fit > otherScore) { other = a; otherScore = fit; }
    if (fit > ofCountryFit && d.countries.length > 0 && ofDescribedCountry(d, g.profiles[a].countries)) { ofCountry = a; ofCountryFit = fit; }
  }
  // The speaker just before, of no known country, comes first ("Assad said … Abbas said … The Syrian official added"),
  // unless one of the country holds the same office: two foreign ministers are of two countries ("Sayyid Badr, Foreign
  // Minister, … Sheikh Abdullah, Minister of Foreign Affairs of the State of Kuwait … the Kuwaiti minister").
  if (best !== null && best === lastActor && g.profiles[best].countries.size === 0 && ofCountry >= 0 && ofCountryFit >= lastFit &&
    sameOffice(g.profiles[best].roles, g.profiles[ofCountry].roles)) return other;
  return best;
}

/** Whether a person's countries hold one the description names (no closure per candidate). */
function ofDescribedCountry(d: Description, countries: ReadonlySet<string>): boolean {
  for (let k = 0; k < d.countries.length; k++) if (countries.has(d.countries[k])) return true;
  return false;
}

/** Whether two people's roles share an office: a head role and a word that modifies it ("foreign" and "minister"). */
function sameOffice(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let head = false;
  let modifier = false;
  for (const r of a) {
    if (!b.has(r) || GENERIC_ROLES.has(r)) continue;
    if (isHead(r)) head = true;
    else modifier = true;
  }
  return head && modifier;
}

/** Roles every office holder gets (context.ts), which say nothing of the office. */
const GENERIC_ROLES = new Set(['official', 'cabinet', 'diplomat', 'leader', 'head']);

/** "the Leader", "the Supreme Leader": Iran's Supreme Leader, written with a capital, not any leader or president. */
const THE_LEADER_RE = /^(?:[Tt]he\s+)?(?:Supreme\s+)?Leader$/;

/**
 * The person "the Leader" means: one the article titled Supreme Leader, else an ayatollah titled leader ("The Leader of
 * the Islamic Revolution Ayatollah …"), else its ayatollah named most often (a president's "leader" role had made "the
 * Leader said" President Pezeshkian's); null when the span is no such.
 */
export function theLeader(g: ActorGrouping, raw: string): number | null {
  if (!THE_LEADER_RE.test(raw)) return null;
  let best: number | null = null;
  let bestRank = 0;
  for (let a = 0; a < g.actors.length; a++) {
    if (g.actors[a].type !== 'PERSON') continue;
    const roles = g.profiles[a].roles;
    // "Supreme" alone may be a council's ("Secretary of the Supreme National Security Council Ali Larijani").
    const rank = roles.has('supreme') && roles.has('leader') ? 3 : roles.has('ayatollah') && roles.has('leader') ? 2 : roles.has('ayatollah') ? 1 : 0;
    if (rank > bestRank || (rank > 0 && rank === bestRank && best !== null && g.actors[a].mentions > g.actors[best].mentions)) {
      best = a;
      bestRank = rank;
    }
  }
  return best;
}

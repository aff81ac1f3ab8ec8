// The organisation or country a description speaks for when it names one inside its span: "Iran’s Foreign Ministry
// said", "a spokesman for the ministry", "the Cuban U.N. ambassador in Geneva" (resolve.ts asks when no person fits).
import type { Description } from './describe';
import { parseDescription } from './describe';
import type { EntityType } from '../types';
import { hasRoleClass, onlyReligiousHonorifics } from './roles';
import { lastMentionOf } from './salience';
import type { ActorGrouping } from './types';

const TYPE_PREFERENCE = ['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'MISC', 'EVENT'];

/** Bodies of a state: a role noun after one speaks for the state ("Iran's foreign ministry spokesman"). */
const STATE_BODIES = new Set(['government', 'ministry', 'military', 'army', 'administration', 'authorities', 'regime']);

/**
 * An organisation or country speaking ("Iran’s Foreign Ministry said"). Behind a role noun only an organisation
 * stands in ("a spokesman for the ministry"), never the country of a demonym ("Iranian officials"), unless a body of
 * the state comes between ("Iran's foreign ministry spokesman"). `typeOf` is an actor's type as the span names it.
 */
export function insideSpeaker(g: ActorGrouping, inside: readonly number[], d: Description,
  typeOf: (a: number) => EntityType = (a) => g.actors[a].type, raw = ''): number | null {
  // "A Labour MP said", "a GOP lawmaker close to leadership said": one member, not the party or chamber speaking; "A
  // Hamas fighter", "A soldier from the 47th Brigade", "an employee of the company" (no role the roles table knows).
  if (d.indefinite && ((d.head !== undefined && MEMBER_HEADS.has(d.head)) || ONE_MEMBER_RE.test(raw))) return null;
  // "two GOP lawmakers", "Senate aides in both parties": members, or a chamber's staff, speak for no party or chamber.
  // But "analysts at Grandview Capital said", "economists with the bank wrote": a firm's research speaks for the firm.
  if (d.plural && ((PLURAL_MEMBERS_RE.test(raw) && !FIRM_RESEARCH_RE.test(raw)) || CHAMBER_AIDES_RE.test(raw))) return null;
  // "A former Eskom procurement official has told …": someone who left the body no longer speaks for it.
  if (d.head !== undefined && FORMER_RE.test(raw)) return null;
  // "A viral Facebook post claims", "A message circulating on WhatsApp says": a platform carries the post, it says
  // nothing ("the school's Facebook post" is the school's).
  if (POST_RE.test(raw)) return null;
  const rank = (a: number): number => TYPE_PREFERENCE.indexOf(typeOf(a));
  const throughBody = d.generic !== undefined && STATE_BODIES.has(d.generic.noun);
  // "A White House spokesman", "a White House official": a building that stands for a government speaks through them.
  const staff = d.head === 'spokesperson' || d.head === 'official' || d.head === 'aide';
  const usable = d.head && !throughBody
    ? inside.filter((a) => typeOf(a) === 'ORG' || (staff && typeOf(a) === 'LOC')) : inside;
  return usable.length > 0 ? usable.reduce((a, b) => (rank(b) < rank(a) ? b : a)) : null;
}

/** Members of a party or chamber, who speak for themselves (canonical roles). */
const MEMBER_HEADS = new Set(['lawmaker', 'legislator', 'mp', 'mep', 'msp', 'mla', 'senator', 'congressperson', 'member',
  'backbencher', 'delegate', 'councillor', 'councilor', 'activist', 'supporter', 'donor', 'strategist', 'operative', 'commander',
  'fighter', 'militant', 'soldier', 'officer', 'engineer', 'doctor', 'surgeon', 'physician', 'nurse', 'teacher', 'scientist',
  'architect', 'pilot', 'farmer', 'witness', 'resident', 'lecturer', 'researcher', 'analyst', 'economist']);
const CHAMBER_AIDES_RE = /^(?:\S+\s+){0,2}?(?:Senate|House|Congressional|congressional|Hill|Capitol|parliamentary)\s+aides(?:$|\s+(?:in|from|of|at|who|with)\b|,)/u;
/** A plural of members heading the description's first phrase ("two GOP lawmakers", "GOP analysts in Ohio"). */
const PLURAL_MEMBERS_RE = /^(?:\S+\s+){0,4}?(?:lawmakers|legislators|senators|members|delegates|activists|supporters|donors|strategists|analysts|economists|backbenchers)(?:$|\s+(?:in|from|of|at|who|with|close)\b|,)/u;
const FIRM_RESEARCH_RE = /^(?:\S+\s+){0,2}?(?:analysts|economists|strategists)\s+(?:at|with)\s/i;
const FORMER_RE = /^(?:\S+\s+){0,2}?(?:former|ex-)/i;

/** One unnamed person among a body's rank and file, up to the word that ends the head (resolve.ts passes the span). */
const ONE_MEMBER_RE = /^(?:an?|one|another)\s+(?:\S+\s+){0,4}?(?:soldier|fighter|militant|student|resident|worker|employee|volunteer|member|officer|recruit|guard|nurse|teacher)s?(?:$|\s+(?:from|of|in|at|with|who)\b|,)/iu;

/** "Sources in Hezbollah", "Reuters sources", "Meduza's source close to …", "people familiar with the company's plans":
 * unnamed informants, not the body or outlet named in the span (resolve.ts asks before any description is read). */
export function isAnonymousSource(raw: string): boolean {
  return SOURCES_RE.test(raw) || PEOPLE_FAMILIAR_RE.test(raw);
}
const SOURCES_RE = /^(?:\S+\s+){0,3}?sources?(?:$|\s+(?:from|of|in|at|within|inside|close|familiar|with|who)\b|,)/iu;
const PEOPLE_FAMILIAR_RE = /^(?:\S+\s+){0,2}?(?:people|persons|those|insiders)\s+(?:familiar|close|briefed|with\s+knowledge)\b/iu;

const POST_RE = /^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[^\s'’]+\s+){0,3}?(?:post|message|video|tweet|clip|image|meme|photo|screenshot|caption|graphic|reel)s?(?:$|\s+(?:circulating|shared|on|posted|going|that|which|in)\b|,)/u;

/** Heads of descriptions whose principal is the sending country. */
const DIPLOMATS = ['ambassador', 'envoy', 'consul', 'diplomat'];
export const DIPLOMAT_HEADS: ReadonlySet<string> = new Set(DIPLOMATS);
const DIPLOMAT_RE = new RegExp(`\\b(?:${DIPLOMATS.join('|')})s?\\b`, 'i');

/** A country's diplomatic post ("Iran's mission to the European Union"), which speaks as its diplomats do. */
const MISSION_RE = /\b(?:mission|embassy|consulate|delegation)\b/i;
const MISSION_OWNER_RE = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)+$/u;

/**
 * "the Cuban U.N. ambassador in Geneva", "Syria's ambassador to the United States", "Iran's mission to the European
 * Union": a diplomat or a diplomatic post speaks for the country named before the head, which sent them, not for the
 * body they sit in; not "the U.N. envoy for Burma".
 */
export function sendingCountry(g: ActorGrouping, d: Description, raw: string): number | null {
  const post = MISSION_RE.exec(raw);
  // Only a post that heads the span, after its country ("Iran's mission", "the U.S. embassy"): not "activists … outside
  // the Russian Embassy".
  const mission = post && MISSION_OWNER_RE.test(raw.slice(0, post.index)) ? post : null;
  if (((d.head === undefined || !DIPLOMAT_HEADS.has(d.head)) && !mission) || d.countries.length === 0) return null;
  const head = mission ?? DIPLOMAT_RE.exec(raw);
  const before = head ? parseDescription(raw.slice(0, head.index)).countries : [];
  return before.length > 0 ? countryActor(g, before[0]) : null;
}

/** The actor of a country by its ISO code, if the text names it. */
export function countryActor(g: ActorGrouping, code: string): number | null {
  const i = g.profiles.findIndex((p) => p.country === code);
  return i >= 0 ? i : null;
}

/** Roles that head an organisation: "the AEOI chief", "the CIA director", "the IRGC commander". */
const TOP_ROLES = new Set(['chief', 'head', 'director', 'leader', 'chairman', 'chairwoman', 'chair', 'president', 'commander', 'boss', 'secretary-general']);
/** Roles of someone who speaks for an organisation without heading it. */
const STAFF_ROLES = ['spokesperson', 'aide', 'adviser', 'advisor', 'deputy', 'assistant'];

/** Per grouping, the people each organisation counts as its own (profile.orgs), built on first need. */
const membersCache = new WeakMap<ActorGrouping, Map<number, number[]>>();
function membersOf(g: ActorGrouping): Map<number, number[]> {
  let members = membersCache.get(g);
  if (!members) {
    members = new Map();
    for (let a = 0; a < g.actors.length; a++) {
      if (g.actors[a].type !== 'PERSON') continue;
      for (const o of g.profiles[a].orgs) {
        const list = members.get(o);
        if (list) list.push(a); else members.set(o, [a]);
      }
    }
    membersCache.set(g, members);
  }
  return members;
}

/**
 * "Head of the Atomic Energy Organization of Iran (AEOI) Mohammad Eslami said … The AEOI chief also rejected …": the
 * one named person of an organisation inside the span who heads it, when the description's head is such a role;
 * the one last named before `pos` if several fit. Null otherwise (the organisation then speaks, insideSpeaker).
 */
export function organisationHead(g: ActorGrouping, inside: readonly number[], d: Description, pos: number): number | null {
  if (d.head === undefined || !TOP_ROLES.has(d.head) || d.plural || d.indefinite) return null;
  const orgs = inside.filter((a) => g.actors[a].type === 'ORG');
  if (orgs.length === 0) return null;
  const members = membersOf(g);
  let fits = [...new Set(orgs.flatMap((o) => members.get(o) ?? []))].filter((a) => !STAFF_ROLES.some((r) => g.profiles[a].roles.has(r)));
  const titled = fits.filter((a) => g.profiles[a].roles.has(d.head as string));
  if (titled.length > 0) fits = titled;
  let best: number | null = null;
  let bestAt = -1;
  for (const a of fits) {
    const k = lastMentionOf(g.mentions, a, pos);
    if (k >= 0 && g.mentions.start[k] > bestAt) { best = a; bestAt = g.mentions.start[k]; }
  }
  return best;
}

/**
 * "Opposition leader Yair Lapid accused … The Yesh Atid chairman told …": when no named member heads the
 * organisation inside a definite "the <organisation> <top role>", the description may rename the person just named:
 * the filter such a person passes (no staff role, titled with a top role, no other organisation). Null when the span
 * is no such description.
 */
export function renamedHeadFit(g: ActorGrouping, inside: readonly number[], d: Description, raw: string): ((a: number) => boolean) | null {
  if (d.head === undefined || !TOP_ROLES.has(d.head) || d.plural || d.indefinite || !/^[Tt]he\s/.test(raw)) return null;
  // The organisation before the head ("the Senate minority leader"), not after it ("the leader of Hezbollah").
  // An organisation, or a force the tagger typed MISC ("the Navy chief").
  if (!TOP_ROLES.has(raw.slice(raw.lastIndexOf(' ') + 1).toLowerCase()) || inside.some((a) => g.actors[a].type !== 'ORG' && g.actors[a].type !== 'MISC')) return null;
  const head = d.head;
  return (a) => {
    if (g.actors[a].type !== 'PERSON') return false;
    const p = g.profiles[a];
    if (STAFF_ROLES.some((r) => p.roles.has(r))) return false;
    for (const o of p.orgs) if (!inside.includes(o)) return false;
    if (onlyReligiousHonorifics(p.rolePhrases, p.roles)) return true; // "Sheikh Naim Qassem": a cleric, no other office
    // Titled so as written ("Opposition leader"): a president's role classes include "leader", yet a (former)
    // president heads a state, not the body named, unless that is the head named.
    for (const phrase of p.rolePhrases) {
      const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
      if (TOP_ROLES.has(last) && (last !== 'president' || head === 'president')) return true;
      // "Major General Hossein Mohammadi-Rad said … the IRGC commander stated", "said the Navy chief": a general or
      // admiral commands.
      if ((head === 'commander' || head === 'chief') && hasRoleClass(last, 'commander')) return true;
    }
    return false;
  };
}

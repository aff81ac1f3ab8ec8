// "Bernie Sanders is choosing not to respond … Instead, the Vermont senator …": a definite description whose head
// renames the person a story is about, when no one's roles fit it (his say "candidate"). With every role head this was
// right 58 % of the time ("the spokesman", "the judge" name someone else); with these heads about 90 %.
import type { Description } from './describe';
import type { Gender } from './roles';
import { genderOfTitle, roleKey } from './roles';
import { lastMentionBefore } from './salience';
import type { ActorGrouping, ActorProfile } from './types';

/** Role heads that rename the person a story is about rather than name someone else (canonical roles). */
const RENAMING_HEADS: ReadonlySet<string> = new Set(['candidate', 'nominee', 'senator', 'governor', 'congressperson', 'pope',
  'businessperson', 'billionaire', 'mogul', 'singer', 'rapper', 'actor', 'actress', 'musician', 'comedian', 'filmmaker',
  'novelist', 'author', 'athlete', 'footballer', 'striker', 'entrepreneur', 'champion', 'player', 'goalkeeper', 'midfielder',
  'quarterback', 'golfer']);
const DEFINITE_RE = /^[Tt]he\s/;
const POSSESSIVE_IN_RE = /['’]s?(?:\s|$)/;

/** Offices a story names its subject by when the text gives no one that title ("Sir Keir Starmer … the prime
 * minister said", "Olaf Scholz met … The chancellor said"); a person holding another role is never renamed so. */
const OFFICE_HEADS: ReadonlySet<string> = new Set(['president', 'premier', 'chancellor']);

/** The office a description names, if one of OFFICE_HEADS alone ("the prime minister" is a premier; not "the vice
 * president", "the deputy prime minister", "the student body president"). */
export function officeOf(d: Description): string | undefined {
  if (d.generic) return undefined;
  if (d.roles.length === 2 && d.roles[0] === 'prime' && d.head === 'minister') return 'premier';
  return d.roles.length === 1 && d.head !== undefined && OFFICE_HEADS.has(d.head) ? d.head : undefined;
}

/** Whether a description span (`raw`, parsed as `d`) may rename the story's subject: definite, with such a head, and no
 * possessive ("the prime minister's spokesman" is someone else). */
export function mayRenameSubject(d: Description, raw: string): boolean {
  return d.head !== undefined && (RENAMING_HEADS.has(d.head) || officeOf(d) !== undefined) && DEFINITE_RE.test(raw) &&
    !POSSESSIVE_IN_RE.test(raw);
}

/** The gender a description's words say ("the New York businessman", "the congresswoman"), if any. */
export function descriptionGender(raw: string): Gender | undefined {
  for (const w of raw.split(/[\s,]+/)) {
    const g = genderOfTitle(roleKey(w));
    if (g) return g;
  }
  return undefined;
}

/**
 * Whether a person may be renamed by such a description: one with no known role or with one of those roles (not a
 * campaign manager or a television host near the candidate), and of the description's country if it names one.
 */
export function mayBeRenamed(d: Description, p: ActorProfile): boolean {
  if (d.countries.length > 0 && p.countries.size > 0 && !d.countries.some((c) => p.countries.has(c))) return false;
  if (p.roles.size === 0) return true;
  const office = officeOf(d);
  if (office !== undefined) return p.roles.has(office);
  for (const r of p.roles) if (RENAMING_HEADS.has(r)) return true;
  return false;
}

/** Heads that may rename the person the whole article is about when no subject nearby fits: a story's politician
 * ("the candidate", "the businessman"), not a pope, who is mostly someone a story's subject met. */
const DOMINANT_HEADS: ReadonlySet<string> = new Set([...RENAMING_HEADS].filter((h) => h !== 'pope'));

/**
 * The person the article is about, for a description with a DOMINANT_HEADS head: named at least DOMINANT_MIN times and
 * at least twice as often as anyone else. "The candidate has bucked efforts …" in a story about Mr. Trump, where no
 * person is the subject nearby.
 */
export function dominantPerson(g: ActorGrouping, d: Description, accept: (a: number) => boolean): number | null {
  if (d.head === undefined || !DOMINANT_HEADS.has(d.head)) return null;
  let top = mostNamed.get(g);
  if (top === undefined) mostNamed.set(g, top = mostNamedPerson(g));
  return top >= 0 && accept(top) ? top : null;
}

/**
 * Whom a description may rename, narrowed for an office no one in the text holds ("the prime minister" after "Sir Keir
 * Starmer has ruled out …") to the first person the article names: a subject nearby alone is no evidence ("Albanese
 * defended … Adam Bandt said … The prime minister told" is not Bandt).
 */
export function officeFit(g: ActorGrouping, d: Description, fits: (a: number) => boolean): (a: number) => boolean {
  if (officeOf(d) === undefined) return fits;
  const lead = firstPerson(g);
  return (a) => a === lead && fits(a);
}

function firstPerson(g: ActorGrouping): number {
  const m = g.mentions;
  for (let k = 0; k < m.count; k++) if (g.actors[m.actor[k]].type === 'PERSON') return m.actor[k];
  return -1;
}

/** Per grouping, its dominant person or -1 (the scan over every actor runs once per document). */
const mostNamed = new WeakMap<ActorGrouping, number>();

function mostNamedPerson(g: ActorGrouping): number {
  let best = -1;
  let second = 0;
  for (let a = 0; a < g.actors.length; a++) {
    if (g.actors[a].type !== 'PERSON') continue;
    const n = g.actors[a].mentions;
    if (best < 0 || n > g.actors[best].mentions) {
      if (best >= 0) second = g.actors[best].mentions;
      best = a;
    } else if (n > second) second = n;
  }
  const top = best < 0 ? 0 : g.actors[best].mentions;
  return top >= DOMINANT_MIN && top >= 2 * second ? best : -1;
}

const DOMINANT_MIN = 5;

/** Whether a span directly follows a person's name and a comma ("Clinton, the once-presumptive nominee,"): an
 * apposition the grouping did not tie, which renames that name, not the salient subject. */
export function afterName(g: ActorGrouping, text: string, start: number): boolean {
  const m = g.mentions;
  const k = lastMentionBefore(m, start);
  return k >= 0 && g.actors[m.actor[k]].type === 'PERSON' && /^,\s*$/.test(text.slice(m.end[k], start));
}

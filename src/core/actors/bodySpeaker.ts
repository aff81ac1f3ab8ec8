// The organisation or country a description speaks for when it names one inside its span: "Iran’s Foreign Ministry
// said", "a spokesman for the ministry", "the Cuban U.N. ambassador in Geneva" (resolve.ts asks when no person fits).
import type { Description } from './describe';
import { parseDescription } from './describe';
import type { EntityType } from '../types';
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
  typeOf: (a: number) => EntityType = (a) => g.actors[a].type): number | null {
  const rank = (a: number): number => TYPE_PREFERENCE.indexOf(typeOf(a));
  const throughBody = d.generic !== undefined && STATE_BODIES.has(d.generic.noun);
  // "A White House spokesman", "a White House official": a building that stands for a government speaks through them.
  const staff = d.head === 'spokesperson' || d.head === 'official' || d.head === 'aide';
  const usable = d.head && !throughBody
    ? inside.filter((a) => typeOf(a) === 'ORG' || (staff && typeOf(a) === 'LOC')) : inside;
  return usable.length > 0 ? usable.reduce((a, b) => (rank(b) < rank(a) ? b : a)) : null;
}

/** Heads of descriptions whose principal is the sending country. */
const DIPLOMATS = ['ambassador', 'envoy', 'consul', 'diplomat'];
const DIPLOMAT_HEADS = new Set(DIPLOMATS);
const DIPLOMAT_RE = new RegExp(`\\b(?:${DIPLOMATS.join('|')})s?\\b`, 'i');

/**
 * "the Cuban U.N. ambassador in Geneva", "Syria's ambassador to the United States": a diplomat speaks for the country
 * named before the head, which sent them, not for the body they sit in; not "the U.N. envoy for Burma".
 */
export function sendingCountry(g: ActorGrouping, d: Description, raw: string): number | null {
  if (d.head === undefined || !DIPLOMAT_HEADS.has(d.head) || d.countries.length === 0) return null;
  const head = DIPLOMAT_RE.exec(raw);
  const before = head ? parseDescription(raw.slice(0, head.index)).countries : [];
  return before.length > 0 ? countryActor(g, before[0]) : null;
}

/** The actor of a country by its ISO code, if the text names it. */
export function countryActor(g: ActorGrouping, code: string): number | null {
  const i = g.profiles.findIndex((p) => p.country === code);
  return i >= 0 ? i : null;
}

// How a speaker rule reads a mention of a political party: a party is one organisation (parties.ts), but a mention
// that names its people ("Republicans", "a Democratic senator") is read as a people's name is, as before the two were
// one actor: "Republican leaders" are unnamed people, "Republicans, who" are the party.
import type { EntityType, Span } from '../types';
import { namesPartyPeople } from './parties';
import { firstEndingAfter } from './salience';
import type { ActorGrouping } from './types';

/** The text and grouping a speaker is resolved in. */
interface Where {
  readonly text: string;
  readonly g: ActorGrouping;
}

/** A mention's actor type, but a party's people ("Republican voters", "Democrats in Congress") as a people's name. */
export function mentionType(ctx: Where, k: number): EntityType {
  return partyPeopleMention(ctx, k) ? 'NORP' : ctx.g.actors[ctx.g.mentions.actor[k]].type;
}

/** Actor a's type as the span names it: a party named inside only through its people ("Democratic lawmakers") as a people. */
export function typeInSpan(ctx: Where, span: Span, a: number): EntityType {
  const m = ctx.g.mentions;
  if (ctx.g.actors[a].type !== 'ORG') return ctx.g.actors[a].type;
  for (let k = firstEndingAfter(m, span.start); k < m.count && m.start[k] < span.end; k++) {
    if (m.actor[k] === a && m.end[k] > span.start && !partyPeopleMention(ctx, k)) return 'ORG';
  }
  return 'NORP';
}

/** Whether mention k (none when negative) names a party through its people ("Republicans", "a Democratic senator"), not as the party. */
export function partyPeopleMention(ctx: Where, k: number): boolean {
  const { g, text } = ctx;
  return k >= 0 && g.actors[g.mentions.actor[k]].type === 'ORG' && namesPartyPeople(text.slice(g.mentions.start[k], g.mentions.end[k]));
}

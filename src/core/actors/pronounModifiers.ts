// Group and thing pronouns whose antecedent is only named as a modifier or a place: "they" reaches a place only through
// its people, and neither "they" nor "it" means a people or country last named as an adjective of a thing or one person.
import { lookupCountry } from './countries';
import { stripPossessive } from './fold';
import { mentionType } from './partyMentions';
import { lastMentionOf } from './salience';
import { modifiesAsSingular } from './speakerHead';
import type { ActorGrouping } from './types';

/** What these tests read of the speaker resolution under way (resolve.ts Ctx). */
export interface PronounContext {
  readonly text: string;
  readonly g: ActorGrouping;
  /** Per mention, whether "they" may mean it (pluralMention): 0 not read yet, 1 yes, 2 no. */
  readonly plural: Uint8Array;
}

/**
 * Whether mention k can be what "they" refers to: any organisation's or group's, but a place only through its people
 * ("Palestinians", "Iraqi officials"), not its name: a country or city is "it" ("… Venezuela, Bolivia and Argentina
 * … They agreed" are the presidents, not Argentina).
 */
export function pluralMention(ctx: PronounContext, k: number): boolean {
  const m = ctx.g.mentions;
  if (ctx.g.actors[m.actor[k]].type !== 'GPE') return true;
  if (ctx.plural[k] === 0) {
    ctx.plural[k] = lookupCountry(stripPossessive(ctx.text.slice(m.start[k], m.end[k])))?.demonym === true ? 1 : 2;
  }
  return ctx.plural[k] === 1;
}

/**
 * Whether the group's last mention before `pos` is a singular adjective that names a thing or one person ("a notorious
 * Serb prison … They say", "Clinton's Republican rival … they"): "they" then means people the text does not name.
 */
export function lastNamedAsModifier(ctx: PronounContext, group: number, pos: number): boolean {
  const k = lastMentionOf(ctx.g.mentions, group, pos);
  const type = k >= 0 ? mentionType(ctx, k) : ctx.g.actors[group].type;
  return k >= 0 && (type === 'NORP' || (type === 'GPE' && pluralMention(ctx, k))) && modifiesAsSingular(ctx.text, ctx.g.mentions.end[k]);
}

/**
 * "it" for a country last named only as a modifier of a thing or one person ("The former first lady and U.S. senator
 * … Meanwhile, it attacked Trump", "The Japanese constitution … it does say"): null, the thing is meant. Not for an
 * organisation: "An EU statement says … It also expresses" speaks for the EU.
 */
export function thingNamedAsModifier(ctx: PronounContext, actor: number | null, pos: number): number | null {
  if (actor === null || ctx.g.actors[actor].type === 'ORG') return actor;
  const k = lastMentionOf(ctx.g.mentions, actor, pos);
  return k >= 0 && modifiesAsSingular(ctx.text, ctx.g.mentions.end[k]) ? null : actor;
}

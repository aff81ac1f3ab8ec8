// A person's gender for a "he"/"she" speaker: the article's clear evidence, else the first-name table.
import { genderOfFirstName } from './nameGender';
import type { Gender } from './roles';
import type { ActorGrouping } from './types';
import { genderOf } from './types';

/** What this reads of the speaker resolution under way (resolve.ts Ctx). */
export interface GenderContext {
  readonly g: ActorGrouping;
  /** Per actor, what its first name says of its gender: 0 not read yet, 1 m, 2 f, 3 nothing. */
  readonly nameGenders: Uint8Array;
}

/** A person's gender as the article says it clearly (context.ts: a title, or pronouns two ahead), else as their first
 * name suggests (nameGender.ts), else the article's narrow lead; read once per actor per document, and only for people a
 * "he"/"she" considers. The article's votes are mostly pronouns near the name, and mixed or lone ones mislead: "… as she
 * battled to overtake Obama" gave Barack Obama two "she" against one "he"; "under Warren’s grilling he hadn’t" gave
 * Elizabeth Warren one "he". */
export function speakerGender(ctx: GenderContext, a: number): Gender | undefined {
  const { m, f } = ctx.g.profiles[a].genderVotes;
  const own = genderOf(ctx.g.profiles[a]);
  if (own !== undefined && Math.abs(m - f) >= CLEAR_VOTES) return own;
  return firstNameGender(ctx, a) ?? own;
}

const CLEAR_VOTES = 2;

function firstNameGender(ctx: GenderContext, a: number): Gender | undefined {
  let code = ctx.nameGenders[a];
  if (code === 0) {
    const g = genderOfFirstName(ctx.g.actors[a].name);
    code = ctx.nameGenders[a] = g === 'm' ? 1 : g === 'f' ? 2 : 3;
  }
  return code === 1 ? 'm' : code === 2 ? 'f' : undefined;
}

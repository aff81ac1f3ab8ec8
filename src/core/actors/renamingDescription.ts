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
  'businessperson', 'billionaire', 'mogul']);
const DEFINITE_RE = /^[Tt]he\s/;
const POSSESSIVE_IN_RE = /['’]s?(?:\s|$)/;

/** Whether a description span (`raw`, parsed as `d`) may rename the story's subject: definite, with such a head, and no
 * possessive ("the prime minister's spokesman" is someone else). */
export function mayRenameSubject(d: Description, raw: string): boolean {
  return d.head !== undefined && RENAMING_HEADS.has(d.head) && DEFINITE_RE.test(raw) && !POSSESSIVE_IN_RE.test(raw);
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
  for (const r of p.roles) if (RENAMING_HEADS.has(r)) return true;
  return false;
}

/** Whether a span directly follows a person's name and a comma ("Clinton, the once-presumptive nominee,"): an
 * apposition the grouping did not tie, which renames that name, not the salient subject. */
export function afterName(g: ActorGrouping, text: string, start: number): boolean {
  const m = g.mentions;
  const k = lastMentionBefore(m, start);
  return k >= 0 && g.actors[m.actor[k]].type === 'PERSON' && /^,\s*$/.test(text.slice(m.end[k], start));
}

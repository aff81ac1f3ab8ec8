// Who a speaker span's mentions name: its head person, or the organisations, places and peoples that speak in it
// rather than only modify it (resolve.ts reads these before any description).
import type { Span } from '../types';
import type { Ctx } from './resolveContext';
import { shapeOfText, type SpanShape, type SpanText } from './spanText';
import { afterOutsider, describingClauseAt, hostNotPrincipal, isPeopleMention, modifiesNoun, namesAchievement, ownerSpeaks, ownsNamedOrg, placeSpeaks } from './speakerHead';
import { firstEndingAfter } from './salience';
import { isCompound } from './names';
import { mentionType } from './partyMentions';

/** The head region and stand-in range of a speaker span whose trimmed text is `raw`, relative to its start. */
export function spanShape(ctx: Ctx, t: SpanText, raw: string, span: Span): SpanShape {
  return raw.length === span.end - span.start ? (t.shape ??= shapeOfText(raw)) : shapeOf(ctx, span);
}

/** The head region and stand-in range of a speaker span, relative to its start; computed once per span text. */
function shapeOf(ctx: Ctx, span: Span): SpanShape {
  const raw = ctx.text.slice(span.start, span.end);
  if (raw.indexOf(' ') < 0) return shapeOfText(raw);
  let shape = ctx.shapes.get(raw);
  if (!shape) ctx.shapes.set(raw, (shape = shapeOfText(raw)));
  return shape;
}

/** Whether a person's mention overlaps the span (most speaker spans name none: "officials", "the ministry"). */
export function hasPerson(ctx: Ctx, span: Span): boolean {
  const m = ctx.g.mentions;
  for (let k = firstEndingAfter(m, span.start); k < m.count && m.start[k] < span.end; k++) {
    if (m.end[k] > span.start && ctx.g.actors[m.actor[k]].type === 'PERSON') return true;
  }
  return false;
}

/**
 * A person whose mention starts in [from, to): with `head`, the first one that modifies nothing (see
 * modifiesNoun); else the first one that does and owns the head (ownerSpeaks: not "Clinton supporters").
 */
export function headPerson(ctx: Ctx, from: number, to: number, head: boolean): number | null {
  const m = ctx.g.mentions;
  for (let k = firstEndingAfter(m, from); k < m.count && m.start[k] < to; k++) {
    if (m.start[k] < from && m.end[k] <= from) continue;
    const a = m.actor[k];
    if (ctx.g.actors[a].type !== 'PERSON' || modifiesNoun(ctx.text, m.end[k], to) === head) continue;
    if (head || ownerSpeaks(ctx.text, m.end[k], to)) return a;
  }
  return null;
}

/**
 * Actors other than people of the mentions that overlap the span, in mention order; a country, place or people
 * only where it is who speaks (placeSpeaks: not "Rebels in Sudan", "About two-thirds of Republican voters"); no
 * organisation that is only the host or topic (hostNotPrincipal: "the U.S. ambassador to the United Nations") or whom
 * followers or adversaries follow or oppose ("some EU supporters", "Supporters of … Yukos").
 */
export function overlappingNonPersons(ctx: Ctx, span: Span, t: SpanText, raw: string): readonly number[] {
  const { g, text } = ctx;
  const mentions = g.mentions;
  const out: number[] = [];
  let modifiers = 0;
  let headEnd = -1; // the span's head region, read on the first place inside it
  // A relative clause or an apposition describes the speaker; who is named in it only modifies ("The alliance, which
  // includes … the Annenberg Institute,", "Officials who spoke to Reuters", "Foxconn, Apple's largest assembler,").
  const relative = describingClauseAt(text, mentions, span.start, raw);
  const clauseStart = relative > 0 ? span.start + relative : span.end;
  for (let k = firstEndingAfter(mentions, span.start); k < mentions.count && mentions.start[k] < span.end; k++) {
    if (mentions.end[k] <= span.start) continue;
    const type = mentionType(ctx, k);
    if (type === 'PERSON') continue;
    // Who a relative clause names, and a compound ("The London-based group", "the Koch-backed advocacy group"), only modify.
    if (mentions.start[k] >= clauseStart || isCompound(text, mentions.start[k], mentions.end[k])) { modifiers++; continue; }
    const place = type === 'GPE' || type === 'LOC' || type === 'NORP';
    if (place && headEnd < 0) headEnd = span.start + spanShape(ctx, t, raw, span).headEnd;
    const modifier = place ? !placeSpeaks(text, span.start, headEnd, mentions.start[k], mentions.end[k], isPeopleMention(text, mentions, k, type)) &&
        !(type === 'LOC' && SPOKESPERSON_AFTER_RE.test(text.slice(mentions.end[k], mentions.end[k] + 16)))
      : hostNotPrincipal(text, span.start, mentions.start[k]) || !ownerSpeaks(text, mentions.end[k], span.end, true) ||
        afterOutsider(text, span.start, mentions.start[k]) || ownsNamedOrg(text, ctx.g, k, span.end) || namesAchievement(text, mentions.end[k], span.end);
    // One count for both kinds, taken for every mention: an increment first reached after the function was compiled
    // (an organisation that is only the host) deoptimised it and had it compiled again.
    modifiers += modifier ? 1 : 0;
    if (!modifier) out.push(mentions.actor[k]);
  }
  return out.length === 0 && modifiers > 0 ? MODIFIER_ONLY : out;
}

/** A building that stands for a government, then its people: "White House spokesman", "White House officials". */
const SPOKESPERSON_AFTER_RE = /^\s+(?:spokes(?:man|woman|person)|officials?|aides?)\b/;

/** overlappingNonPersons' answer when every such mention only modified the head (compared by identity). */
export const MODIFIER_ONLY: readonly number[] = [];

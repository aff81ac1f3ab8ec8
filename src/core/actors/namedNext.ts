// Wire copy opens a story with a description and names the person in the next sentence: "Brazil's president is
// pledging … Luiz Inacio Lula da Silva said …", "A top Japanese official is calling for … Shinzo Abe, acting secretary
// general of Japan's ruling Liberal Democratic Party, said Sunday …". A singular description that opens its sentence
// and found nobody before it is the person the next sentence's first claim names, on that person's first mention,
// when nothing known of that person contradicts it. A lead description of an organisation likewise ("A human rights
// group says … Human Rights Watch said …").
import type { Sentence } from '../text/token';
import type { Claim, Span } from '../types';
import { sentenceAt } from './context';
import type { Description } from './describe';
import { namedLike } from './namedLike';
import { descriptionGender } from './renamingDescription';
import type { Gender } from './roles';
import { onlyReligiousHonorifics } from './roles';
import { lastMentionBefore, lastMentionOf } from './salience';
import { unnamedAntecedent } from './unnamedAntecedent';
import { NOT_NAMED_RE } from './unnamedSpeaker';
import type { ActorGrouping, ActorProfile } from './types';

/** What the pass asks of speaker resolution (resolve.ts). */
export interface NamedNextHelpers {
  /** The description a span's text is, or undefined for a pronoun or relative pronoun. */
  description(raw: string): Description | undefined;
  hasPerson(span: Span): boolean;
  gender(actor: number): Gender | undefined;
}

/**
 * Gives each lead description that found nobody the person named next (see above); `order` is the claims' resolution
 * order, `out` the resolved claims, changed in place. After the ordered pass, which resolves the speakers after it.
 */
export function resolveNamedNext(text: string, sentences: readonly Sentence[], g: ActorGrouping, candidates: readonly Claim[],
  order: ArrayLike<number>, out: Claim[], h: NamedNextHelpers): void {
  // Actor index by id, built on the first lead description that asks (most documents have few or none).
  let index: Map<string, number> | undefined;
  const actorOf = (id: string): number => (index ??= new Map(g.actors.map((x, a) => [x.id, a]))).get(id) as number;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const span = candidates[i].speakerSpan;
    if (!span) continue;
    const sentence = sentenceAt(sentences, span.start);
    // A lead opens its sentence; in a headline it may follow its quote ("'We are not afraid,' says Venezuela's …").
    // The document's first line is its headline, a closing quote and all ("…, says water security 'a national priority'").
    const headline = headlineLine(text, sentences[sentence]) || (sentence === 0 && lineOfItsOwn(text, sentences[0])
      && !/[.?!]["”’']?[ \t]*$/.test(text.slice(sentences[0].start, sentences[0].end)));
    const lead = headline || opensSentence(text.slice(sentences[sentence].start, span.start));
    const raw = text.slice(span.start, span.end).trim();
    const d = h.description(raw);
    // Or it ends its sentence when the next one tells who "made the remarks" ("…, the Navy commander announced on
    // Monday. ¶ Rear Admiral Shahram Irani-Zadeh made the remarks …"); that sentence is read only for a description
    // with a head or a generic noun (what the rules below need), not for each "…, he said".
    if (!lead && (!d || (d.head === undefined && d.generic === undefined) || remarksMaker(text, sentences, g, sentence + 1) === null)) continue;
    if (d && out[i].speaker === null && mayBeOrgNamedNext(d, raw)) {
      const org = orgNamedNext(text, sentences, g, candidates, order, k, sentence, out, d, actorOf);
      if (org !== null) giveSpeaker(candidates, order, k, out, org);
      continue;
    }
    // A headline's label may be a bare title ("Leader: Enemies Seeking …"), and a headline drops its article ("NATO
    // chief urges more air defence"): named in the next sentence.
    const bare = candidates[i].cue?.text === ':' || headline;
    if (!d || !(mayBeNamedNext(d, raw) || (bare && d.head !== undefined && !d.plural)) || h.hasPerson(span) ||
      takesUpUnnamed(text, sentences, span.start, sentence, raw) || NOT_NAMED_RE.test(raw)) continue;
    // A country or organisation found behind the description ("Syria's ambassador to the United States") stands in
    // for the person named next, as nobody does.
    const found = out[i].speaker;
    if (found !== null && g.actors[actorOf(found)].type === 'PERSON') continue;
    const a = namedInNextClaim(text, sentences, g, candidates, order, k, sentence, out, h, actorOf) ?? remarksMaker(text, sentences, g, sentence + 1)
      ?? (headline ? leadSubject(text, sentences, g, sentence + 1) : null);
    // "A spokesperson for the authority said … European Commission spokeswoman Lea Zuber said": the person named next
    // belongs to another organisation than the one a spokesperson was found to speak for (a lead's other descriptions
    // stay: "The head of the U.N. investigation … Former U.S. Federal Reserve Chairman Paul Volcker says").
    const otherBody = a !== null && found !== null && d.head === 'spokesperson' && ofAnotherOrg(g.profiles[a], actorOf(found));
    if (a === null || otherBody || !fitsNamedNext(d, g.profiles[a], descriptionGender(raw), h.gender(a)) || orgJustNamed(text, g, sentences, span, sentence, a)
      || (d.head !== undefined && g.profiles[a].roles.size === 0 && introducedByAge(text, g, a))) continue;
    giveSpeaker(candidates, order, k, out, g.actors[a].id);
  }
}

/** Whether a person is known to belong to organisations, none of them `org`. */
function ofAnotherOrg(p: ActorProfile, org: number): boolean {
  return p.orgs.size > 0 && !p.orgs.has(org);
}

/**
 * "However, the National Transport Commission (NTC) said … An NTC official said … ¶ Opposition Leader Sajith
 * Premadasa charged …": a lead naming an organisation the sentence before it named, which the person named next is not
 * known to belong to, goes on with that organisation's story: it is no lead of a new one.
 */
function orgJustNamed(text: string, g: ActorGrouping, sentences: readonly Sentence[], span: Span, sentence: number, a: number): boolean {
  // A headline, or the first line, sums up the lead ("SEIU chief says Trump can win. ¶ The head of the Service
  // Employees International Union is …").
  if (sentence <= 1 || headlineLine(text, sentences[sentence - 1])) return false;
  const from = sentences[sentence - 1].start;
  for (let k = lastMentionBefore(g.mentions, span.end); k >= 0 && g.mentions.start[k] >= span.start; k--) {
    const m = g.mentions.actor[k];
    if (g.actors[m].type !== 'ORG' || g.profiles[a].orgs.has(m)) continue;
    const before = lastMentionOf(g.mentions, m, g.mentions.start[k]);
    if (before >= 0 && g.mentions.start[before] >= from) return true;
  }
  return false;
}

/**
 * The person the first claim of the sentence after the lead names, when the name opens that sentence (after an
 * introduction: "In a speech on Monday, Luiz Inacio Lula da Silva said", or after a dateline) and it is the person's
 * first mention ("The spokesman also denied Mr. Nowak's claim … Mr. Nowak told VOA" is someone else); else null.
 */
function namedInNextClaim(text: string, sentences: readonly Sentence[], g: ActorGrouping, candidates: readonly Claim[],
  order: ArrayLike<number>, k: number, sentence: number, out: readonly Claim[], h: NamedNextHelpers, actorOf: (id: string) => number): number | null {
  const next = nextSpeakerClaim(candidates, order, k, (candidates[order[k]].speakerSpan as Span).end);
  if (next < 0) return null;
  const nextSpan = candidates[next].speakerSpan as Span;
  const named = out[next].speaker;
  if (named === null || sentenceAt(sentences, nextSpan.start) !== sentence + 1 || !h.hasPerson(nextSpan)) return null;
  const before = text.slice(sentences[sentence + 1].start, nextSpan.start).trim();
  if (!opensSentence(before) && !INTRODUCED_RE.test(before)) return null;
  const a = actorOf(named);
  if (g.actors[a].type !== 'PERSON' || lastMentionOf(g.mentions, a, nextSpan.start) >= 0) return null;
  return nameHeads(text, g, a, nextSpan) ? a : null;
}

/** What follows the name in "Sheikh Naim Qassem made the remarks in a televised speech": the lead's words were his. */
const MADE_REMARKS_RE = /^\s+(?:also\s+)?(?:made|delivered|gave)\s+(?:the|these|those|his|her)\s+(?:remarks|comments|statements?)\b/;

/**
 * "The secretary general of Lebanon’s Hezbollah says … Sheikh Naim Qassem made the remarks in a televised speech":
 * the person whose name opens sentence `s` (a title or honorific at most before it), on a first mention, as the one
 * who made the remarks; else null.
 */
function remarksMaker(text: string, sentences: readonly Sentence[], g: ActorGrouping, s: number): number | null {
  if (s >= sentences.length) return null;
  const { start, end } = sentences[s];
  let first = -1;
  for (let k = lastMentionBefore(g.mentions, end); k >= 0 && g.mentions.start[k] >= start; k--) first = k;
  if (first < 0 || !/^(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(text.slice(start, g.mentions.start[first]))) return null;
  const a = g.mentions.actor[first];
  if (g.actors[a].type !== 'PERSON' || lastMentionOf(g.mentions, a, g.mentions.start[first]) >= 0) return null;
  return MADE_REMARKS_RE.test(text.slice(g.mentions.end[first], end)) ? a : null;
}

/**
 * "Egypt's PM inaugurates …, says … ¶ CAIRO - Egyptian Prime Minister Mostafa Madbouly on Sunday inaugurated …": the
 * person whose name opens the headline's lead (after a dateline and title words), on a first mention; else null.
 */
function leadSubject(text: string, sentences: readonly Sentence[], g: ActorGrouping, s: number): number | null {
  // The reporter's byline between the headline and its lead names the writer, not the headline's subject.
  if (s < sentences.length && BYLINE_RE.test(text.slice(sentences[s].start, sentences[s].end))) s++;
  if (s >= sentences.length) return null;
  const { start, end } = sentences[s];
  let first = -1; // the sentence's first person (a nationality or place may come before: "Saudi Health Minister …")
  for (let k = lastMentionBefore(g.mentions, end); k >= 0 && g.mentions.start[k] >= start; k--) if (g.actors[g.mentions.actor[k]].type === 'PERSON') first = k;
  if (first < 0) return null;
  const before = text.slice(start, g.mentions.start[first]).replace(DATELINE_PREFIX_RE, '');
  if (!/^(?:\p{Lu}[\p{L}.]*\s+){0,4}$/u.test(before)) return null;
  const a = g.mentions.actor[first];
  return lastMentionOf(g.mentions, a, g.mentions.start[first]) < 0 ? a : null;
}

const BYLINE_RE = /^By\s+\p{Lu}[^\n]*$/u;

/**
 * "A senior Iranian official, who spoke on condition of anonymity, told Reuters … The official said …": a definite
 * description that takes up the unnamed one just before it is no lead for the person named next.
 */
function takesUpUnnamed(text: string, sentences: readonly Sentence[], pos: number, sentence: number, raw: string): boolean {
  const m = /^[Tt]he\s(?:.*\s)?(\p{Ll}+)$/u.exec(raw);
  return m !== null && unnamedAntecedent(text, sentences, pos, sentence, m[1]);
}

/** Whether a sentence is a headline: a line of its own with no closing full stop, question mark or quote. */
function headlineLine(text: string, s: Sentence): boolean {
  return lineOfItsOwn(text, s) && !/[.?!"”’'][ \t]*$/.test(text.slice(s.start, s.end));
}

/** Whether a sentence fills a line of its own. */
function lineOfItsOwn(text: string, s: Sentence): boolean {
  const startsLine = s.start === 0 || text.charCodeAt(s.start - 1) === 10;
  return startsLine && (s.end >= text.length || /^[ \t]*(?:\n|$)/.test(text.slice(s.end, s.end + 8)));
}

/** A dateline's place and agency ("GENEVA (Al Jazeera)"), before its dash or colon. */
const DATELINE_PLACE = String.raw`\p{Lu}[\p{Lu}\s.,'’-]*(?:\([^()]{1,40}\))?\s*`;
/** A dateline before the lead ("GENEVA (Al Jazeera) — The United Nations human rights chief has warned"). */
const DATELINE_RE = new RegExp(`^${DATELINE_PLACE}(?:—|–|-{1,2})$`, 'u');
/** A dateline opening a lead: "CAIRO - ", "RIYADH: ", "TEHRAN (ISNA) – ", an agency's "Shafaq News/ ". */
const DATELINE_PREFIX_RE = new RegExp(`^(?:${DATELINE_PLACE}(?:—|–|-{1,2}|:)|\\p{Lu}[\\p{L}\\s]{0,30}\\/)\\s+`, 'u');

/** A live blog entry's time before its headline ("14:05 GMT –"). */
const ENTRY_TIME_RE = /^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|EST|EDT|ET|PT|IST)?\s*(?:—|–|-{1,2}|\|)$/;

/** Whether the text before a span in its sentence is nothing, a dateline or an entry's time. */
function opensSentence(before: string): boolean {
  const t = before.trim();
  return t === '' || DATELINE_RE.test(t) || ENTRY_TIME_RE.test(t);
}

/** The speaker of the claim at order[k] and of the claims after it that share its speaker span. */
function giveSpeaker(candidates: readonly Claim[], order: ArrayLike<number>, k: number, out: Claim[], speaker: string): void {
  const start = (candidates[order[k]].speakerSpan as Span).start;
  for (let j = k; j < order.length && candidates[order[j]].speakerSpan?.start === start; j++) out[order[j]] = { ...out[order[j]], speaker };
}

/**
 * "A human rights group says … Human Rights Watch said …", "Germany's highest court has ruled … Germany's
 * Constitutional Court ruled …": a lead description of an organisation that found no one is the organisation the next
 * sentence's first claim names first, when the name opens that span, is its first mention, and is named like the noun
 * ("court": a Court); not a news outlet that reports or quotes ("… rebel group … The Associated Press reports").
 */
function orgNamedNext(text: string, sentences: readonly Sentence[], g: ActorGrouping, candidates: readonly Claim[], order: ArrayLike<number>,
  k: number, sentence: number, out: readonly Claim[], d: Description, actorOf: (id: string) => number): string | null {
  const next = nextSpeakerClaim(candidates, order, k, (candidates[order[k]].speakerSpan as Span).end);
  if (next < 0) return null;
  const nextSpan = candidates[next].speakerSpan as Span;
  const named = out[next].speaker;
  if (named === null || sentenceAt(sentences, nextSpan.start) !== sentence + 1 || MEDIA_CUE_RE.test(candidates[next].cue?.text ?? '')) return null;
  const before = text.slice(sentences[sentence + 1].start, nextSpan.start).trim();
  if (before !== '' && !INTRODUCED_RE.test(before)) return null;
  const a = actorOf(named);
  const first = firstMentionOf(g, a, nextSpan);
  if (g.actors[a].type !== 'ORG' || first < 0 || lastMentionOf(g.mentions, a, nextSpan.start) >= 0) return null;
  if (!/^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}.'’-]+\s+){0,2}$/u.test(text.slice(nextSpan.start, g.mentions.start[first]))) return null;
  return namedAsNoun((d.generic as NonNullable<Description['generic']>).noun, g.actors[a].name) ? named : null;
}

/** Nouns that fit any organisation's name ("A human rights group" is Human Rights Watch). */
const ANY_ORG_NOUNS = new Set(['group', 'organization', 'organisation', 'body', 'movement']);

/** Whether an organisation's name fits the description's noun: "a labor union" a Union, "a news agency" an Agency. */
function namedAsNoun(noun: string, name: string): boolean {
  if (ANY_ORG_NOUNS.has(noun)) return true;
  return (namedLike(noun, '') ?? new RegExp(`\\b${noun}s?\\b`, 'i')).test(name);
}

/** Cues of a news outlet passing on what others say. */
const MEDIA_CUE_RE = /^(?:reports?|reported|quotes?|quoted)\b/i;

/** Actor a's first mention inside the span, or -1. */
function firstMentionOf(g: ActorGrouping, a: number, span: Span): number {
  let first = -1;
  for (let k = lastMentionBefore(g.mentions, span.end); k >= 0 && g.mentions.end[k] > span.start; k--) {
    if (g.mentions.start[k] >= span.start && g.mentions.actor[k] === a) first = k;
  }
  return first;
}

/** A lead description of an organisation: singular, no role noun, with an article or owner ("A human rights group"). */
function mayBeOrgNamedNext(d: Description, raw: string): boolean {
  return d.generic !== undefined && d.generic.kind === 'org' && d.head === undefined && !d.plural && DETERMINED_RE.test(raw);
}

/**
 * Whether the next speaker span opens with the name (after a title: "Ambassador Imad Moustapha said") or ends with it,
 * an apposition at most after it ("The acting head of the AU mission, Jean-Baptiste Natama, said"): not an indefinite
 * description that introduces someone else ("A longtime JNF official, Howard Ingram,"), nor a name the tagger took for
 * a person inside another noun ("The Vedomosti business daily quotes"). A title may come first ("House member
 * Kendrick Meek of Florida").
 */
function nameHeads(text: string, g: ActorGrouping, a: number, span: Span): boolean {
  if (/^[Aa]n?\s/.test(text.slice(span.start, span.end))) return false;
  for (let k = lastMentionBefore(g.mentions, span.end); k >= 0 && g.mentions.start[k] >= span.start; k--) {
    if (g.mentions.actor[k] !== a) continue;
    const title = text.slice(span.start, g.mentions.start[k]);
    return (!/^(?:[Tt]he|[Aa]n?)\s/.test(title) && /^(?:[\p{L}.-]+\s+)*$/u.test(title)) ||
      /^(?:\s+of\s+\p{Lu}[\p{L}.-]*)?\s*(?:,|$)/u.test(text.slice(g.mentions.end[k], span.end));
  }
  return false;
}

/** An introduction before the name: it ends with a comma, or a comma and a day ("In Washington, Wednesday"). */
const INTRODUCED_RE = /,(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?$/;

/** The first claim in `order` after position k whose speaker span starts after `end`, or -1. */
function nextSpeakerClaim(candidates: readonly Claim[], order: ArrayLike<number>, k: number, end: number): number {
  for (let j = k + 1; j < order.length; j++) {
    const s = candidates[order[j]].speakerSpan;
    if (s && s.start >= end) return order[j];
  }
  return -1;
}

/** An article or a possessive name first: "The leader of …", "A top U.S. official", "Peru's President". */
const DETERMINED_RE = /^(?:[Tt]he\s|[Aa]n?\s|\p{Lu}[\p{L}.-]*['’]s?\s)/u;

/** Whether a description span (`raw`, parsed as `d`) may name someone only later: singular, with an article or owner. */
function mayBeNamedNext(d: Description, raw: string): boolean {
  return d.head !== undefined && !d.plural && DETERMINED_RE.test(raw);
}

/** "Nomvula Dlamini, 63, said": a person whose first mention is followed by an age alone is a private person, no office
 *  holder ("The mayor said …") the lead described. */
function introducedByAge(text: string, g: ActorGrouping, a: number): boolean {
  const m = g.mentions;
  for (let k = 0; k < m.count; k++) if (m.actor[k] === a) return /^,\s*\d{1,3},/.test(text.slice(m.end[k], m.end[k] + 8));
  return false;
}

/**
 * Whether the person named next fits the description: no other role (a cleric's honorific is none), country or gender
 * known. A spokesperson must be called one: copy that withholds a spokesperson's name keeps it withheld ("A city
 * spokesperson said … ¶ Josh Brandon, a community animator …, says" is someone else).
 */
function fitsNamedNext(d: Description, p: ActorProfile, gender: Gender | undefined, personGender: Gender | undefined): boolean {
  if (d.countries.length > 0 && p.countries.size > 0 && !d.countries.some((c) => p.countries.has(c))) return false;
  if (gender !== undefined && personGender !== undefined && gender !== personGender) return false;
  if (d.head === 'spokesperson' && !p.roles.has('spokesperson')) return false;
  return p.roles.size === 0 || (d.head !== undefined && p.roles.has(d.head)) || onlyReligiousHonorifics(p.rolePhrases, p.roles);
}

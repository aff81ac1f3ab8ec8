// resolveSpeakers: the speaker mention of each claim (a name, a pronoun or a description) → an actor id.
//
// - A name: the actor of the entity inside the span (a person first; "a spokesman for the ministry" falls back to
//   the ministry), else a name or unique surname seen elsewhere in the text (the tagger missed this mention).
// - "he"/"she": the most salient person (see salience.ts) of compatible gender in this and the 3 previous
//   sentences; "they"/"it": the most salient organisation, group or country in this and the 2 previous
//   sentences; "I"/"we"/"you": unresolved.
// - A role description ("the top Iranian diplomat"): the most recently mentioned person (30 sentences back) whose
//   titles and appositions fit the role and nationality best (describe.ts). Plurals ("officials") and indefinite
//   descriptions ("a spokesman") are unnamed people: unresolved unless they name an organisation.
// - "the country", "the group": the most salient country / organisation, preferring one whose name has the noun.
// Claims are resolved in document order so that "X said … He said …" can follow the previous speaker.
import type { Sentence, Token } from '../text/token';
import type { Claim, Span } from '../types';
import { sentenceAt } from './mentions';
import type { Description } from './describe';
import { parseDescription, scoreDescription } from './describe';
import { stableOrder } from './order';
import { fold, isAscii, stripPossessive } from './fold';
import { surnameKey } from './names';
import type { SpeakerMark } from './salience';
import { ClaimCover, mostSalient, recentActors } from './salience';
import type { ActorGrouping, MentionTable } from './types';
import { genderOf } from './types';

const PRONOUN_WINDOW = 3;
const GROUP_WINDOW = 2;
const DESCRIPTION_WINDOW = 30;
const TYPE_PREFERENCE = ['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'MISC', 'EVENT'];

interface Ctx {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly g: ActorGrouping;
  readonly cover: ClaimCover;
  readonly speakers: SpeakerMark[];
  /** Per distinct span text: speaker spans repeat ("he", "officials", the same names). */
  readonly spans: Map<string, SpanFacts>;
}

interface SpanFacts {
  /** lookupForm's answer (null: none), undefined until asked. */
  form: number | null | undefined;
  d: Description | undefined;
}

export function resolveSpeakers(text: string, _tokens: readonly Token[], sentences: readonly Sentence[], candidates: readonly Claim[], grouping: ActorGrouping): Claim[] {
  const ctx: Ctx = { text, sentences, g: grouping, cover: new ClaimCover(candidates), speakers: [], spans: new Map() };
  const at: number[] = [];
  for (let i = 0; i < candidates.length; i++) at.push(candidates[i].speakerSpan?.start ?? candidates[i].start);
  const order = stableOrder(at);
  const out: Claim[] = candidates.slice();
  for (let n = 0; n < order.length; n++) {
    const i = order[n];
    const c = candidates[i];
    if (!c.speakerSpan) { out[i] = { ...c, speaker: null }; continue; }
    const sentence = sentenceAt(sentences, c.speakerSpan.start);
    const actor = resolveSpan(ctx, c.speakerSpan, sentence);
    // Claims are visited in order of speaker position, so `speakers` stays sorted.
    if (actor !== null) ctx.speakers.push({ start: c.speakerSpan.start, sentence, actor });
    out[i] = { ...c, speaker: actor === null ? null : grouping.actors[actor].id };
  }
  return out;
}

/** Actor index for a speaker mention span, or null. */
function resolveSpan(ctx: Ctx, span: Span, sentence: number): number | null {
  const raw = trimmed(ctx.text.slice(span.start, span.end));
  // Only the pronouns below are compared lower-cased (most spans are longer: no lower-cased copy for them).
  const lower = raw.length <= 5 ? raw.toLowerCase() : '';
  const { g } = ctx;
  const salient = (window: number, accept: (a: number) => boolean, bonus?: (a: number) => number): number | null =>
    mostSalient(g, { pos: span.start, sentence, window, accept, bonus }, ctx.cover, ctx.speakers);

  switch (lower) {
    case 'he': case 'him': case 'his': case 'she': case 'her': {
      const avoid = lower === 'he' || lower === 'him' || lower === 'his' ? 'f' : 'm';
      return salient(PRONOUN_WINDOW, (a) => g.actors[a].type === 'PERSON' && genderOf(g.profile(a)) !== avoid);
    }
    case 'they': case 'them': case 'their':
      return salient(GROUP_WINDOW, (a) => ['ORG', 'NORP', 'GPE'].includes(g.actors[a].type));
    case 'it': case 'its':
      return salient(GROUP_WINDOW, (a) => g.actors[a].type === 'ORG' || g.country(a) !== undefined);
    case 'i': case 'we': case 'you': case 'me': case 'us':
      return null;
  }

  // Actors of the mentions inside the span, in order.
  const inside = overlapping(g.table, span);
  const person = inside.find((a) => g.actors[a].type === 'PERSON');
  if (person !== undefined) return person;
  // What the span text says, once per distinct text (one map lookup per claim); the description only when the
  // text names no known actor.
  let facts = ctx.spans.get(raw);
  if (!facts) { facts = { form: undefined, d: undefined }; ctx.spans.set(raw, facts); }
  if (inside.length === 0) {
    if (facts.form === undefined) facts.form = lookupForm(g, raw) ?? null;
    if (facts.form !== null) return facts.form;
  }
  const d = (facts.d ??= parseDescription(raw));
  if (d.head && !d.plural && !d.indefinite) {
    const fit = bestDescribed(ctx, span, sentence, d);
    if (fit !== null) return fit;
  }
  if (inside.length > 0) {
    // An organisation or country speaking ("Iran’s Foreign Ministry said"). Behind a role noun only an
    // organisation stands in ("a spokesman for the ministry"), never the country of a demonym ("Iranian officials").
    const rank = (a: number): number => TYPE_PREFERENCE.indexOf(g.actors[a].type);
    const usable = d.head ? inside.filter((a) => g.actors[a].type === 'ORG') : inside;
    return usable.length > 0 ? usable.reduce((a, b) => (rank(b) < rank(a) ? b : a)) : null;
  }
  if (d.generic && !d.head) {
    const { kind, noun } = d.generic;
    if (kind === 'country') {
      if (d.countries.length > 0) return countryActor(g, d.countries[0]);
      return salient(PRONOUN_WINDOW, (a) => g.country(a) !== undefined);
    }
    return salient(PRONOUN_WINDOW, (a) => g.actors[a].type === 'ORG',
      (a) => (fold(g.actors[a].name).split(/\s+/).includes(noun) ? 1.5 : 0));
  }
  return null;
}

/** s.trim(), without the call when neither end can be whitespace (printable ASCII at both ends: most spans). */
function trimmed(s: string): string {
  if (s.length === 0) return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return a > 32 && a < 127 && b > 32 && b < 127 ? s : s.trim();
}

function bestDescribed(ctx: Ctx, span: Span, sentence: number, d: Description): number | null {
  const { g } = ctx;
  let best: number | null = null;
  let bestScore = 0;
  for (const a of recentActors(g, span.start, sentence, DESCRIPTION_WINDOW, ctx.speakers)) {
    if (g.actors[a].type !== 'PERSON') continue;
    const s = scoreDescription(d, g.profile(a));
    if (s > bestScore) { best = a; bestScore = s; }
  }
  return best;
}

function countryActor(g: ActorGrouping, code: string): number | null {
  for (let a = 0; a < g.actors.length; a++) if (g.country(a) === code) return a;
  return null;
}

const formIndexes = new WeakMap<ActorGrouping, Map<string, number>>();

/** Folded names and aliases, and surnames that only one person has ("surname:fayyad"), → actor index. */
function formIndex(g: ActorGrouping): Map<string, number> {
  const cached = formIndexes.get(g);
  if (cached) return cached;
  const forms = new Map<string, number>();
  const ambiguous = new Set<string>();
  // Indexed loops (no forEach callback, spread copy or iterator per actor): every actor of the text passes here.
  for (let ai = 0; ai < g.actors.length; ai++) {
    const a = g.actors[ai];
    addForm(forms, fold(a.name), ai);
    for (let f = 0; f < a.aliases.length; f++) addForm(forms, fold(a.aliases[f]), ai);
    if (a.type !== 'PERSON') continue;
    const k = `surname:${surnameKey(lastWord(a.name))}`;
    const prev = forms.get(k);
    if (prev !== undefined && prev !== ai) ambiguous.add(k); else forms.set(k, ai);
  }
  for (const k of ambiguous) forms.delete(k);
  formIndexes.set(g, forms);
  return forms;
}

function addForm(forms: Map<string, number>, k: string, ai: number): void {
  if (!forms.has(k)) forms.set(k, ai);
}

/** The last element of name.split(/\s+/); for ASCII names found without the regex. */
function lastWord(name: string): string {
  if (!isAscii(name)) { const words = name.split(/\s+/); return words[words.length - 1]; }
  let k = name.length - 1;
  while (k >= 0) { const c = name.charCodeAt(k); if (c === 32 || (c >= 9 && c <= 13)) break; k--; }
  return name.slice(k + 1);
}

/** A name or unique surname seen elsewhere in the text ("Fayyad" where this mention was not tagged). */
function lookupForm(g: ActorGrouping, raw: string): number | undefined {
  if (!/\p{Lu}/u.test(raw)) return undefined;
  const cleaned = stripPossessive(raw).replace(/^the\s+/i, '');
  const forms = formIndex(g);
  const byName = forms.get(fold(cleaned));
  if (byName !== undefined) return byName;
  const words = cleaned.split(/\s+/);
  return words.length <= 2 ? forms.get(`surname:${surnameKey(words[words.length - 1])}`) : undefined;
}

/** Actors of the mentions that overlap the span, in order of the mentions. */
function overlapping(t: MentionTable, span: Span): number[] {
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.end[mid] <= span.start) lo = mid + 1; else hi = mid;
  }
  const out: number[] = [];
  for (let k = Math.max(0, lo - 4); k < t.count && t.start[k] < span.end; k++) {
    if (t.end[k] > span.start) out.push(t.actor[k]);
  }
  return out;
}

// groupActors: entity mentions → actors.
//
// Two passes in document order. Pass 1 places every mention that carries a full name (countries and demonyms,
// multi-word person names, organisations, places). Pass 2 places what needs those names to be known first: bare
// surnames ("Amir-Abdollahian", "Fayyad") and acronyms ("IRGC"), whatever their position in the text. Last passes:
// compounds ("NATO-led") and an organisation's one-word short form ("the Post" for The Washington Post).
//
// People are never merged on a shared surname alone: two full names merge only when their given names agree
// (same, an initial, or a transliteration: "Qasim" / "Qassim"), so "George Bush" and "Jeb Bush" stay apart. A
// bare surname attaches to the only person with that surname; when several have it, to the one introduced first
// by full name before the bare mention (or, if none was named before, the first named after it).
import type { Sentence } from '../text/token';
import type { Tokens } from '../text/tokens';
import type { Actor, Entity, EntityType } from '../types';
import { filledLike } from './arrays';
import { CHUNK } from './chunks';
import { buildProfiles } from './context';
import { isAllCaps, isAscii } from './fold';
import { actorName, assignIds, byFirstMention } from './ids';
import type { ParsedName } from './names';
import { compoundBase, initialsOf, isAcronymText, parseName } from './names';
import type { Builder } from './registry';
import { companyBeforePerson, firstIntroduced, nearest, Registry } from './registry';
import { honorificGender, ofHonorific } from './honorific';
import { partyNamed } from './parties';
import { isNameTitle } from './roles';
import type { ActorGrouping } from './types';


/**
 * What the passes share. Each pass is its own small function: V8 optimises (and, when a pass first meets a new
 * case, re-optimises) one pass at a time instead of recompiling one huge function, which cost more CPU on a cold
 * run than the passes themselves.
 */
interface Grouping {
  readonly text: string;
  readonly sorted: readonly Entity[];
  /** Parsed name of each sorted entity (undefined for non-actor types) and the number of its distinct name. */
  readonly names: readonly (ParsedName | undefined)[];
  readonly nameId: Int32Array;
  readonly parsed: readonly ParsedName[];
  /** acronymKey of each distinct name that is an acronym ('' for others): pass 2 reads it for every acronym mention. */
  readonly acronymKeys: readonly string[];
  /** Actor of each sorted entity, once placed. */
  readonly owner: (Builder | undefined)[];
  readonly reg: Registry;
}

export function groupActors(text: string, tokens: Tokens, sentences: readonly Sentence[], entities: readonly Entity[]): ActorGrouping {
  // Entities usually come sorted (the tagger's are): then they are used as they are, without an order array.
  const order = isSorted(entities) ? undefined
    : entities.map((_, i) => i).sort((a, b) => entities[a].start - entities[b].start || entities[a].end - entities[b].end);
  const sorted = order ? order.map((i) => entities[i]) : entities;
  const { names, nameId, parsed } = parseNames(sorted);
  const reg = new Registry();
  const acronymKeys = acronymKeysOf(parsed);
  const inText = new Set<string>();
  for (let k = 0; k < parsed.length; k++) if (parsed[k].acronym) inText.add(acronymKeys[k]);
  reg.acronymsInText = inText;
  const g: Grouping = { text, sorted, names, nameId, parsed, acronymKeys, owner: filledLike<Builder | undefined>(sorted, undefined), reg };
  const { deferred, compounds, titled } = placeFullNames(g);
  linkParenAcronyms(g);
  for (let k = 0; k < titled.length; k++) placeTitledGivenName(g, titled[k], g.names[titled[k]] as ParsedName);
  placeDeferred(g, deferred);
  placeCompounds(g, compounds);
  joinShortOrgNames(g);
  joinPluralOrgNames(g);
  joinCountryPrefixedOrgs(g);

  const rank = byFirstMention(reg.builders, sorted);
  const actorNames = reg.builders.map(actorName);
  const ids = assignIds(reg.builders, actorNames, rank);
  const { actors, formKeys, profiles, mentions, actorOf } = buildProfiles(text, tokens, sentences, sorted, names, g.owner, reg.builders,
    { ids, names: actorNames, rank });
  return { entities: relink(entities, order, sorted, actorOf, actors), actors, profiles, mentions, formKeys };
}

/**
 * Parses each distinct (type, text) once (names repeat a lot) and numbers the distinct names. Numbering, parsing
 * and the per-mention list are separate loops: the mention loops stay small and are not deoptimised when the
 * parser meets a new kind of name.
 */
function parseNames(sorted: readonly Entity[]): { names: (ParsedName | undefined)[]; nameId: Int32Array; parsed: ParsedName[] } {
  const nameId = new Int32Array(sorted.length).fill(-1);
  const parsed = parseFirsts(sorted, numberNames(sorted, nameId));
  return { names: namesOf(nameId, parsed), nameId, parsed };
}

function parseFirsts(sorted: readonly Entity[], firstOf: readonly number[]): ParsedName[] {
  const parsed: ParsedName[] = [];
  for (let k = 0; k < firstOf.length; k++) parsed.push(parseName(sorted[firstOf[k]].text, sorted[firstOf[k]].type));
  return parsed;
}

/** Sets the number of each mention's distinct name; returns the first mention of each. */
function numberNames(sorted: readonly Entity[], nameId: Int32Array): number[] {
  // One text → id map per actor type, found by a switch (no Map of Maps looked up per mention).
  const byType: Map<string, number>[] = [];
  for (let t = 0; t < ACTOR_TYPE_COUNT; t++) byType.push(new Map());
  const firstOf: number[] = [];
  for (let from = 0; from < sorted.length; from += CHUNK) numberNamesIn(sorted, nameId, byType, firstOf, from, Math.min(sorted.length, from + CHUNK));
  return firstOf;
}

function numberNamesIn(sorted: readonly Entity[], nameId: Int32Array, byType: readonly Map<string, number>[], firstOf: number[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const e = sorted[i];
    const t = actorTypeIndex(e.type);
    if (t < 0 || isStance(e.text)) continue;
    const byText = byType[t];
    let id = byText.get(e.text);
    if (id === undefined) { id = firstOf.length; firstOf.push(i); byText.set(e.text, id); }
    nameId[i] = id;
  }
}

function namesOf(nameId: Int32Array, parsed: readonly ParsedName[]): (ParsedName | undefined)[] {
  // Sized once (one slot per mention): pushing grows the array through several copies.
  const names = new Array<ParsedName | undefined>(nameId.length);
  for (let i = 0; i < nameId.length; i++) names[i] = nameId[i] >= 0 ? parsed[nameId[i]] : undefined;
  return names;
}

const ACTOR_TYPE_COUNT = 7;

const STANCE = /^(?:anti|pro)[-\u2010\u2011]\S/i;

/**
 * "anti-Iran", "Anti-Iranian", "pro-Kremlin": a stance named after an actor, which the tagger rightly marks (MISC,
 * as CoNLL does), but nobody who acts or speaks, so it forms no actor. First letter checked before the regex.
 */
function isStance(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return (c === 97 || c === 112) && STANCE.test(text);
}

/** Index of an actor type (0 … ACTOR_TYPE_COUNT - 1), or -1 for types that form no actors (dates). */
function actorTypeIndex(type: string): number {
  switch (type) {
    case 'PERSON': return 0;
    case 'ORG': return 1;
    case 'GPE': return 2;
    case 'LOC': return 3;
    case 'NORP': return 4;
    case 'EVENT': return 5;
    case 'MISC': return 6;
    default: return -1;
  }
}

function place(g: Grouping, i: number, b: Builder, full: boolean, as: EntityType = g.sorted[i].type): void {
  g.owner[i] = b;
  const name = g.names[i] as ParsedName;
  if (b.add(i, name, g.sorted[i].start, full)) g.reg.register(b, name, as);
}

/** A new actor for a name; a party is an organisation, whichever of its forms comes first ("Democrats", "GOP-led"). */
function createFor(reg: Registry, type: EntityType, name: ParsedName): Builder {
  return reg.create(partyNamed(name.key) !== undefined ? 'ORG' : type);
}

/** What pass 1 keeps from one chunk to the next. */
class FullNamePass {
  /** Pass 1 decisions for a name, reused while nothing that could change them has changed: a non-person name always
   * finds the same actor; a person's, as long as no one else with that surname has appeared. */
  readonly decided: (Builder | undefined)[];
  readonly decidedVersion: Int32Array;
  /** Mentions left for pass 2 (bare surnames, acronyms), in order. */
  readonly deferred: number[] = [];
  /** Compounds of a name that is no country ("NATO-led", "Florida-based"), left for the last pass. */
  readonly compounds: number[] = [];
  /** Names of a title and a given name ("Prince Faisal"), placed once every full name is known. */
  readonly titled: number[] = [];
  constructor(parsed: readonly ParsedName[]) {
    this.decided = filledLike<Builder | undefined>(parsed, undefined);
    this.decidedVersion = new Int32Array(parsed.length);
  }
}

/** Pass 1: full names (in chunks: see chunks.ts). Returns the mentions left for pass 2 (bare surnames, acronyms) and
 * for the last pass (compounds), in order. */
function placeFullNames(g: Grouping): FullNamePass {
  const pass = new FullNamePass(g.parsed);
  for (let from = 0; from < g.sorted.length; from += CHUNK) placeFullNamesIn(g, pass, from, Math.min(g.sorted.length, from + CHUNK));
  return pass;
}

function placeFullNamesIn(g: Grouping, pass: FullNamePass, from: number, to: number): void {
  const { sorted, names, nameId, reg } = g;
  const { decided, decidedVersion, deferred } = pass;
  for (let i = from; i < to; i++) {
    const name = names[i];
    if (!name || !name.display) continue;
    const type = sorted[i].type;
    if (name.country) { place(g, i, reg.country(name.country.country), !name.country.demonym); continue; }
    if (type !== 'PERSON' && compoundBase(sorted[i].text) !== undefined) { pass.compounds.push(i); continue; }
    if (name.acronym || (type === 'PERSON' && name.units.length < 2)) { deferred.push(i); continue; }
    if (type === 'PERSON' && titledGivenName(name)) { pass.titled.push(i); continue; }
    const person = type === 'PERSON';
    const id = nameId[i];
    let b = decided[id];
    if (b && person && decidedVersion[id] !== reg.surnameVersion(name.surname)) b = undefined;
    if (!b) {
      if (person) {
        const cands = reg.fullNameMatches(name);
        b = cands.length > 0 ? nearest(cands, sorted[i].start) : reg.twoWordSurnameOwner(name) ?? reg.create(type);
      } else b = reg.exact(type, name.key) ?? reg.exactAnyGroup(name.key) ?? createFor(reg, type, name);
      decided[id] = b;
    }
    place(g, i, b, true);
    if (person) decidedVersion[id] = reg.surnameVersion(name.surname);
  }
}

/** Acronyms defined by a parenthesis next to their expansion, in either order (in chunks: see chunks.ts). */
function linkParenAcronyms(g: Grouping): void {
  for (let from = 0; from + 1 < g.sorted.length; from += CHUNK) linkParenAcronymsIn(g, from, Math.min(g.sorted.length - 1, from + CHUNK));
}

function linkParenAcronymsIn(g: Grouping, from: number, to: number): void {
  const { sorted, names, reg } = g;
  for (let i = from; i < to; i++) {
    // The gap test first, here: calling parenPair for each of ~87,000 neighbours allocated ~3.5 MB per 5 MB text
    // (sampling heap profiler), though it returns at once for all but a few hundred.
    if (sorted[i + 1].start < sorted[i].end || !parenGap(g.text, sorted[i].end, sorted[i + 1].start)) continue;
    const pair = parenPair(g.text, sorted, names, i);
    if (!pair) continue;
    const b = g.owner[pair.expansion];
    const key = acronymKey((names[pair.acronym] as ParsedName).display);
    if (b && !reg.byAcronym.has(key)) reg.byAcronym.set(key, b);
  }
}

/** Short names and acronyms that no rule derives from the full name news gives the same body (folded): "ISIS" and
 * "ISIL" are the Islamic State, "the Fed" the Federal Reserve. */
const KNOWN_FULL_NAMES = new Map([['isis', 'islamic state'], ['isil', 'islamic state'], ['fed', 'federal reserve'],
  ['bundesbank', 'deutsche bundesbank'], ['met', 'metropolitan police']]);

/**
 * Last pass: "NATO-led", "Florida-based" join the actor their name names once every other mention is placed (placed
 * in pass 1, "NATO-led" first in a text made NATO a MISC actor that the organisation's own mentions then joined);
 * with no such actor, an actor of their own under that name.
 */
function placeCompounds(g: Grouping, compounds: readonly number[]): void {
  const { sorted, names, reg } = g;
  for (let k = 0; k < compounds.length; k++) {
    const i = compounds[k];
    const name = names[i] as ParsedName;
    const key = g.acronymKeys[g.nameId[i]];
    const b = (name.acronym ? reg.byAcronym.get(key) : undefined) ?? reg.exactAnyGroup(name.key) ?? reg.exact(sorted[i].type, name.key)
      ?? byInitials(reg, name.display);
    if (b) place(g, i, b, false);
    else place(g, i, createFor(reg, sorted[i].type, name), true);
  }
}

/**
 * Last pass: an organisation named only by one word that ends the name of exactly one organisation named in full ("the
 * Post", "the Times" after "The Washington Post", "The New York Times"), or opens it before words such as "News" or
 * "University" only ("Breitbart", "Lehigh": registry.ts NAME_TAILS), is that organisation: its mentions move there.
 * A pass of its own, after every name is placed, so that the order of the two names does not matter.
 */
function joinShortOrgNames(g: Grouping): void {
  const { reg } = g;
  const into = new Map<Builder, Builder>();
  for (let k = 0; k < reg.builders.length; k++) {
    const b = reg.builders[k];
    // Not an acronym ("CNN", "PAC"): the head of "All CNN" or "a super PAC" is no short form of a name.
    if (!oneWordOrg(b)) continue;
    const key = b.formKeys[0];
    const alias = KNOWN_FULL_NAMES.get(key);
    const owner = reg.shortFormOwner(key) ?? (alias !== undefined ? reg.exact('ORG', alias) : undefined);
    if (owner !== undefined && owner !== b) into.set(b, owner);
  }
  moveMentions(g, into);
}

/**
 * "Yemen's Houthis" and "Houthi rebels": a one-word organisation and its plural are one group (the tagger marks both);
 * the singular's mentions join the plural's actor.
 */
function joinPluralOrgNames(g: Grouping): void {
  const { reg } = g;
  const byKey = new Map<string, Builder>();
  for (const b of reg.builders) if (oneWordOrg(b)) byKey.set(b.formKeys[0], b);
  const into = new Map<Builder, Builder>();
  for (const [key, b] of byKey) {
    const singular = key.length > 5 && key.endsWith('s') && !key.endsWith('ss') ? byKey.get(key.slice(0, -1)) : undefined;
    if (singular !== undefined) into.set(singular, b);
  }
  moveMentions(g, into);
}

/** Country abbreviations an agency's name may open with or leave out ("U.S. Department of Justice" / "Department of Justice"). */
const COUNTRY_PREFIXES = ['us ', 'uk ', 'eu ', 'un '];

/** An organisation of several words named once with a country's abbreviation before it and once without is one. */
function joinCountryPrefixedOrgs(g: Grouping): void {
  const into = new Map<Builder, Builder>();
  for (const b of g.reg.builders) {
    const key = b.type === 'ORG' && b.formKeys.length > 0 ? b.formKeys[0] : '';
    if (key.indexOf(' ') < 0 || COUNTRY_PREFIXES.some((p) => key.startsWith(p))) continue;
    for (const p of COUNTRY_PREFIXES) {
      const owner = g.reg.exact('ORG', p + key);
      if (owner !== undefined && owner !== b) { into.set(b, owner); break; }
    }
  }
  moveMentions(g, into);
}

/** Every mention of an actor in `into`'s keys moves to the actor it maps to; the emptied actors go. */
function moveMentions(g: Grouping, into: ReadonlyMap<Builder, Builder>): void {
  if (into.size === 0) return;
  for (let i = 0; i < g.owner.length; i++) {
    const target = into.get(g.owner[i] as Builder);
    if (target !== undefined) place(g, i, target, false);
  }
  g.reg.dropBuilders(into);
}

/** An organisation known by one word only, not an acronym. */
function oneWordOrg(b: Builder): boolean {
  const key = b.formKeys.length > 0 ? b.formKeys[0] : ' ';
  return b.type === 'ORG' && key.indexOf(' ') < 0 && b.formKeys.every((f) => f === key) && !b.forms.some(isAcronymText);
}

/** The actor of an acronym the name spells ("United Nations" for an actor named "U.N."), if one is known. */
function byInitials(reg: Registry, display: string): Builder | undefined {
  const inis = initialsOf(display);
  for (let k = 0; k < inis.length; k++) {
    const b = reg.byAcronym.get(inis[k]);
    if (b) return b;
  }
  return undefined;
}

/** Of the actors whose initials spell an acronym, those whose name does not hold it as a word: "UN News" spells "UN"
 * but is no expansion of it (the United Nations is). */
function notNamedWith(cands: readonly Builder[], acronym: string): readonly Builder[] {
  const word = (b: Builder): boolean => b.formKeys.some((f) => f.split(' ').indexOf(acronym) >= 0);
  return cands.some(word) ? cands.filter((b) => !word(b)) : cands;
}

/** Pass 2: bare surnames and acronyms (in chunks: see chunks.ts). */
function placeDeferred(g: Grouping, deferred: readonly number[]): void {
  for (let from = 0; from < deferred.length; from += CHUNK) placeDeferredIn(g, deferred, from, Math.min(deferred.length, from + CHUNK));
}

function placeDeferredIn(g: Grouping, deferred: readonly number[], from: number, to: number): void {
  const { sorted, names, reg } = g;
  for (let k = from; k < to; k++) {
    const i = deferred[k];
    const name = names[i] as ParsedName;
    const e = sorted[i];
    if (name.acronym) {
      const key = g.acronymKeys[g.nameId[i]];
      const ini = notNamedWith(reg.initials(key), key);
      const known = KNOWN_FULL_NAMES.get(key);
      const b = reg.byAcronym.get(key) ?? reg.exact(e.type, name.key) ?? (ini.length > 0 ? nearest(ini, e.start) : undefined)
        ?? reg.exactAnyGroup(name.key) ?? (known ? reg.exact('ORG', known) : undefined);
      if (b) { place(g, i, b, false); continue; }
      const created = reg.create(e.type);
      reg.byAcronym.set(key, created);
      place(g, i, created, true);
      continue;
    }
    let cands = name.surname ? notByFather(ofGeneration(reg.surnameMatches(name.surname), name.generation), name) : [];
    if (cands.length > 1) {
      const said = honorificGender(g.text, e, name);
      if (said) cands = ofHonorific(cands, said, g.text, sorted, names);
    }
    // A bare name with no honorific ("Halvorsen", not "Ms. Brainard") may be the company named so before.
    const bare = e.type === 'PERSON' && name.units.length === 1 && name.titleRoles.length === 0 && name.gender === undefined;
    const company = bare ? companyBeforePerson(reg, name.key, cands, e.start) : undefined;
    if (company) place(g, i, company, false, 'ORG'); // as the company's name: no surname a person could be found by
    else if (cands.length > 0) place(g, i, firstIntroduced(cands, e.start), false);
    else place(g, i, reg.create(e.type), true);
  }
}

/** "Prince Faisal", "Sheikh Tamim", "King Salman": a title that is part of the name, and one given name. */
function titledGivenName(name: ParsedName): boolean {
  return name.units.length === 2 && isNameTitle(name.units[0]);
}

/**
 * Such a name is the one person named in full with that given name, wherever in the text ("Prince Faisal" …
 * "Faisal bin Farhan"); never by surname ("King Salman" is no "Mohammed bin Salman"); else a full name of its own.
 */
function placeTitledGivenName(g: Grouping, i: number, name: ParsedName): void {
  const owner = g.reg.givenNameOwner(name.units[1]);
  if (owner) { place(g, i, owner, false); return; }
  const same = g.reg.fullNameMatches(name);
  place(g, i, same.length > 0 ? nearest(same, g.sorted[i].start) : g.reg.create('PERSON'), true);
}

/**
 * A plain bare name ("Salman", of "King | Salman" as the tagger cut it) is nobody's father's name: "Mohammed bin
 * Salman" is no candidate for it, where "Bin Salman" would be (its key holds the particle).
 */
function notByFather(cands: readonly Builder[], name: ParsedName): readonly Builder[] {
  if (name.units.length !== 1 || cands.length === 0 || name.key.includes(' ')) return cands;
  const tails = [` bin ${name.key}`, ` ibn ${name.key}`, ` bint ${name.key}`];
  return cands.filter((b) => !b.formKeys.some((k) => tails.some((t) => k.endsWith(t))));
}

/**
 * Of the people a bare surname can mean, those its generational suffix allows: "Trump Jr." only a Jr.; a bare
 * "Trump" the people named without a suffix when there are any (the son is the one written with "Jr.").
 */
function ofGeneration(cands: readonly Builder[], generation: string): readonly Builder[] {
  let same = 0;
  for (let k = 0; k < cands.length; k++) if (cands[k].generation === generation) same++;
  if (same === cands.length || (same === 0 && generation === '')) return cands;
  return cands.filter((b) => b.generation === generation);
}

/** The input entities in input order, each grouped one with its actor id. */
function relink(entities: readonly Entity[], order: readonly number[] | undefined, sorted: readonly Entity[], actorOf: Int32Array, actors: readonly Actor[]): Entity[] {
  const out: Entity[] = entities.slice();
  for (let k = 0; k < sorted.length; k++) {
    const a = actorOf[k];
    if (a < 0) continue;
    const e = sorted[k];
    out[order ? order[k] : k] = { start: e.start, end: e.end, text: e.text, type: e.type, actor: actors[a].id };
  }
  return out;
}

function isSorted(entities: readonly Entity[]): boolean {
  for (let i = 1; i < entities.length; i++) {
    const a = entities[i - 1];
    const b = entities[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

function acronymKeysOf(parsed: readonly ParsedName[]): string[] {
  const keys: string[] = [];
  for (let k = 0; k < parsed.length; k++) keys.push(parsed[k].acronym ? acronymKey(parsed[k].display) : '');
  return keys;
}

/** Lower-cased letters and digits of an acronym ("U.N." → "un"); for ASCII (most) without the Unicode regex. */
function acronymKey(display: string): string {
  const lower = display.toLowerCase();
  return isAscii(lower) ? lower.replace(/[^a-z0-9]/g, '') : lower.replace(/[^\p{L}\p{N}]/gu, '');
}

/** "Expansion (ACR)" or "ACR (Expansion)": entity i and i+1 with only an opening parenthesis between them (the
 * caller has tested parenGap). */
function parenPair(text: string, sorted: readonly Entity[], names: readonly (ParsedName | undefined)[], i: number): { acronym: number; expansion: number } | undefined {
  const a = sorted[i];
  const b = sorted[i + 1];
  const na = names[i];
  const nb = names[i + 1];
  if (!na || !nb) return undefined;
  if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) return undefined;
  let acronym: number;
  if (nb.acronym && !na.acronym) acronym = i + 1;
  else if (na.acronym && !nb.acronym && isAcronymText(a.text)) acronym = i;
  else return undefined;
  const expansion = acronym === i ? i + 1 : i;
  // "TEHRAN (Tasnim)", "LOS ANGELES (AP)": a dateline's place in capitals and the agency, no acronym and its name.
  if (a.type !== b.type && ((isPlaceType(a.type) && isAllCaps(a.text)) || (isPlaceType(b.type) && isAllCaps(b.text)))) return undefined;
  const acr = acronymKey((names[acronym] as ParsedName).display);
  const exp = (names[expansion] as ParsedName).key;
  // Plausibility: the acronym starts with the initial of some word of the expansion, or a translated name of several
  // words gives its native acronym ("Supreme Audit Office (NIK)", "Federal Maritime and Hydrographic Agency (BSH)").
  const words = exp.split(/[\s-]+/);
  if (!words.some((w) => w.startsWith(acr[0])) && !(words.length >= 3 && sorted[expansion].type === 'ORG' && sorted[acronym].type === 'ORG')) return undefined;
  return { acronym, expansion };
}

const isPlaceType = (t: EntityType): boolean => t === 'GPE' || t === 'LOC';

/**
 * Cheap necessary condition for the gap regex (most neighbours are far apart or have words between them): the gap
 * holds a "(" and no printable ASCII before it. Non-ASCII characters are left to the regex.
 */
function parenGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) return true;
    if (c > 32 && c < 127) return false;
  }
  return false;
}

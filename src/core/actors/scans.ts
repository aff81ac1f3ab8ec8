// The words around a person's mention: titles before the name ("Iraq’s national security advisor Qassim
// al-Araji"), an apposition after it ("Faleh al-Fayyad, head of Iraq’s Hashd al-Sha’abi") and the gender of the
// pronoun that follows ("Amir-Abdollahian said he …"). Each scan is capped at a few tokens. The scans read only
// the grouping (which actor each entity is, and its type and country), never other profiles, so a profile can be
// built for one actor alone, in any order, with the same result.
import type { Sentence, Token } from '../text/token';
import type { Actor, Entity } from '../types';
import { lookupCountry } from './countries';
import { stripPossessive } from './fold';
import type { TokenMaps } from './mentions';
import type { ParsedName } from './names';
import { Pronouns } from './pronouns';
import type { Gender } from './roles';
import { addRoleWords, canonicalRole, genderOfTitle, isHead, isTitleWord, roleKey } from './roles';
import type { ActorProfile, MentionPosition } from './types';

const MAX_SCAN = 14;
const GENDER_SCAN = 20;
const CONNECTORS = new Set(['of', 'for', 'at', 'to', 'in']);
const ARTICLES = new Set(['the', 'a', 'an']);
const withCapitals = (ws: readonly string[]): Set<string> => new Set(ws.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
const SUBJECT_BEFORE = withCapitals([',', ';', ':', 'and', 'but', '“', '"', '—', '--', '–', 'while', 'as', 'meanwhile', 'however', 'then']);
/** Shared by every profile until it has something to hold (most actors never do); never written. */
const EMPTY: Set<never> = new Set();
type MutableProfile = { -readonly [K in keyof ActorProfile]: ActorProfile[K] };
const startsUpper = (s: string): boolean => { const c = s.charCodeAt(0); return (c >= 65 && c <= 90) || (c > 127 && s[0] !== s[0].toLowerCase()); };
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);

export interface Scan { roles: string[]; countries: string[]; orgs: number[]; orgWords: string[] }

/** What the scans read: the text's tokens and the grouping. */
export interface ScanState extends TokenMaps {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly sorted: readonly Entity[];
  readonly names: readonly (ParsedName | undefined)[];
  readonly actorOf: Int32Array;
  readonly actors: readonly Actor[];
  /** ISO code of the country each actor is, or undefined. */
  readonly countryOf: readonly (string | undefined)[];
  /** 1 for actors that are people: read per pronoun-scan step (a byte, not a string comparison). */
  readonly person: Uint8Array;
  /** One pair of scans reused for every person mention (addRoles copies what it keeps). */
  readonly left: Scan;
  readonly right: Scan;
  /** Personal pronouns by word type: made on the first gender scan. */
  pronouns?: Pronouns;
}

export const newScan = (): Scan => ({ roles: [], countries: [], orgs: [], orgWords: [] });

function affiliation(st: ScanState, ent: number, scan: Scan): boolean {
  const a = st.actorOf[ent];
  if (a < 0) return false;
  const country = st.countryOf[a];
  if (country) { scan.countries.push(country); return true; }
  if (st.actors[a].type !== 'ORG') return false;
  scan.orgs.push(a);
  const ws = st.sorted[ent].text.split(/\s+/);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    const c = startsUpper(w) ? lookupCountry(w) : undefined;
    if (c?.demonym) scan.countries.push(c.country.code);
    else if (isTitleWord(roleKey(w))) scan.orgWords.push(roleKey(w));
  }
  return true;
}

/** One gender vote; a named field each (a keyed `votes[g]++` deoptimised on the second key). */
function vote(p: ActorProfile, g: Gender): void {
  if (g === 'm') p.genderVotes.m++; else p.genderVotes.f++;
}

/** Left of a person's mention: titles, demonyms, "Iraq’s", organisations, "(SNSC)", "of", into `st.left`; returns
 * the token where the scan stopped. */
function leftScan(st: ScanState, i: number, ft: number, sFirst: number): number {
  const { tokens, tokenEntity, left } = st;
  clearScan(left);
  let j = ft - 1;
  for (let steps = 0; j >= sFirst && steps < MAX_SCAN; steps++) {
    const ent = tokenEntity[j];
    if (ent >= 0 && ent !== i) {
      if (!affiliation(st, ent, left)) break;
      j = st.firstTok[ent] - 1;
      continue;
    }
    const tx = tokens[j].text;
    if (tokens[j].kind !== 'word' && tx !== ')' && !POSSESSIVE.has(tx)) break;
    const k = roleKey(tx);
    if (POSSESSIVE.has(tx) || CONNECTORS.has(k)) { j--; continue; }
    if (tx === ')') { const open = findOpen(tokens, j, sFirst); if (open < 0) break; j = open - 1; continue; }
    if (isTitleWord(k)) { left.roles.unshift(k); j--; continue; }
    const c = startsUpper(tx) ? lookupCountry(tx) : undefined;
    if (c && (c.demonym || stripPossessive(tx) !== tx || POSSESSIVE.has(tokens[j + 1]?.text))) { left.countries.push(c.country.code); j--; continue; }
    break;
  }
  return j;
}

/** Apposition after "Name ,": roles, countries and organisations from token `from` on, into `st.right`. */
function rightScan(st: ScanState, from: number, sEnd: number): void {
  const { tokens, tokenEntity, right } = st;
  clearScan(right);
  for (let k2 = from, steps = 0; k2 < sEnd && steps < MAX_SCAN; steps++) {
    const ent = tokenEntity[k2];
    if (ent >= 0) { if (!affiliation(st, ent, right)) break; k2 = st.lastTok[ent] + 1; continue; }
    const tx = tokens[k2].text;
    const k = roleKey(tx);
    if (POSSESSIVE.has(tx) || ARTICLES.has(k) || (CONNECTORS.has(k) && right.roles.length > 0)) { k2++; continue; }
    if (isTitleWord(k)) { right.roles.push(k); k2++; continue; }
    const c = startsUpper(tx) ? lookupCountry(tx) : undefined;
    if (c && (c.demonym || stripPossessive(tx) !== tx || POSSESSIVE.has(tokens[k2 + 1]?.text))) { right.countries.push(c.country.code); k2++; continue; }
    break;
  }
}

/** Gender of the first personal pronoun from token `from` on, before any other person is named. */
function pronounGender(st: ScanState, from: number, sEnd: number): Gender | undefined {
  const { tokenEntity, actorOf, person } = st;
  const pronouns = (st.pronouns ??= new Pronouns(st.tokens));
  const genderEnd = Math.min(sEnd, from + GENDER_SCAN);
  for (let k = from; k < genderEnd; k++) {
    const ent = tokenEntity[k];
    if (ent >= 0 && actorOf[ent] >= 0 && person[actorOf[ent]] === 1) return undefined;
    const g = pronouns.genderAt(k);
    if (g) return g;
  }
  return undefined;
}

/** What addRoles reads of a scan (a name's stripped title is passed as it is, without copying it into a scan). */
interface ScanView { readonly roles: readonly string[]; readonly countries: readonly string[]; readonly orgs: readonly number[]; readonly orgWords: readonly string[] }
const NO_ORGS: readonly number[] = [];
/** Empty, of the elements kind of filled word lists (a `[]` literal has another; see NONE in names.ts). */
const NO_WORDS: readonly string[] = ['-'].slice(1);

/**
 * Records a scan's roles and affiliations; a member of an organisation is at least one of its officials. Indexed
 * loops: in code not yet optimised, for-of allocates an iterator result per element.
 */
function addRoles(profile: ActorProfile, scan: ScanView): void {
  const p = profile as MutableProfile;
  const head = scan.roles.some(isHead);
  if (head || scan.orgs.length > 0) { if (p.roles === EMPTY) p.roles = new Set(); }
  if (head) {
    addRoleWords(scan.roles, p.roles);
    if (p.rolePhrases === EMPTY) p.rolePhrases = new Set();
    p.rolePhrases.add(scan.roles.join(' '));
  }
  if (scan.orgs.length > 0) {
    p.roles.add('official');
    for (let k = 0; k < scan.orgWords.length; k++) p.roles.add(canonicalRole(scan.orgWords[k]));
    if (p.orgs === EMPTY) p.orgs = new Set();
    for (let k = 0; k < scan.orgs.length; k++) p.orgs.add(scan.orgs[k]);
  }
  if (scan.countries.length > 0) {
    if (p.countries === EMPTY) p.countries = new Set();
    for (let k = 0; k < scan.countries.length; k++) p.countries.add(scan.countries[k]);
  }
}

/** Empties a scan; most are already empty, and setting `length` is a runtime call, so only when needed. */
function clearScan(s: Scan): void {
  if (s.roles.length > 0) s.roles.length = 0;
  if (s.countries.length > 0) s.countries.length = 0;
  if (s.orgs.length > 0) s.orgs.length = 0;
  if (s.orgWords.length > 0) s.orgWords.length = 0;
}

function findOpen(tokens: readonly Token[], close: number, lo: number): number {
  for (let k = close - 1; k >= Math.max(lo, close - 8); k--) if (tokens[k].text === '(') return k;
  return -1;
}


/**
 * Clause position of sorted entity i (an actor's mention): people look past their titles ("Iraq’s national
 * security advisor Qassim al-Araji" after a comma is a subject), others at the token before them.
 */
export function mentionPosition(st: ScanState, i: number): MentionPosition {
  const ft = st.firstTok[i];
  if (ft < 0) return 'other';
  return st.person[st.actorOf[i]] === 1 ? personPosition(st, i, ft) : otherPosition(st, i, ft);
}

function otherPosition(st: ScanState, i: number, ft: number): MentionPosition {
  const { tokens } = st;
  const sentence = st.tokenSentence[ft];
  const sFirst = st.sentences[sentence]?.firstToken ?? 0;
  const sEnd = st.sentences[sentence]?.endToken ?? tokens.length;
  const prev = ft - 1;
  const position: MentionPosition = prev < sFirst || SUBJECT_BEFORE.has(tokens[prev].text) ? 'subject'
    : tokens[prev].kind === 'word' && !POSSESSIVE.has(tokens[prev].text) ? 'object' : 'other';
  const after = st.lastTok[i] + 1;
  return after < sEnd && POSSESSIVE.has(tokens[after].text) ? 'other' : position;
}

function personPosition(st: ScanState, i: number, ft: number): MentionPosition {
  const { tokens } = st;
  const sentence = st.tokenSentence[ft];
  const sFirst = st.sentences[sentence]?.firstToken ?? 0;
  const sEnd = st.sentences[sentence]?.endToken ?? tokens.length;
  let j = leftScan(st, i, ft, sFirst);
  // Connectors and possessives at the far left are not part of the title ("with", "of").
  while (j + 1 < ft && (CONNECTORS.has(tokens[j + 1].text) || POSSESSIVE.has(tokens[j + 1].text))) j++;
  let position: MentionPosition = 'other';
  if (j < sFirst || SUBJECT_BEFORE.has(tokens[j].text)) position = 'subject';
  else if (tokens[j].kind === 'word') position = 'object';
  const after = st.lastTok[i] + 1;
  if (after < sEnd && POSSESSIVE.has(tokens[after].text)) position = 'other';
  return position;
}

/** What the words around person mention i (sorted entity) say: titles, appositions and pronoun gender, into p. */
export function personEvidence(st: ScanState, i: number, p: ActorProfile): void {
  const ft = st.firstTok[i];
  if (ft < 0) return;
  const { tokens } = st;
  const sentence = st.tokenSentence[ft];
  const sFirst = st.sentences[sentence]?.firstToken ?? 0;
  const sEnd = st.sentences[sentence]?.endToken ?? tokens.length;
  leftScan(st, i, ft, sFirst);
  const after = st.lastTok[i] + 1;
  const name = st.names[i] as ParsedName;
  // Most spans carry no title: an empty scan would add nothing, so it is not built.
  if (name.titleRoles.length > 0 || name.titleCountries.length > 0) {
    addRoles(p, { roles: name.titleRoles, countries: name.titleCountries, orgs: NO_ORGS, orgWords: NO_WORDS });
  }
  if (name.gender) vote(p, name.gender);
  const left = st.left;
  // Most mentions have an empty left scan: the length tests come first (no callback run).
  const leftTitled = left.roles.length > 0;
  if ((leftTitled && left.roles.some(isHead)) || left.orgs.length > 0 || (!leftTitled && left.countries.length > 0)) addRoles(p, left);
  const honorific = leftTitled ? genderOfTitle(left.roles[left.roles.length - 1]) : undefined;
  if (honorific) vote(p, honorific);
  // Right: ", head of Iraq’s Hashd al-Sha’abi".
  if (after < sEnd && tokens[after].text === ',') {
    rightScan(st, after + 1, sEnd);
    if (st.right.roles.length > 0 && st.right.roles.some(isHead)) addRoles(p, st.right);
  }
  const pronoun = pronounGender(st, after, sEnd);
  if (pronoun) vote(p, pronoun);
}

/** A profile with nothing in it yet; the empty sets are shared until something is added. */
export function emptyProfile(country: string | undefined): ActorProfile {
  return { roles: EMPTY, rolePhrases: EMPTY, countries: EMPTY, orgs: EMPTY, genderVotes: { m: 0, f: 0 }, country };
}

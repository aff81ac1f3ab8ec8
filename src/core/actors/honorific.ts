// "Mr. Clinton" and "Mrs. Clinton" in an article that names both Bill and Hillary Clinton: a bare surname's
// honorific says which of several people sharing the surname it means. Each candidate's gender comes only from
// the article's full-name mentions of that person (an honorific or gendered title before one, or the first
// personal pronoun after one in its sentence), else from the first name, never from earlier bare-surname decisions,
// so one wrong call cannot spread (the failure of session 10's D6 in bench/actors-experiments.md).
import type { Entity } from '../types';
import type { ParsedName } from './names';
import type { Builder } from './registry';
import type { Gender } from './roles';
import { genderOfTitle, roleKey } from './roles';
import { genderOfFirstName } from './nameGender';

/** At most this many characters after a full name are read for a pronoun (about a clause). */
const PRONOUN_REACH = 120;
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss|Mme|Mister|Madam)\.?\s*$/u;
const MALE_PRONOUNS = new Set(['he', 'his', 'him', 'himself']);
const PRONOUN = /(?:^|[^\p{L}])(he|his|him|himself|she|her|hers|herself)(?![\p{L}])/iu;
/** A sentence end ends the reach (so does the next entity: a pronoun after it may be that one's). */
const SENTENCE_END = /[.!?]["'”’]?\s/;

/** Gender an honorific right before the mention (or a title inside its span, "Mr. Murdoch") gives it. */
export function honorificGender(text: string, e: Entity, name: ParsedName): Gender | undefined {
  if (name.gender) return name.gender;
  if (!mayEndHonorific(text, e.start)) return undefined;
  const m = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, e.start - 10), e.start));
  return m ? genderOfTitle(roleKey(m[1])) : undefined;
}

/**
 * A necessary condition for HONORIFIC_BEFORE on the ten characters before `start`, without slicing them: after ASCII
 * white space, the last one is "." or the last letter of an honorific (Mr, Mrs, Ms, Miss, Mme, Mister, Madam), or is
 * not ASCII (other white space: left to the regex). Most bare surnames follow a word ("said Trump").
 */
export function mayEndHonorific(text: string, start: number): boolean {
  const from = Math.max(0, start - 10);
  let k = start - 1;
  while (k >= from && (text.charCodeAt(k) === 32 || (text.charCodeAt(k) >= 9 && text.charCodeAt(k) <= 13))) k--;
  if (k < from) return false;
  const c = text.charCodeAt(k);
  return c === 46 || c === 114 || c === 115 || c === 101 || c === 109 || c >= 128;
}

/**
 * Of the people a bare surname could mean, those whose own full names do not say the other gender. A person's
 * gender is read once, on first need, and kept on its builder (a bare "Mr. Trump" in a long text asks about dozens
 * of Trumps, thousands of times).
 */
export function ofHonorific(cands: readonly Builder[], gender: Gender, text: string, sorted: readonly Entity[],
  names: readonly (ParsedName | undefined)[]): readonly Builder[] {
  const other = gender === 'm' ? FEMALE : MALE;
  let fit: Builder[] | undefined;
  for (let k = 0; k < cands.length; k++) {
    const b = cands[k];
    if (b.fullGender === UNREAD) b.fullGender = genderCode(genderOfFullNames(text, sorted, names, b.fullStarts) ?? firstNameGender(b));
    if (b.fullGender !== other) (fit ??= []).push(b);
  }
  return fit ?? cands;
}

/** When the article says nothing of a person's gender, what the first name of their first full form suggests
 * ("Hillary Clinton" a woman, "Bill Clinton" a man; nameGender.ts). */
function firstNameGender(b: Builder): Gender | undefined {
  return b.forms.length > 0 ? genderOfFirstName(b.forms[0]) : undefined;
}

/** Codes of Builder.fullGender. */
const UNREAD = 0;
const NONE = 1;
const MALE = 2;
const FEMALE = 3;

function genderCode(g: Gender | undefined): number {
  return g === 'm' ? MALE : g === 'f' ? FEMALE : NONE;
}

/**
 * A person's gender from their full-name mentions (the `starts` of those mentions in `sorted`, which is ordered by
 * start): honorifics before them and pronouns after them vote; undefined on no votes or a tie.
 */
export function genderOfFullNames(text: string, sorted: readonly Entity[], names: readonly (ParsedName | undefined)[], starts: readonly number[]): Gender | undefined {
  let m = 0;
  let f = 0;
  for (let k = 0; k < starts.length; k++) {
    // Each remaining mention adds at most one vote: stop once they cannot change the answer.
    const left = starts.length - k;
    if (m > f + left || f > m + left) break;
    const i = entityAt(sorted, starts[k]);
    if (i < 0) continue;
    const name = names[i];
    const e = sorted[i];
    const g = (name && honorificGender(text, e, name)) ?? pronounAfter(text, e.end, i + 1 < sorted.length ? sorted[i + 1].start : text.length);
    if (g === 'm') m++; else if (g === 'f') f++;
  }
  return m > f ? 'm' : f > m ? 'f' : undefined;
}

/** The first personal pronoun after `from`, in the same sentence and before the next entity (at `stop`). */
function pronounAfter(text: string, from: number, stop: number): Gender | undefined {
  let window = text.slice(from, Math.min(stop, from + PRONOUN_REACH));
  const end = SENTENCE_END.exec(window);
  if (end) window = window.slice(0, end.index + 1);
  const p = PRONOUN.exec(window);
  if (!p) return undefined;
  return MALE_PRONOUNS.has(p[1].toLowerCase()) ? 'm' : 'f';
}

/** Index of the entity starting at `start` in `sorted` (by binary search), or -1. */
function entityAt(sorted: readonly Entity[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start) lo = mid + 1; else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start === start ? lo : -1;
}

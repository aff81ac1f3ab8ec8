// Shared helpers for the actors tests: hand-made entity lists (the actors module's input) and claim candidates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';
import type { Claim, Entity, EntityType } from '../../src/core/types';
import type { ActorGrouping } from '../../src/core/actors';
import { groupActors, resolveSpeakers } from '../../src/core/actors';
import { extractClaims } from '../../src/core/claims';

/**
 * Every whole-word occurrence of each phrase, tagged with its type; where spans overlap the longer one wins (as a
 * tagger's output would: "Hussein Amir-Abdollahian" rather than "Amir-Abdollahian" inside it).
 */
export function tagAll(text: string, spec: readonly (readonly [string, EntityType])[]): Entity[] {
  const found: Entity[] = [];
  for (const [phrase, type] of spec) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + phrase.length] ?? ' ';
      if (/[\p{L}\p{N}-]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      found.push({ start: i, end: i + phrase.length, text: phrase, type });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Entity[] = [];
  for (const e of found) if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}

export interface Grouped {
  readonly text: string;
  readonly grouping: ActorGrouping;
  /** The actor id of the n-th (0-based) entity whose text is `surface`. */
  actorOf(surface: string, n?: number): string | undefined;
  /** The actor record by id. */
  actor(id: string | undefined): ActorGrouping['actors'][number] | undefined;
  /** Resolves hand-made claims whose speaker spans are given as [speaker text, text it occurs after or ''] */
  speakerOf(speaker: string, after?: string): string | null;
}

export function group(text: string, entities: readonly Entity[]): Grouped {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const grouping = groupActors(text, tokens, sentences, entities);
  return {
    text,
    grouping,
    actorOf(surface: string, n = 0) {
      return grouping.entities.filter((e) => e.text === surface)[n]?.actor;
    },
    actor(id: string | undefined) {
      return grouping.actors.find((a) => a.id === id);
    },
    speakerOf(speaker: string, after = '') {
      const from = after ? text.indexOf(after) : 0;
      if (from < 0) throw new Error(`not in text: ${after}`);
      const start = text.indexOf(speaker, from + after.length);
      if (start < 0) throw new Error(`not in text: ${speaker}`);
      const claim: Claim = { start: start + speaker.length, end: start + speaker.length + 1, text: '', kind: 'indirect', cue: null, speaker: null, speakerSpan: { start, end: start + speaker.length } };
      return resolveSpeakers(text, tokens, sentences, [claim], grouping)[0].speaker;
    },
  };
}

/** The claims extractClaims finds in `text`, their speakers resolved against the hand-tagged entities of `spec`;
 * a claim is looked up by its speaker span's text or its cue's text. */
export function extractedSpeakers(text: string, spec: readonly (readonly [string, EntityType])[]): {
  readonly claims: readonly Claim[];
  bySpeakerSpan(span: string): Claim | undefined;
  byCue(cue: string): Claim | undefined;
} {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const grouping = groupActors(text, tokens, sentences, tagAll(text, spec));
  const claims = resolveSpeakers(text, tokens, sentences, extractClaims(text, tokens, sentences), grouping);
  const slice = (s: { start: number; end: number } | null): string | undefined => (s ? text.slice(s.start, s.end) : undefined);
  return {
    claims,
    bySpeakerSpan: (span) => claims.find((c) => slice(c.speakerSpan) === span),
    byCue: (cue) => claims.find((c) => slice(c.cue) === cue),
  };
}

export const SAMPLE = readFileSync(join(__dirname, '../../../test/fixtures/iran-iraq-security-cooperation.txt'), 'utf8');

/** The entities a good tagger would find in the sample article. */
export const SAMPLE_SPEC: readonly (readonly [string, EntityType])[] = [
  ['Hussein Amir-Abdollahian', 'PERSON'], ['Amir-Abdollahian', 'PERSON'], ['Qassim al-Araji', 'PERSON'],
  ['al-Araji', 'PERSON'], ['Ali Shamkhani', 'PERSON'], ['Faleh al-Fayyad', 'PERSON'], ['Fayyad', 'PERSON'],
  ['Faiq Zidane', 'PERSON'], ['Zidane', 'PERSON'], ['Qassem Soleimani', 'PERSON'], ['Abu Mahdi Muhandis', 'PERSON'],
  ['Hadi al-Amiri', 'PERSON'],
  ['Iran', 'GPE'], ['Iraq', 'GPE'], ['Baghdad', 'GPE'], ['BAGHDAD', 'GPE'], ['Islamic Republic of Iran', 'GPE'], ['US', 'GPE'],
  ['Iranian', 'NORP'], ['Iraqi', 'NORP'],
  ['Supreme National Security Council', 'ORG'], ['SNSC', 'ORG'], ['Islamic Revolution Guards Corps', 'ORG'], ['IRGC', 'ORG'],
  ['Hashd al-Sha’abi', 'ORG'], ['Daesh', 'ORG'], ['Iraqi Supreme Judicial Council', 'ORG'], ['Fatah (Conquest) Alliance', 'ORG'],
  ['Twitter', 'ORG'], ['Iraqi Kurdistan', 'LOC'], ['Kurdistan', 'LOC'],
  ['Thursday', 'DATE'], ['September 24 last year', 'DATE'], ['January 2020', 'DATE'],
];

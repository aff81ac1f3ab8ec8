import { groupActors, resolveSpeakers } from './actors';
import { extractClaims } from './claims';
import { tagEntities } from './entities';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokenize';
import type { Analysis } from './types';

/**
 * The one entry point the editor and the CLI call: entities (tagger + rules), actors (mentions grouped,
 * with ids), and claims with their speakers resolved to actors. Offsets are UTF-16, end exclusive.
 */
export function analyzeText(text: string): Analysis {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const entities = tagEntities(text, tokens, sentences);
  const candidates = extractClaims(text, tokens, sentences);
  const grouping = groupActors(text, tokens, sentences, entities);
  const claims = resolveSpeakers(text, tokens, sentences, candidates, grouping);
  return { entities: grouping.entities, actors: grouping.actors, claims };
}

/** Entities alone (tagger + rules), with `actors` and `claims` empty: for readers who only want the names. */
export function analyzeEntities(text: string): Analysis {
  const tokens = tokenize(text);
  return { entities: tagEntities(text, tokens, splitSentences(text, tokens)), actors: [], claims: [] };
}

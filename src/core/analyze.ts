import { groupActors, resolveSpeakers } from './actors';
import type { ActorGrouping } from './actors';
import { extractClaims } from './claims';
import type { ClaimCandidate } from './claims';
import { tagEntities } from './entities';
import { inSource } from './proseSource';
import { markdownProse } from './text/markdown';
import type { ArticleFormat } from './text/markdown';
import { splitSentences } from './text/sentences';
import type { Sentence } from './text/token';
import { tokenize } from './text/tokenize';
import type { Tokens } from './text/tokens';
import type { Analysis } from './types';

/**
 * The one entry point the editor and the CLI call: entities (tagger + rules), actors (mentions grouped,
 * with ids), and claims with their speakers resolved to actors. Offsets are UTF-16, end exclusive.
 * parallel/parallelAnalyzer.ts computes the same analysis with the claims stage on a second thread.
 * A Markdown text is analysed as its prose (text/markdown.ts), its offsets and texts the file's own.
 */
export function analyzeText(text: string, format: ArticleFormat = 'plain'): Analysis {
  if (format === 'markdown') { const prose = markdownProse(text); return inSource(text, prose, analyzeText(prose.text)); }
  const tokens = tokenize(text);
  const stages = groupedEntities(text, tokens, splitSentences(text, tokens));
  return withClaims(text, stages, extractClaims(text, tokens, stages.sentences));
}

/** Entities alone (tagger + rules), with `actors` and `claims` empty: for readers who only want the names. */
export function analyzeEntities(text: string, format: ArticleFormat = 'plain'): Analysis {
  if (format === 'markdown') { const prose = markdownProse(text); return inSource(text, prose, analyzeEntities(prose.text)); }
  const tokens = tokenize(text);
  return { entities: tagEntities(text, tokens, splitSentences(text, tokens)), actors: [], claims: [] };
}

export interface EntityStages {
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  readonly grouping: ActorGrouping;
}

/** Entities tagged and grouped into actors, for tokens and sentences already found. */
export function groupedEntities(text: string, tokens: Tokens, sentences: readonly Sentence[]): EntityStages {
  const grouping = groupActors(text, tokens, sentences, tagEntities(text, tokens, sentences));
  return { tokens, sentences, grouping };
}

/** The analysis once the claims are known: their speakers resolved to the grouped actors. */
export function withClaims(text: string, stages: EntityStages, candidates: readonly ClaimCandidate[]): Analysis {
  const { tokens, sentences, grouping } = stages;
  const claims = resolveSpeakers(text, tokens, sentences, candidates, grouping);
  return { entities: grouping.entities, actors: grouping.actors, claims };
}

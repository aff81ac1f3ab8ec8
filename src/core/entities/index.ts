// Public API of the entity tagger: tagEntities(text, tokens, sentences) -> Entity[] (UTF-16 offsets).

import type { Entity } from '../types';
import type { Sentence } from '../text/token';
import type { Tokens } from '../text/tokens';
import { getTagger } from './load';
import { tagTypes } from './pipeline';
import type { NerTagger } from './tagger';

export { getTagger, loadTagger, findModelFile } from './load';
export { tagWords, type TypedSpan } from './pipeline';

/**
 * Entities of a document, in text order. `tokens` and `sentences` come from the text layer (tokenize,
 * splitSentences); without sentences the whole text is one sentence.
 */
export function tagEntities(text: string, tokens: Tokens, sentences: readonly Sentence[],
  tagger: NerTagger = getTagger()): Entity[] {
  if (tokens.length === 0) return [];
  const starts = sentences.length > 0 ? sentences.map((s) => s.firstToken) : [0];
  const spans = tagTypes(tagger, tokens.ids, tokens.strings, starts);
  return spans.map((s) => {
    const start = tokens.start(s.start);
    const end = tokens.end(s.end - 1);
    return { start, end, text: text.slice(start, end), type: s.type };
  });
}

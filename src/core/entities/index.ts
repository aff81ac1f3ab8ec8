// Public API of the entity tagger: tagEntities(text, tokens, sentences) -> Entity[] (UTF-16 offsets).

import type { Entity } from '../types';
import type { Sentence, Token } from '../text/token';
import { getTagger } from './load';
import { tagTypes, tagWords } from './pipeline';
import { tokenTypes } from '../text/tokenize';
import type { NerTagger } from './tagger';

export { getTagger, loadTagger, findModelFile } from './load';
export { tagWords, type TypedSpan } from './pipeline';

/**
 * Entities of a document, in text order. `tokens` and `sentences` come from the text layer (tokenize,
 * splitSentences); without sentences the whole text is one sentence.
 */
export function tagEntities(text: string, tokens: readonly Token[], sentences: readonly Sentence[],
  tagger: NerTagger = getTagger()): Entity[] {
  if (tokens.length === 0) return [];
  const starts = sentences.length > 0 ? sentences.map((s) => s.firstToken) : [0];
  const types = tokenTypes(tokens);
  const spans = types ? tagTypes(tagger, types.ids, types.strings, starts) : tagWords(tagger, tokens.map((t) => t.text), starts);
  return spans.map((s) => {
    const start = tokens[s.start].start;
    const end = tokens[s.end - 1].end;
    return { start, end, text: text.slice(start, end), type: s.type };
  });
}

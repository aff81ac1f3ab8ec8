// Token normalisation shared by the cue lexicon trainer and the extractor, so that lexicon keys do not depend on
// quote style or case.

/** Lower-cases and folds curly apostrophes/quotes to straight ones. */
export function normToken(t: string): string {
  return t.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Key of a token sequence in the phrase lexicon. */
export function phraseKey(tokens: readonly string[]): string {
  return tokens.join(' ');
}

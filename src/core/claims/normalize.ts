// Token normalisation shared by the cue lexicon trainer and the extractor, so that lexicon keys do not depend on
// quote style or case.

const CURLY = /[\u2018\u2019\u02bc\u201c\u201d]/;

/** Lower-cases and folds curly apostrophes/quotes to straight ones. */
export function normToken(t: string): string {
  // Fast path without allocation: lower-case ASCII is already normal.
  let plain = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) { plain = false; break; }
  }
  if (plain) return t;
  const l = t.toLowerCase();
  if (!CURLY.test(l)) return l;
  return l.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Key of a token sequence in the phrase lexicon. */
export function phraseKey(tokens: readonly string[]): string {
  return tokens.join(' ');
}

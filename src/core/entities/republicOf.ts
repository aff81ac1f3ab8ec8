// States named "X Republic of Y": the CoNLL-trained tagger often cuts "the Democratic Republic of Congo" into the
// place "Democratic Republic" and the country "Congo", so the sidebar showed a place that is no place.

import type { TypedSpan } from './pipeline';

/** A name ending in "Republic" or "Kingdom", then "of", then a place: one GPE over all three; an organisation named
 * "Republic of …" is the state too. Spans stay sorted. */
export function joinRepublicOf(words: readonly string[], spans: TypedSpan[]): TypedSpan[] {
  let out: TypedSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    const last = words[a.end - 1];
    if (b !== undefined && (last === 'Republic' || last === 'Kingdom') && words[a.end] === 'of' && b.start === a.end + 1 &&
      (b.type === 'GPE' || b.type === 'LOC')) {
      out ??= spans.slice(0, k);
      out.push({ start: a.start, end: b.end, type: 'GPE' });
      k++;
      continue;
    }
    // "the Republic of Chile" typed as an organisation: the state.
    if (a.type === 'ORG' && a.end - a.start >= 3 && (words[a.start] === 'Republic' || words[a.start] === 'Kingdom') && words[a.start + 1] === 'of') {
      out ??= spans.slice(0, k);
      out.push({ start: a.start, end: a.end, type: 'GPE' });
      continue;
    }
    out?.push(a);
  }
  return out ?? spans;
}

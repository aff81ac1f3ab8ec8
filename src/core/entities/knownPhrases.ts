// Organisations the CoNLL-trained tagger cannot know as names, given as word sequences. "Islamic State" is the case:
// 1996 Reuters never wrote it, so the tagger tags "Islamic" alone, a demonym (109 of 139 times in the corpus), and the
// sidebar showed ISIS as the NORP "Islamic".

import { CLS_ORG, forceSpan, type ClassSpan } from './rules';

// Its other names: "Daesh" (the Arabic acronym, as Iranian and Iraqi outlets write it) was tagged a place after "from"
// and a person before "claimed"; "ISIL" went untagged.
const ORG_PHRASES: readonly (readonly string[])[] = [['Islamic', 'State'], ['Daesh'], ['ISIL']];

/** Words before "the Presidency" that make it the office sought ("to win the Presidency", "race for the Presidency"). */
const OFFICE_SOUGHT = ['for', 'to', 'win', 'of', 'in', 'the', 'his', 'her', 'a'];

/**
 * Every occurrence of an ORG_PHRASES sequence becomes one ORG span, replacing what overlapped it. `ids`: normalised
 * word-type id per token; `idOf`: the id of each normalised word (absent words end the search at once).
 */
export function forceKnownOrgs(ids: Int32Array, idOf: ReadonlyMap<string, number>, spans: ClassSpan[]): ClassSpan[] {
  for (let p = 0; p < ORG_PHRASES.length; p++) {
    const phrase = ORG_PHRASES[p];
    const want = phrase.map((w) => idOf.get(w) ?? -1);
    if (want.includes(-1)) continue;
    for (let i = ids.indexOf(want[0]); i >= 0; i = ids.indexOf(want[0], i + 1)) {
      let k = 1;
      while (k < want.length && i + k < ids.length && ids[i + k] === want[k]) k++;
      if (k === want.length) spans = forceSpan(spans, i, i + k, CLS_ORG);
    }
  }
  return forcePresidency(ids, idOf, spans);
}

/**
 * "The Presidency said", "In a statement, the Presidency …" (Nigerian, South African, Ghanaian copy: the president's
 * office) went untagged, so no actor spoke: "Presidency" after "the" that opens a clause is an organisation; not the
 * office sought ("race for the Presidency", a headline's "Win Presidency").
 */
function forcePresidency(ids: Int32Array, idOf: ReadonlyMap<string, number>, spans: ClassSpan[]): ClassSpan[] {
  const p = idOf.get('Presidency') ?? -1;
  if (p < 0) return spans;
  const the = [idOf.get('the') ?? -2, idOf.get('The') ?? -2];
  const sought = OFFICE_SOUGHT.map((w) => idOf.get(w) ?? -2);
  for (let i = ids.indexOf(p); i >= 0; i = ids.indexOf(p, i + 1)) {
    if (i > 0 && the.includes(ids[i - 1]) && (i < 2 || !sought.includes(ids[i - 2]))) spans = forceSpan(spans, i, i + 1, CLS_ORG);
  }
  return spans;
}

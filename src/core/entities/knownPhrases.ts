// Organisations the CoNLL-trained tagger cannot know as names, given as word sequences. "Islamic State" is the case:
// 1996 Reuters never wrote it, so the tagger tags "Islamic" alone, a demonym (109 of 139 times in the corpus), and the
// sidebar showed ISIS as the NORP "Islamic".

import { CLS_ORG, forceSpan, type ClassSpan } from './rules';

// Its other names: "Daesh" (the Arabic acronym, as Iranian and Iraqi outlets write it) was tagged a place after "from"
// and a person before "claimed"; "ISIL" went untagged.
const ORG_PHRASES: readonly (readonly string[])[] = [['Islamic', 'State'], ['Daesh'], ['ISIL']];

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
  return spans;
}

// Organisation or place, decided per name over all its mentions in a document. The tagger's prediction history
// carries a name's first reading through the whole article ("Facebook" LOC fourteen times after a photo credit);
// the words around each mention say what the article means by it: "a Facebook post", "X's spokesman", "told X"
// belong to an organisation, "in X", "from X" to a place.

import type { Span } from './names';
import { TYPE_CODE, indexSpans, retype, type SpanIndex } from './spanIndex';
import { internWords, typeCount } from './typeIds';

/**
 * Words right after a name (or after its "'s") that only an organisation has. Not "said" or "reported": a building
 * or a capital speaks for its occupants ("the White House said", "Moscow said").
 */
const ORG_NEXT = new Set(['poll', 'polls', 'survey', 'spokesman',
  'spokeswoman', 'spokesperson', 'spokesmen', 'executive', 'executives', 'ceo', 'chairman', 'chairwoman', 'founder',
  'employees', 'staff', 'anchor', 'host', 'reporter', 'correspondent', 'account', 'accounts', 'post', 'posts', 'page',
  'profile', 'user', 'users', 'analysis', 'editorial', 'manager', 'coach', 'member', 'members', 'chairmen',
  'committeeman', 'committeewoman', 'headquarters']);
/** Words right before a name that make it an organisation ("told X", "via X"). */
const ORG_PREV = new Set(['told', 'via']);
/** Prepositions of place before a name. */
const PLACE_PREV = new Set(['in', 'from', 'near', 'across', 'throughout', 'outside', 'inside', 'into', 'around']);
const POSSESSIVE = new Set(["'s", '\u2019s', "'", '\u2019']);

const lower = (w: string | undefined): string => (w === undefined ? '' : w.toLowerCase());

/** Per word type: 1 typed LOC alone somewhere, 2 typed ORG alone and a known place. */
const AS_LOC = 1, AS_PLACE_ORG = 2;
const LOC = TYPE_CODE.LOC, ORG = TYPE_CODE.ORG, GPE = TYPE_CODE.GPE;

/**
 * One-word names typed two ways by the tagger, settled by how the document uses them: a name typed LOC (not a known
 * place: those are GPE) whose mentions read as an organisation more often than as a place becomes ORG in its LOC
 * mentions; a known place (`isPlace`) typed ORG whose mentions read as a place more often than as an organisation
 * becomes GPE in its ORG mentions ("protest organizers in Cleveland"; a team named by its city keeps ORG). Longer
 * names are left alone: "White House spokesman" is the building's press office, and CoNLL types the building LOC.
 * `ids`/`typeTexts`: word-type ids of `words` and the text of each type (see typeIds.ts); `index`: the spans as
 * columns (kept in step): the per-span work is typed-array reads, and each word's facts are looked up once.
 */
export function placeOrOrgByContext(words: readonly string[], spans: Span[], isPlace: (w: string) => boolean,
  ids: Int32Array = internWords(words), typeTexts?: readonly string[], index: SpanIndex = indexSpans(spans, ids)): void {
  const types = typeTexts ? typeTexts.length : typeCount(ids);
  const kind = new Uint8Array(types);
  const placeChecked = new Uint8Array(types);
  const { start, type, first, single } = index;
  let any = false;
  for (let j = 0; j < single.length; j++) {
    const k = single[j];
    const t = first[k];
    if (type[k] === LOC) {
      kind[t] = AS_LOC;
      any = true;
    } else if (type[k] === ORG && kind[t] === 0 && placeChecked[t] === 0) {
      placeChecked[t] = 1;
      if (isPlace(words[start[k]])) {
        kind[t] = AS_PLACE_ORG;
        any = true;
      }
    }
  }
  if (!any) return;
  const org = new Int32Array(types);
  const place = new Int32Array(types);
  /** Mentions after "in": a team named by its city comes "from" it and plays "at" it, but is not "in" it. */
  const within = new Int32Array(types);
  const mentions: number[] = [];
  for (let j = 0; j < single.length; j++) {
    const k = single[j];
    const t = first[k];
    if (kind[t] === 0 || (type[k] !== LOC && type[k] !== ORG && type[k] !== GPE)) continue;
    mentions.push(k);
    const a = start[k];
    const next = POSSESSIVE.has(words[a + 1]) ? lower(words[a + 2]) : lower(words[a + 1]);
    const prev = a > 0 ? lower(words[a - 1]) : '';
    // "outside X headquarters": the word after decides first; not after an abbreviation's full stop ("... to S.C.
    // Members of ..." ends a sentence the splitter kept whole).
    if (ORG_NEXT.has(next) && !words[a].endsWith('.')) org[t]++;
    else if (PLACE_PREV.has(prev)) {
      place[t]++;
      if (prev === 'in') within[t]++;
    } else if (ORG_PREV.has(prev)) org[t]++;
  }
  for (const k of mentions) {
    const t = first[k];
    if (type[k] === LOC && org[t] > place[t]) retype(spans, index, k, 'ORG');
    else if (type[k] === ORG && kind[t] === AS_PLACE_ORG && within[t] >= 2 && within[t] > org[t]) retype(spans, index, k, 'GPE');
  }
}

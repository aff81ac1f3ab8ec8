// Organisation or place, decided per name over all its mentions in a document. The tagger's prediction history
// carries a name's first reading through the whole article ("Facebook" LOC fourteen times after a photo credit);
// the words around each mention say what the article means by it: "a Facebook post", "X's spokesman", "told X"
// belong to an organisation, "in X", "from X" to a place.

import type { Span } from './names';

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

interface Votes {
  org: number;
  place: number;
  /** Mentions after "in": a team named by its city comes "from" it and plays "at" it, but is not "in" it. */
  within: number;
}

const lower = (w: string | undefined): string => (w === undefined ? '' : w.toLowerCase());

const mentionVotes = (v: Votes, words: readonly string[], s: Span): void => {
  const next = POSSESSIVE.has(words[s.end]) ? lower(words[s.end + 1]) : lower(words[s.end]);
  const prev = s.start > 0 ? lower(words[s.start - 1]) : '';
  // "outside X headquarters": the word after decides first; not after an abbreviation's full stop ("... to S.C.
  // Members of ..." ends a sentence the splitter kept whole).
  if (ORG_NEXT.has(next) && !words[s.start].endsWith('.')) v.org++;
  else if (PLACE_PREV.has(prev)) {
    v.place++;
    if (prev === 'in') v.within++;
  } else if (ORG_PREV.has(prev)) v.org++;
};

/**
 * One-word names typed two ways by the tagger, settled by how the document uses them: a name typed LOC (not a known
 * place: those are GPE) whose mentions read as an organisation more often than as a place becomes ORG in its LOC
 * mentions; a known place (`isPlace`) typed ORG whose mentions read as a place more often than as an organisation
 * becomes GPE in its ORG mentions ("protest organizers in Cleveland"; a team named by its city keeps ORG). Longer
 * names are left alone: "White House spokesman" is the building's press office, and CoNLL types the building LOC.
 */
export function placeOrOrgByContext(words: readonly string[], spans: Span[], isPlace: (w: string) => boolean): void {
  const candidates = new Set<string>();
  for (const s of spans) {
    if (s.end - s.start !== 1) continue;
    if (s.type === 'LOC' || (s.type === 'ORG' && isPlace(words[s.start]))) candidates.add(words[s.start]);
  }
  if (candidates.size === 0) return;
  const votes = new Map<string, Votes>();
  for (const s of spans) {
    if (s.end - s.start !== 1 || (s.type !== 'LOC' && s.type !== 'ORG' && s.type !== 'GPE')) continue;
    const w = words[s.start];
    if (!candidates.has(w)) continue;
    let v = votes.get(w);
    if (!v) votes.set(w, (v = { org: 0, place: 0, within: 0 }));
    mentionVotes(v, words, s);
  }
  for (const s of spans) {
    const v = s.end - s.start === 1 ? votes.get(words[s.start]) : undefined;
    if (!v) continue;
    if (s.type === 'LOC' && v.org > v.place) s.type = 'ORG';
    else if (s.type === 'ORG' && v.within >= 2 && v.within > v.org && isPlace(words[s.start])) s.type = 'GPE';
  }
}

// "That agreement, which …, gave Trump access … It did, however, require …": a sentence-initial "It" after a sentence
// whose subject is a definite common noun phrase ("That agreement", "The bureau acts …") means that thing, which is
// no actor, rather than the organisation or country salience would find.
import type { Sentence } from '../text/token';
import { GENERIC_NOUNS } from './describe';
import { isPeopleNoun } from './unnamedGroup';
import { roleKey } from './roles';

/** "The|That|This", up to three lower-case words ("60-second"), the head noun, then a comma or a verb-like word. */
const THING_SUBJECT_RE = /^(?:The|That|This)\s+(?:[a-z0-9][a-z0-9-]*\s+){0,3}?([a-z][a-z-]*)(?:,|\s+(?:is|was|has|had|will|would|can|could|did|does|may|might|must|should|[a-z]+ed|[a-z]+s)\b)/;

const CLAUSE_WORD_RE = /\s(?:said|says|say|told|tells|it|he|she|they|we|i|you)\b/;

/** Whether "It" at `pos`, opening sentence `sentence`, follows a sentence whose subject is such a thing. */
export function thingSubjectBefore(text: string, sentences: readonly Sentence[], pos: number, sentence: number): boolean {
  if (sentence < 1 || sentences[sentence].start !== pos) return false;
  const prev = sentences[sentence - 1];
  const m = THING_SUBJECT_RE.exec(text.slice(prev.start, Math.min(prev.end, prev.start + 80)));
  // The lazy words must not run into the clause: "The group said today it is …" has the subject "The group".
  if (!m || CLAUSE_WORD_RE.test(m[0])) return false;
  const head = roleKey(m[1]);
  return !head.endsWith('s') && !GENERIC_NOUNS.has(head) && !isPeopleNoun(head);
}

// "But some note that Trump — even as he says his experience … — has not …", "Clinton, while she said …": a
// "he"/"she" opening an adverbial clause set right after a name is that person, whatever spoke in the sentence
// before (the name sat inside another claim's content, which salience discounts as someone talked about).
import { lastMentionBefore } from './salience';
import type { MentionTable } from './types';

const CLAUSE_BEFORE_PRONOUN = /\S(\s*[,—–]\s*|\s+-\s+)(?:even\s+)?(?:as|while|when|though|although|because|if|since|after|before)\s+$/;

/** The actor (accepted) named right before the inserted clause whose subject pronoun starts at pos, or undefined. */
export function insertedClauseSubject(text: string, mentions: MentionTable, pos: number, accept: (actor: number) => boolean): number | undefined {
  const from = Math.max(0, pos - 40);
  const m = CLAUSE_BEFORE_PRONOUN.exec(text.slice(from, pos));
  if (!m) return undefined;
  const nameEnd = from + m.index + 1;
  const k = lastMentionBefore(mentions, nameEnd);
  return k >= 0 && mentions.end[k] === nameEnd && accept(mentions.actor[k]) ? mentions.actor[k] : undefined;
}

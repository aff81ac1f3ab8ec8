// Noun cues whose speaker follows them in a "from" or "among" phrase: "an admission from Elizabeth Warren that …",
// "There is considerable recognition among some party leaders that …", "He has resisted calls from …". PolNeAR
// marks the holder of the view, the one who admits or calls, as the source (guidelines: "There is concern among his
// colleagues that …"); the rules' left walk took the words before the noun ("There is considerable", "an").
import type { DocContext } from './context';
import { isCapitalized, isWord, nm } from './context';
import type { RawClaim } from './extract';
import type { TokenRange } from './source';
import { rightNP } from './source';
import { SUBJECT_PRONOUNS, VERB_GROUP } from './words';

// Verb cues that take a "from" adjunct ("said from his office", "we know from history", "shouted from the street").
const VERBS = new Set(['said', 'says', 'say', 'told', 'tell', 'tells', 'know', 'knows', 'knew', 'wrote', 'write', 'writes',
  'think', 'thinks', 'thought', 'heard', 'hear', 'hears', 'saw', 'see', 'sees', 'learn', 'learns', 'learnt', 'read', 'reads',
  'recall', 'recalls', 'quit', 'withdrew', 'withdraw', 'resign', 'resigned', 'came', 'come', 'comes']);

/** The noun phrase after "from"/"among" right after a noun cue [cue), or null. */
export function nounCueAgent(ctx: DocContext, cue: TokenRange, a: number, b: number): TokenRange | null {
  const p = cue.end;
  if (p + 1 >= b || isCapitalized(ctx, p)) return null;
  const prep = nm(ctx, p);
  if (prep !== 'from' && prep !== 'among') return null;
  const w = nm(ctx, cue.end - 1);
  if (w.length < 3 || w.endsWith('ed') || w.endsWith('ing') || VERBS.has(w) || VERB_GROUP.has(w)) return null;
  // A subject, auxiliary or relative pronoun right before the cue makes it a verb ("he has said", "they know").
  const k = cue.start - 1;
  if (k < a || !isWord(ctx, k) || isCapitalized(ctx, k)) return null;
  const before = nm(ctx, k);
  if (SUBJECT_PRONOUNS.has(before) || VERB_GROUP.has(before) || before === 'which' || before === 'that'
    || (before.length > 4 && before.endsWith('ly'))) return null;
  if (nm(ctx, p + 1).endsWith('ing')) return null;
  return rightNP(ctx, p + 1, b);
}

/** Gives each raw claim with such a noun cue the agent after it as its source. */
export function nounCueAgents(ctx: DocContext, raw: RawClaim[]): void {
  const n = ctx.tokens.length;
  for (const r of raw) {
    if (!r.cue || r.cue.end >= n) continue;
    const w = nm(ctx, r.cue.end); // most cues: one string compare pair, no sentence lookup
    if (w !== 'from' && w !== 'among') continue;
    const s = ctx.sentences[ctx.sentOf[r.cue.start]];
    const agent = nounCueAgent(ctx, r.cue, s.firstToken, s.endToken);
    if (agent && (agent.end <= r.contentStart || agent.start >= r.contentEnd)) r.source = agent;
  }
}

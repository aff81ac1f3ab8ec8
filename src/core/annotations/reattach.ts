import { isAttached } from './anchor';
import type { Anchor } from './model';
import type { Candidate } from './reanchor';
import { reanchor } from './reanchor';

/**
 * Where a detached annotation (orphan or "needs review") could go in the text as it is now, best first: the
 * places that have its exact quote, scored by how much of its stored context agrees. Computed when the
 * user asks (a quick fix, the Re-attach command), so the offsets always describe the current text; nothing is
 * attached until the user picks one.
 */
export function reattachCandidates(text: string, anchor: Anchor, max = 5): Candidate[] {
  // Every place with the exact quote is a candidate, however little context agrees: the user decides.
  const result = reanchor(undefined, text, [anchor], { reviewThreshold: 0 });
  const outcome = result.outcomes[0];
  if (outcome.status === 'review') return (outcome.candidates ?? []).slice(0, max);
  const placed = result.anchors[0];
  return outcome.status !== 'orphan' && isAttached(placed) ? [{ start: placed.start, end: placed.end, score: 1 }] : [];
}

// One file's result as the CLI prints it, `JSON.stringify({ file, entities, actors, claims }, null, indent)`, in two
// parts: the head (file, entities, actors) is final once the actors are grouped, so it is written while the claims
// worker is still busy and this thread would otherwise only wait (ParallelAnalyzer's onGrouped); the tail is the
// claims. The pieces of head and tail in turn are the bytes of the whole object's JSON (resultJson.test.ts).
import type { Actor, Claim, Entity } from '../core/types';

export type Indent = 0 | 2;

/** Everything before the claims' member, its separator included, as pieces to write one after another: joined, two
 * long strings are copied into one when written (~40 ms on the 5 MB corpus's 11 MB head); a slice is not. */
export function resultHead(file: string, entities: readonly Entity[], actors: readonly Actor[], indent: Indent): string[] {
  const json = JSON.stringify({ file, entities, actors }, null, indent);
  // Cut the closing brace (after a line break when indented): no JSON string holds a raw line break or ends the text.
  return indent === 0 ? [json.slice(0, -1), ',"claims":'] : [json.slice(0, -2), ',\n'];
}

/** The claims' member and the closing brace, as pieces (see resultHead). */
export function resultTail(claims: readonly Claim[], indent: Indent): string[] {
  // Indented, the member is written as it is inside an object, one level deep: the object's own JSON without "{\n".
  return indent === 0 ? [JSON.stringify(claims), '}'] : [JSON.stringify({ claims }, null, indent).slice(2)];
}

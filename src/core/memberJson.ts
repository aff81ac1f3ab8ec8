/**
 * The JSON text of `value` as `JSON.stringify(object, null, indent)` writes it for a member of a top-level object
 * (`indent` 0: no white space, as `JSON.stringify(object)`): the same bytes, so the parts of a long analysis can be
 * written by different threads and joined (parallel/claimsWorker.ts writes the entities, the CLI joins them).
 */
export function memberJson(value: unknown, indent: number): string {
  if (indent === 0) return JSON.stringify(value);
  // Written inside a one-member object whose opening ('{\n', indent spaces, '"v": ') and closing ('\n}') are then cut
  // off: V8 indents the value's lines as deep as any member's.
  return JSON.stringify({ v: value }, null, indent).slice(indent + 7, -2);
}

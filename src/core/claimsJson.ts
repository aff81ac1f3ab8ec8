import { memberJson } from './memberJson';
import type { Claim } from './types';

/**
 * The claims' JSON (memberJson) written before their speakers are known, as UTF-8 with a gap for each speaker: the
 * claims worker writes it while the main thread groups the actors, and withSpeakers fills the gaps once they are
 * resolved, so ~10 MB of JSON for a long text is not written on the main thread after its last stage.
 */
export interface SpeakerlessJson {
  /** The JSON of the claims with every speaker's value (`null`) taken out. */
  readonly bytes: Uint8Array;
  /** Per claim, in order: the byte offset in `bytes` where its speaker's value goes. */
  readonly gaps: Int32Array;
}

/** For claims whose speakers are all null (candidates); null if their JSON does not have one gap per claim. */
export function speakerlessClaimsJson(claims: readonly Claim[], indent: number): SpeakerlessJson | null {
  const json = memberJson(claims, indent);
  // A claim's members are 3 levels deep in memberJson's object (object, claims array, claim). No string value can
  // hold this: JSON writes a line break in a string as \n and a quote after a comma as \".
  const member = (indent ? '\n' + ' '.repeat(3 * indent) : ',') + '"speaker":' + (indent ? ' ' : '');
  const encoder = new TextEncoder();
  const bytes = new Uint8Array(json.length * 3); // UTF-8 needs at most 3 bytes per UTF-16 code unit
  const gaps = new Int32Array(claims.length);
  let from = 0, written = 0, k = 0;
  for (let at = json.indexOf(member); at >= 0; at = json.indexOf(member, from)) {
    const value = at + member.length;
    if (k === claims.length || !json.startsWith('null', value)) return null;
    written += encoder.encodeInto(json.slice(from, value), bytes.subarray(written)).written;
    gaps[k++] = written;
    from = value + 4;
  }
  if (k !== claims.length) return null;
  written += encoder.encodeInto(json.slice(from), bytes.subarray(written)).written;
  return { bytes: bytes.slice(0, written), gaps };
}

/** The claims' JSON: `json` (made for these claims without speakers) with each claim's speaker written in its gap. */
export function withSpeakers(json: SpeakerlessJson, claims: readonly Claim[]): Uint8Array {
  const encoder = new TextEncoder();
  const speakers = claims.map((c) => JSON.stringify(c.speaker));
  let room = json.bytes.length;
  for (const s of speakers) room += 3 * s.length;
  const out = new Uint8Array(room);
  let from = 0, written = 0;
  for (let i = 0; i < claims.length; i++) {
    const gap = json.gaps[i];
    out.set(json.bytes.subarray(from, gap), written);
    written += gap - from;
    written += encoder.encodeInto(speakers[i], out.subarray(written)).written;
    from = gap;
  }
  out.set(json.bytes.subarray(from), written);
  return out.subarray(0, written + json.bytes.length - from);
}

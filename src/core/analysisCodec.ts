import type { Actor, Analysis, Claim, Entity } from './types';
import { ENTITY_TYPES } from './types';

/**
 * A compact form of an Analysis for crossing from the analysis worker to the extension host: numbers in typed
 * arrays (transferred, not copied) instead of tens of thousands of small objects with strings, whose structured
 * clone blocks the receiving thread. Texts are not sent: every entity, claim and cue text is a slice of the
 * analysed text, which the receiver already has.
 */
export interface PackedAnalysis {
  readonly actors: readonly Actor[];
  /** Per entity: start, end, type index, actor index (-1: none). */
  readonly entities: Int32Array;
  /** Per claim: start, end, kind (0 direct, 1 indirect), cue start, cue end (-1: none), speaker index (-1),
   *  speaker span start, end (-1: none). */
  readonly claims: Int32Array;
  /** Co-speakers ("Clinton and Sanders said"), few: pairs of claim index and actor index, in claim then text order. */
  readonly coSpeakers: Int32Array;
}

const ENTITY_FIELDS = 4;
const CLAIM_FIELDS = 8;

export function packAnalysis(a: Analysis): PackedAnalysis {
  const actorIndex = new Map<string, number>(a.actors.map((x, i) => [x.id, i]));
  const entities = new Int32Array(a.entities.length * ENTITY_FIELDS);
  a.entities.forEach((e, i) => {
    const o = i * ENTITY_FIELDS;
    entities[o] = e.start;
    entities[o + 1] = e.end;
    entities[o + 2] = ENTITY_TYPES.indexOf(e.type);
    entities[o + 3] = e.actor === undefined ? -1 : actorIndex.get(e.actor) ?? -1;
  });
  const co: number[] = [];
  a.claims.forEach((c, i) => { for (const id of c.coSpeakers ?? []) if (actorIndex.has(id)) co.push(i, actorIndex.get(id)!); });
  return { actors: a.actors, entities, claims: packClaims(a.claims, actorIndex), coSpeakers: Int32Array.from(co) };
}

/** Claims alone in PackedAnalysis's layout; a speaker not in `actorIndex` (or none) is -1. */
export function packClaims(list: readonly Claim[], actorIndex: ReadonlyMap<string, number> = new Map()): Int32Array {
  const claims = new Int32Array(list.length * CLAIM_FIELDS);
  list.forEach((c, i) => {
    const o = i * CLAIM_FIELDS;
    claims[o] = c.start;
    claims[o + 1] = c.end;
    claims[o + 2] = c.kind === 'direct' ? 0 : 1;
    claims[o + 3] = c.cue ? c.cue.start : -1;
    claims[o + 4] = c.cue ? c.cue.end : -1;
    claims[o + 5] = c.speaker === null ? -1 : actorIndex.get(c.speaker) ?? -1;
    claims[o + 6] = c.speakerSpan ? c.speakerSpan.start : -1;
    claims[o + 7] = c.speakerSpan ? c.speakerSpan.end : -1;
  });
  return claims;
}

/** The claims packClaims packed, their texts sliced from `text`; speaker indexes point into `actors`. */
export function unpackClaims(claims: Int32Array, text: string, actors: readonly Actor[] = []): Claim[] {
  const out: Claim[] = [];
  for (let o = 0; o < claims.length; o += CLAIM_FIELDS) out.push(claimAt(claims, o, text, actors));
  return out;
}

function claimAt(c: Int32Array, o: number, text: string, actors: readonly Actor[], coSpeakers?: readonly string[]): Claim {
  const start = c[o], end = c[o + 1];
  const claim: Claim = {
    start, end, text: text.slice(start, end), kind: c[o + 2] === 0 ? 'direct' : 'indirect',
    cue: c[o + 3] >= 0 ? { start: c[o + 3], end: c[o + 4], text: text.slice(c[o + 3], c[o + 4]) } : null,
    speaker: c[o + 5] >= 0 ? actors[c[o + 5]].id : null,
    speakerSpan: c[o + 6] >= 0 ? { start: c[o + 6], end: c[o + 7] } : null,
  };
  return coSpeakers ? { ...claim, coSpeakers } : claim;
}

export function unpackAnalysis(p: PackedAnalysis, text: string): Analysis {
  const steps = unpackSteps(p, text);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same, giving the thread back every `slice` records so a very long article's analysis (400,000 entities for
 * 20 MB) never blocks the extension host in one piece; `pause` is how to wait (setImmediate in the editor).
 */
export async function unpackAnalysisInSlices(p: PackedAnalysis, text: string, pause: () => Promise<void>, slice = 5000): Promise<Analysis> {
  const steps = unpackSteps(p, text, slice);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

function* unpackSteps(p: PackedAnalysis, text: string, slice = Infinity): Generator<void, Analysis> {
  const entities: Entity[] = [];
  let sinceYield = 0;
  for (let o = 0; o < p.entities.length; o += ENTITY_FIELDS) {
    const start = p.entities[o], end = p.entities[o + 1], actor = p.entities[o + 3];
    const type = ENTITY_TYPES[p.entities[o + 2]] ?? 'MISC';
    // One literal per shape (no spread): tens of thousands of these are built on the extension host's thread.
    entities.push(actor >= 0 ? { start, end, text: text.slice(start, end), type, actor: p.actors[actor].id } : { start, end, text: text.slice(start, end), type });
    if (++sinceYield >= slice) { sinceYield = 0; yield; }
  }
  const co = new Map<number, string[]>();
  for (let i = 0; i < p.coSpeakers.length; i += 2) {
    const list = co.get(p.coSpeakers[i]) ?? [];
    list.push(p.actors[p.coSpeakers[i + 1]].id);
    co.set(p.coSpeakers[i], list);
  }
  const claims: Claim[] = [];
  for (let o = 0; o < p.claims.length; o += CLAIM_FIELDS) {
    claims.push(claimAt(p.claims, o, text, p.actors, co.get(o / CLAIM_FIELDS)));
    if (++sinceYield >= slice) { sinceYield = 0; yield; }
  }
  return { entities, actors: p.actors, claims };
}

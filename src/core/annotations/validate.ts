/**
 * Turns one untrusted record into a typed record by explicit field copies, or says why it cannot be used.
 * Unknown fields are kept (sanitized) in `extra`; nothing from the input is spread or merged into our objects.
 */
import { ID_PATTERN } from './ids';
import { ANCHOR_STATES, CLAIM_STATUSES, CONTEXT_LENGTH, ENTITY_DECISIONS, ENTITY_TYPES } from './model';
import type { ActorRecord, Anchor, ClaimRecord, EntityRecord, Extra, SidecarLimits } from './model';
import { isForbiddenKey, isPlainObject, sanitizeJson } from './sanitize';

export class RecordError extends Error {}

export interface ReadContext {
  limits: SidecarLimits;
  /** Article length from the header; attached anchors must end within it. */
  articleLength: number;
  /** Count of `__proto__`/`constructor`/`prototype` keys dropped. */
  droppedKeys: number;
  /** Records read so far (for the record-count cap). */
  loaded: number;
}

const fail = (msg: string): never => { throw new RecordError(msg); };

function str(raw: Record<string, unknown>, key: string, ctx: ReadContext, optional = false): string | undefined {
  const v = raw[key];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string') return fail(`"${key}" must be a string`);
  if (v.length > ctx.limits.maxStringLength) fail(`"${key}" is ${v.length} characters long (limit ${ctx.limits.maxStringLength})`);
  return v;
}

function oneOf<T extends string>(raw: Record<string, unknown>, key: string, values: readonly T[], optional = false): T | undefined {
  const v = raw[key];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) return fail(`"${key}" must be one of ${values.join(', ')}`);
  return v as T;
}

function stringList(raw: Record<string, unknown>, key: string, ctx: ReadContext): string[] {
  const v = raw[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) return fail(`"${key}" must be an array of strings`);
  if (v.length > ctx.limits.maxListLength) fail(`"${key}" has ${v.length} entries (limit ${ctx.limits.maxListLength})`);
  return v.map((x) => {
    if (typeof x !== 'string') return fail(`"${key}" must be an array of strings`);
    if (x.length > ctx.limits.maxStringLength) fail(`an entry of "${key}" is too long`);
    return x;
  });
}

function id(raw: Record<string, unknown>, key: string, ctx: ReadContext, optional = false): string | undefined {
  const v = str(raw, key, ctx, optional);
  if (v !== undefined && !ID_PATTERN.test(v)) fail(`"${key}" is not a valid id`);
  return v;
}

function idList(raw: Record<string, unknown>, key: string, ctx: ReadContext): string[] {
  const list = stringList(raw, key, ctx);
  if (!list.every((v) => ID_PATTERN.test(v))) fail(`"${key}" must be an array of valid ids`);
  return list;
}

function timestamp(raw: Record<string, unknown>, ctx: ReadContext): string | undefined {
  const v = str(raw, 'modified', ctx, true);
  if (v !== undefined && (v.length > 40 || Number.isNaN(Date.parse(v)))) fail('"modified" must be an ISO date-time');
  return v;
}

function object(v: unknown, what: string): Record<string, unknown> {
  return isPlainObject(v) ? v : fail(`${what} must be an object`);
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Fields not in `known`, sanitized; undefined when there are none. */
export function extraFields(raw: Record<string, unknown>, known: ReadonlySet<string>, ctx: ReadContext): Extra | undefined {
  let extra: Extra | undefined;
  for (const key of Object.keys(raw)) {
    if (known.has(key)) continue;
    if (isForbiddenKey(key)) { ctx.droppedKeys++; continue; }
    const s = sanitizeJson(raw[key], ctx.limits.maxDepth, ctx.limits.maxStringLength);
    ctx.droppedKeys += s.droppedKeys;
    if (s.error) fail(`field "${key}": ${s.error}`);
    extra ??= Object.create(null) as Extra;
    extra[key] = s.value;
  }
  return extra;
}

const ANCHOR_FIELDS = new Set(['start', 'end', 'exact', 'prefix', 'suffix', 'state', 'original']);

export function readAnchor(v: unknown, what: string, ctx: ReadContext): Anchor {
  const raw = object(v, what);
  const { start, end } = raw;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) fail(`${what}: start and end must be integers`);
  const s = start as number, e = end as number;
  if (s < 0) fail(`${what}: start is negative`);
  if (e <= s) fail(`${what}: end (${e}) must be greater than start (${s})`);
  const state = oneOf(raw, 'state', ANCHOR_STATES, true);
  const attached = state === undefined || state === 'edited';
  if (attached && e > ctx.articleLength) fail(`${what}: end ${e} is past the end of the article (${ctx.articleLength})`);
  const exact = str(raw, 'exact', ctx)!;
  if (exact.length !== e - s) fail(`${what}: the quote is ${exact.length} characters long but the range is ${e - s}`);
  if (isLow(exact.charCodeAt(0)) || isHigh(exact.charCodeAt(exact.length - 1))) fail(`${what}: the range splits a surrogate pair`);
  const prefix = str(raw, 'prefix', ctx, true) ?? '';
  const suffix = str(raw, 'suffix', ctx, true) ?? '';
  if (prefix.length > CONTEXT_LENGTH * 2 || suffix.length > CONTEXT_LENGTH * 2) fail(`${what}: context longer than ${CONTEXT_LENGTH * 2}`);
  if (attached && prefix.length > s) fail(`${what}: prefix is longer than the text before start`);
  const anchor: Anchor = { start: s, end: e, exact, prefix, suffix };
  if (state !== undefined) anchor.state = state;
  const original = str(raw, 'original', ctx, true);
  if (original !== undefined) anchor.original = original;
  const extra = extraFields(raw, ANCHOR_FIELDS, ctx);
  if (extra) anchor.extra = extra;
  return anchor;
}

const ACTOR_FIELDS = new Set(['id', 'name', 'type', 'aliases', 'wikidataId', 'note', 'mergedInto', 'modified']);

export function readActor(v: unknown, ctx: ReadContext): ActorRecord {
  const raw = object(v, 'actor');
  const r: ActorRecord = {
    id: id(raw, 'id', ctx)!,
    name: str(raw, 'name', ctx)!,
    type: oneOf(raw, 'type', ENTITY_TYPES)!,
    aliases: stringList(raw, 'aliases', ctx),
  };
  const wikidataId = str(raw, 'wikidataId', ctx, true);
  if (wikidataId !== undefined) {
    if (!/^Q[1-9][0-9]{0,11}$/.test(wikidataId)) fail('"wikidataId" must look like Q42');
    r.wikidataId = wikidataId;
  }
  const note = str(raw, 'note', ctx, true);
  if (note !== undefined) r.note = note;
  const mergedInto = id(raw, 'mergedInto', ctx, true);
  if (mergedInto !== undefined) r.mergedInto = mergedInto;
  const modified = timestamp(raw, ctx);
  if (modified !== undefined) r.modified = modified;
  const extra = extraFields(raw, ACTOR_FIELDS, ctx);
  if (extra) r.extra = extra;
  return r;
}

const ENTITY_FIELDS = new Set(['id', 'decision', 'type', 'actor', 'anchor', 'modified']);

export function readEntity(v: unknown, ctx: ReadContext): EntityRecord {
  const raw = object(v, 'entity');
  const r: EntityRecord = {
    id: id(raw, 'id', ctx)!,
    decision: oneOf(raw, 'decision', ENTITY_DECISIONS)!,
    anchor: readAnchor(raw.anchor, 'anchor', ctx),
  };
  const type = oneOf(raw, 'type', ENTITY_TYPES, true);
  if (type !== undefined) r.type = type;
  else if (r.decision === 'added' || r.decision === 'retyped') fail(`an entity ${r.decision} by the user needs a "type"`);
  const actor = id(raw, 'actor', ctx, true);
  if (actor !== undefined) r.actor = actor;
  const modified = timestamp(raw, ctx);
  if (modified !== undefined) r.modified = modified;
  const extra = extraFields(raw, ENTITY_FIELDS, ctx);
  if (extra) r.extra = extra;
  return r;
}

const CLAIM_FIELDS = new Set(['id', 'origin', 'status', 'tags', 'note', 'speaker', 'coSpeakers', 'anchor', 'cue', 'rejected', 'modified']);

export function readClaim(v: unknown, ctx: ReadContext): ClaimRecord {
  const raw = object(v, 'claim');
  const speaker = raw.speaker === null || raw.speaker === undefined ? null : id(raw, 'speaker', ctx)!;
  const r: ClaimRecord = {
    id: id(raw, 'id', ctx)!,
    origin: oneOf(raw, 'origin', ['user', 'auto'] as const)!,
    status: oneOf(raw, 'status', CLAIM_STATUSES, true) ?? 'unverified',
    tags: stringList(raw, 'tags', ctx),
    note: str(raw, 'note', ctx, true) ?? '',
    speaker,
    anchor: readAnchor(raw.anchor, 'anchor', ctx),
  };
  if (raw.coSpeakers !== undefined) r.coSpeakers = idList(raw, 'coSpeakers', ctx);
  if (raw.cue !== undefined) r.cue = readAnchor(raw.cue, 'cue', ctx);
  if (raw.rejected !== undefined) {
    if (typeof raw.rejected !== 'boolean') fail('"rejected" must be true or false');
    if (raw.rejected) r.rejected = true;
  }
  const modified = timestamp(raw, ctx);
  if (modified !== undefined) r.modified = modified;
  const extra = extraFields(raw, CLAIM_FIELDS, ctx);
  if (extra) r.extra = extra;
  return r;
}

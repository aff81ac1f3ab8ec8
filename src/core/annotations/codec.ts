/**
 * Reading a sidecar: size cap before parsing, conflict markers and truncation named with a position, records
 * validated one by one (a bad one is quarantined, the rest load), newer versions read-only, older ones migrated.
 */
import { SidecarError, positionAt } from './errors';
import { checkSidecarSize } from './decode';
import { isPlainFileName } from './fingerprint';
import { DEFAULT_LIMITS, LINE_ENDINGS, SCHEMA_VERSION } from './model';
import type { ActorRecord, ArticleInfo, ClaimRecord, EntityRecord, RecordKind, Sidecar, SidecarLimits } from './model';
import { isPlainObject } from './sanitize';
import { RecordError, extraFields, readActor, readClaim, readEntity } from './validate';
import type { ReadContext } from './validate';

export interface QuarantinedRecord {
  kind: RecordKind;
  /** Index in the file's array; -1 for the whole array. */
  index: number;
  id?: string;
  reason: string;
}

export type ReadOnlyReason = 'newer-version' | 'bad-records' | 'too-many-records';

export interface ParseResult {
  sidecar: Sidecar;
  quarantined: QuarantinedRecord[];
  warnings: string[];
  /** Never write this file back (a write would lose what we could not read). */
  readOnly: boolean;
  readOnlyReason?: ReadOnlyReason;
  /** Migrated from an older version: copy the original aside before the first write. */
  needsBackupBeforeWrite: boolean;
  migratedFrom?: number;
}

/** A migration turns the raw JSON of version n into the raw JSON of version n + 1 (pure, on sanitized input). */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

export interface ParseOptions {
  limits?: Partial<SidecarLimits>;
  /** The article file name we expect; used when the header names something that is not a plain file name. */
  articleName?: string;
  /** migrations[n] upgrades version n to n + 1. Injectable for tests; the built-in table is empty (v1 is the first). */
  migrations?: Readonly<Record<number, Migration>>;
}

const BUILTIN_MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});
const TOP_FIELDS = new Set(['$schema', 'schemaVersion', 'article', 'actors', 'entities', 'claims']);
const ARTICLE_FIELDS = new Set(['name', 'sha256', 'length', 'lineEnding', 'offsetUnit']);
const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?: |\r?$)/m;

export function parseSidecar(input: string, options: ParseOptions = {}): ParseResult {
  const limits: SidecarLimits = { ...DEFAULT_LIMITS, ...options.limits };
  checkSidecarSize(input.length, limits);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') throw new SidecarError('empty', 'annotation file is empty');
  const marker = CONFLICT_MARKER.exec(text);
  if (marker) {
    throw new SidecarError('conflict-markers', `annotation file contains git conflict markers ("${marker[0].trim()}"); resolve the merge first`, positionAt(text, marker.index));
  }
  const root = parseJson(text);
  if (!isPlainObject(root)) throw new SidecarError('not-a-sidecar', 'annotation file is not a JSON object');
  const version = root.schemaVersion;
  if (!Number.isSafeInteger(version) || (version as number) < 0) {
    throw new SidecarError('not-a-sidecar', 'annotation file has no valid "schemaVersion"');
  }
  const result: ParseResult = { sidecar: undefined as unknown as Sidecar, quarantined: [], warnings: [], readOnly: false, needsBackupBeforeWrite: false };
  let raw = root;
  if ((version as number) > SCHEMA_VERSION) {
    result.readOnly = true;
    result.readOnlyReason = 'newer-version';
    result.warnings.push(`annotation file is from a newer version (schema ${version}, this extension knows ${SCHEMA_VERSION}): read-only; update the extension to edit`);
  } else if ((version as number) < SCHEMA_VERSION) {
    const migrations = options.migrations ?? BUILTIN_MIGRATIONS;
    for (let v = version as number; v < SCHEMA_VERSION; v++) {
      const m = migrations[v];
      if (!m) throw new SidecarError('unsupported-version', `annotation file schema ${version} cannot be upgraded to ${SCHEMA_VERSION}`);
      raw = m(raw);
    }
    result.migratedFrom = version as number;
    result.needsBackupBeforeWrite = true;
    result.warnings.push(`annotation file upgraded from schema ${version} to ${SCHEMA_VERSION} in memory; the original is backed up on the first save`);
  }
  const ctx: ReadContext = { limits, articleLength: 0, droppedKeys: 0, loaded: 0 };
  const article = readArticle(raw.article, ctx, options, result.warnings);
  ctx.articleLength = article.length;
  const sidecar: Sidecar = {
    schemaVersion: Math.max(version as number, SCHEMA_VERSION),
    article,
    actors: readList(raw.actors, 'actors', readActor, ctx, result),
    entities: readList(raw.entities, 'entities', readEntity, ctx, result),
    claims: readList(raw.claims, 'claims', readClaim, ctx, result),
  };
  if (typeof raw.$schema === 'string' && raw.$schema.length < 2048) sidecar.$schema = raw.$schema;
  const extra = readExtra(raw, TOP_FIELDS, ctx, result);
  if (extra) sidecar.extra = extra;
  if (ctx.droppedKeys > 0) result.warnings.push(`ignored ${ctx.droppedKeys} field(s) named __proto__, constructor or prototype`);
  checkReferences(sidecar, result.warnings);
  if (result.quarantined.length > 0 && !result.readOnly) {
    result.readOnly = true;
    result.readOnlyReason = 'bad-records';
  }
  result.sidecar = sidecar;
  return result;
}

/**
 * After the user agreed to drop the quarantined records ("discard bad records"): writable again, but the original
 * file must be copied aside before the first write.
 */
export function acceptQuarantine(result: ParseResult): ParseResult {
  if (result.readOnlyReason === 'newer-version') return result;
  return { ...result, readOnly: false, readOnlyReason: undefined, needsBackupBeforeWrite: true };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(message);
    const trimmedEnd = text.trimEnd().length;
    const at = m ? Number(m[1]) : trimmedEnd;
    const truncated = /end of JSON input|Unterminated string/i.test(message) || at >= trimmedEnd;
    const position = positionAt(text, Math.min(at, text.length));
    if (truncated) throw new SidecarError('truncated', 'annotation file ends in the middle of the data (truncated)', position);
    throw new SidecarError('invalid-json', 'annotation file is not valid JSON', position);
  }
}

function readArticle(v: unknown, ctx: ReadContext, options: ParseOptions, warnings: string[]): ArticleInfo {
  if (!isPlainObject(v)) throw new SidecarError('not-a-sidecar', 'annotation file has no "article" header');
  const { name, sha256, length, lineEnding } = v;
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) throw new SidecarError('not-a-sidecar', '"article.sha256" must be 64 hex digits');
  if (!Number.isSafeInteger(length) || (length as number) < 0) throw new SidecarError('not-a-sidecar', '"article.length" must be a non-negative integer');
  if (v.offsetUnit !== 'utf16') throw new SidecarError('not-a-sidecar', '"article.offsetUnit" must be "utf16"');
  let safeName = typeof name === 'string' ? name : '';
  if (!isPlainFileName(safeName)) {
    warnings.push(`"article.name" is not a plain file name and is ignored: ${JSON.stringify(safeName.slice(0, 80))}`);
    safeName = options.articleName ?? '';
  } else if (options.articleName !== undefined && safeName !== options.articleName) {
    warnings.push(`annotation file was written for "${safeName}" (the article is now "${options.articleName}")`);
  }
  const info: ArticleInfo = {
    name: safeName,
    sha256,
    length: length as number,
    lineEnding: (LINE_ENDINGS as readonly unknown[]).includes(lineEnding) ? (lineEnding as ArticleInfo['lineEnding']) : 'mixed',
    offsetUnit: 'utf16',
  };
  try {
    const extra = extraFields(v, ARTICLE_FIELDS, ctx);
    if (extra) info.extra = extra;
  } catch (e) {
    warnings.push(`article header: ${(e as Error).message}; field ignored`);
  }
  return info;
}

function readExtra(raw: Record<string, unknown>, known: ReadonlySet<string>, ctx: ReadContext, result: ParseResult) {
  try {
    return extraFields(raw, known, ctx);
  } catch (e) {
    result.warnings.push(`${(e as Error).message}; field ignored`);
    result.readOnly = true;
    result.readOnlyReason ??= 'bad-records';
    return undefined;
  }
}

function readList<T extends ActorRecord | EntityRecord | ClaimRecord>(
  v: unknown, kind: RecordKind, read: (v: unknown, ctx: ReadContext) => T, ctx: ReadContext, result: ParseResult,
): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    result.quarantined.push({ kind, index: -1, reason: `"${kind}" must be an array` });
    return [];
  }
  const out: T[] = [];
  const seen = new Set<string>();
  const room = Math.max(0, ctx.limits.maxRecords - ctx.loaded);
  if (v.length > room) {
    result.readOnly = true;
    result.readOnlyReason = 'too-many-records';
    result.quarantined.push({ kind, index: room, reason: `${v.length - room} record(s) over the limit of ${ctx.limits.maxRecords} records not loaded` });
  }
  const n = Math.min(v.length, room);
  for (let i = 0; i < n; i++) {
    const rawId = isPlainObject(v[i]) && typeof v[i].id === 'string' ? (v[i].id as string).slice(0, 64) : undefined;
    try {
      const record = read(v[i], ctx);
      if (seen.has(record.id)) throw new RecordError(`duplicate id ${record.id}`);
      seen.add(record.id);
      out.push(record);
    } catch (e) {
      if (!(e instanceof RecordError)) throw e;
      result.quarantined.push({ kind, index: i, id: rawId, reason: e.message });
    }
  }
  ctx.loaded += n;
  return out;
}

function checkReferences(s: Sidecar, warnings: string[]): void {
  const actors = new Map(s.actors.map((a) => [a.id, a] as const));
  let dangling = 0;
  for (const a of s.actors) if (a.mergedInto !== undefined && !actors.has(a.mergedInto)) dangling++;
  for (const e of s.entities) if (e.actor !== undefined && !actors.has(e.actor)) dangling++;
  for (const c of s.claims) for (const id of [c.speaker, ...(c.coSpeakers ?? [])]) if (id !== null && !actors.has(id)) dangling++;
  if (dangling > 0) warnings.push(`${dangling} reference(s) to actors that are not in the file`);
}

/**
 * Canonical, git-friendly output: fixed key order, records sorted by id, one record per line, trailing newline.
 * Two people adding records touch different lines (ids are random), so git merges them without conflict; appending
 * at the end of an array would always conflict. Invisible and direction-changing characters are written as \u
 * escapes so a reviewer of the JSON diff sees them.
 */
import type { ActorRecord, Anchor, ArticleInfo, ClaimRecord, EntityRecord, Extra, Sidecar } from './model';

// Bidi controls, zero-width marks, line/paragraph separators: legal in JSON, but they hide or reorder text in a diff.
const INVISIBLE = /[\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function json(v: unknown): string {
  return JSON.stringify(v).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A pre-rendered JSON fragment, inserted as is by render. */
class Raw {
  constructor(readonly text: string) {}
  toJSON(): unknown { return JSON.parse(this.text); }
}

function render(pairs: Array<[string, unknown]>, extra?: Extra): string {
  const parts: string[] = [];
  for (const [k, v] of pairs) {
    if (v === undefined) continue;
    parts.push(`${json(k)}:${v instanceof Raw ? v.text : json(v)}`);
  }
  if (extra) for (const k of Object.keys(extra).sort()) parts.push(`${json(k)}:${json(extra[k])}`);
  return `{${parts.join(',')}}`;
}

export function anchorJson(a: Anchor): Raw {
  return new Raw(render([
    ['start', a.start], ['end', a.end], ['exact', a.exact], ['prefix', a.prefix], ['suffix', a.suffix],
    ['state', a.state], ['original', a.original],
  ], a.extra));
}

function articleLine(a: ArticleInfo): string {
  return render([['name', a.name], ['sha256', a.sha256], ['length', a.length], ['lineEnding', a.lineEnding], ['offsetUnit', a.offsetUnit]], a.extra);
}

export function actorLine(r: ActorRecord): string {
  return render([
    ['id', r.id], ['name', r.name], ['type', r.type], ['aliases', r.aliases], ['wikidataId', r.wikidataId],
    ['note', r.note], ['mergedInto', r.mergedInto], ['modified', r.modified],
  ], r.extra);
}

export function entityLine(r: EntityRecord): string {
  return render([
    ['id', r.id], ['decision', r.decision], ['type', r.type], ['actor', r.actor], ['anchor', anchorJson(r.anchor)],
    ['modified', r.modified],
  ], r.extra);
}

export function claimLine(r: ClaimRecord): string {
  return render([
    ['id', r.id], ['origin', r.origin], ['status', r.status], ['tags', r.tags], ['note', r.note], ['speaker', r.speaker],
    ['coSpeakers', r.coSpeakers], ['anchor', anchorJson(r.anchor)], ['cue', r.cue && anchorJson(r.cue)], ['rejected', r.rejected || undefined],
    ['modified', r.modified],
  ], r.extra);
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function list<T extends { id: string }>(records: readonly T[], line: (r: T) => string): string {
  if (records.length === 0) return '[]';
  return `[\n${[...records].sort(byId).map((r) => `    ${line(r)}`).join(',\n')}\n  ]`;
}

/** The canonical text of a sidecar. `serializeSidecar(parseSidecar(x).sidecar) === x` for canonical x. */
export function serializeSidecar(s: Sidecar): string {
  const lines: string[] = [];
  if (s.$schema !== undefined) lines.push(`  "$schema": ${json(s.$schema)}`);
  lines.push(`  "schemaVersion": ${s.schemaVersion}`);
  lines.push(`  "article": ${articleLine(s.article)}`);
  lines.push(`  "actors": ${list(s.actors, actorLine)}`);
  lines.push(`  "entities": ${list(s.entities, entityLine)}`);
  lines.push(`  "claims": ${list(s.claims, claimLine)}`);
  if (s.extra) for (const k of Object.keys(s.extra).sort()) lines.push(`  ${json(k)}: ${json(s.extra[k])}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

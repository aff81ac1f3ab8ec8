import type { Statement } from './statements';
import { groupStatements, statementSpeakers } from './statements';
import type { Actor, Analysis, Claim, Entity } from './types';

/**
 * Lookups over one Analysis that the editor needs on every hover, keystroke and tree expansion:
 * what is at an offset, an actor's mentions in order, the statements an actor makes. Built once per analysis.
 */
export class AnalysisIndex {
  private readonly _actorsById = new Map<string, Actor>();
  private readonly _mentionsByActor = new Map<string, Entity[]>();
  private readonly _statementOf = new Map<Claim, Statement>();
  private readonly _statementsBySpeaker = new Map<string, Statement[]>();
  private readonly _statements: readonly Statement[];
  /** Entities sorted by start, for binary search. */
  private readonly _entities: readonly Entity[];
  private readonly _claims: readonly Claim[];

  constructor(readonly analysis: Analysis) {
    const byPosition = (a: Entity, b: Entity): number => a.start - b.start || b.end - a.end;
    // The analysis is normally in text order already: check in one pass rather than copy and sort 400,000 items.
    this._entities = isSorted(analysis.entities, byPosition) ? analysis.entities : [...analysis.entities].sort(byPosition);
    this._claims = [...analysis.claims].sort((a, b) => a.start - b.start);
    for (const actor of analysis.actors) this._actorsById.set(actor.id, actor);
    for (const e of this._entities) if (e.actor !== undefined) push(this._mentionsByActor, e.actor, e);
    this._statements = groupStatements(this._claims);
    for (const st of this._statements) {
      for (const c of st) this._statementOf.set(c, st);
      for (const speaker of statementSpeakers(st)) push(this._statementsBySpeaker, speaker, st);
    }
  }

  get entities(): readonly Entity[] { return this._entities; }
  get claims(): readonly Claim[] { return this._claims; }

  actor(id: string | null | undefined): Actor | undefined {
    return id == null ? undefined : this._actorsById.get(id);
  }

  mentionsOf(actorId: string): readonly Entity[] {
    return this._mentionsByActor.get(actorId) ?? [];
  }

  /** The claims as statements (src/core/statements.ts): pieces sharing a cue and speaker together, in text order. */
  get statements(): readonly Statement[] { return this._statements; }

  /** The statements an actor makes, alone or named with others ("Clinton and Sanders said"), in text order. */
  statementsBy(actorId: string): readonly Statement[] {
    return this._statementsBySpeaker.get(actorId) ?? [];
  }

  /** The actors who make a statement, its speaker first (statementSpeakers), those this analysis knows. */
  speakersOf(pieces: Statement): Actor[] {
    return statementSpeakers(pieces).flatMap((id) => this._actorsById.get(id) ?? []);
  }

  /** The statement a claim of this analysis is a piece of (the claim alone for one not in the analysis). */
  statementOf(claim: Claim): Statement {
    return this._statementOf.get(claim) ?? [claim];
  }

  /** The entity covering `offset` (start ≤ offset ≤ end, so the caret just after a name still counts). */
  entityAt(offset: number): Entity | undefined {
    let lo = 0;
    let hi = this._entities.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this._entities[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    for (let i = found; i >= 0 && i > found - 8; i--) {
      const e = this._entities[i];
      if (e.start <= offset && offset <= e.end) return e;
    }
    return undefined;
  }

  /** The entities that overlap [start, end], in text order: a window of a long article without a full scan. */
  entitiesIn(start: number, end: number): readonly Entity[] {
    let lo = 0;
    let hi = this._entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this._entities[mid].start < start) lo = mid + 1; else hi = mid;
    }
    // Entities starting before the window may still reach into it (names are short: look back a little).
    let first = lo;
    while (first > 0 && lo - first < 8 && this._entities[first - 1].end >= start) first--;
    const out: Entity[] = [];
    for (let i = first; i < this._entities.length && this._entities[i].start <= end; i++) {
      if (this._entities[i].end >= start) out.push(this._entities[i]);
    }
    return out;
  }

  /** The innermost claim whose span or cue covers `offset`. */
  claimAt(offset: number): Claim | undefined {
    let best: Claim | undefined;
    for (const c of this._claims) {
      if (c.start > offset) break;
      const inSpan = offset >= c.start && offset <= c.end;
      const inCue = c.cue !== null && offset >= c.cue.start && offset <= c.cue.end;
      if ((inSpan || inCue) && (!best || c.end - c.start < best.end - best.start)) best = c;
    }
    if (best) return best;
    return this._claims.find((c) => c.cue !== null && offset >= c.cue.start && offset <= c.cue.end);
  }

  /** The next (or previous) mention of `actorId` after (or before) `offset`, wrapping around. */
  adjacentMention(actorId: string, offset: number, direction: 1 | -1): Entity | undefined {
    const mentions = this.mentionsOf(actorId);
    if (mentions.length === 0) return undefined;
    if (direction === 1) return mentions.find((m) => m.start > offset) ?? mentions[0];
    for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].end < offset) return mentions[i];
    return mentions[mentions.length - 1];
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return false;
  return true;
}

// The grouping handed to speaker resolution: the public actors and entities, the mention table, and what the
// words around each person's mentions say (profiles). Speaker resolution compares only the few actors mentioned
// just before a pronoun or description, so clause positions and profiles are worked out on first request and
// kept; every answer is the same as if all had been built up front (the scans read the grouping, never another
// profile), and `profiles` / `mentions` still give them all for tests and identity dumps.
import type { Sentence, Token } from '../text/token';
import type { Actor, Entity } from '../types';
import type { MentionRows } from './mentions';
import { mentionRows, tokenMaps } from './mentions';
import type { ParsedName } from './names';
import type { ScanState } from './scans';
import { emptyProfile, mentionPosition, newScan, personEvidence } from './scans';
import type { ActorGrouping, ActorMention, ActorProfile, MentionPosition, MentionTable } from './types';

const POSITIONS: readonly MentionPosition[] = ['subject', 'object', 'other'];
const UNKNOWN = 255;

class Mentions implements MentionTable {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly actor: Int32Array;
  readonly entity: Int32Array;
  readonly sentence: Int32Array;
  /** Index into POSITIONS of each mention's position, UNKNOWN until asked for. */
  private readonly pos: Uint8Array;
  constructor(rows: MentionRows, private readonly st: ScanState) {
    ({ count: this.count, start: this.start, end: this.end, actor: this.actor, entity: this.entity, sentence: this.sentence } = rows);
    this.pos = new Uint8Array(rows.count).fill(UNKNOWN);
  }

  position(k: number): MentionPosition {
    let p = this.pos[k];
    if (p === UNKNOWN) { p = POSITIONS.indexOf(mentionPosition(this.st, this.entity[k])); this.pos[k] = p; }
    return POSITIONS[p];
  }
}

class Grouping implements ActorGrouping {
  readonly table: Mentions;
  private readonly built: (ActorProfile | undefined)[];
  /** Mentions of each actor (indices into the table), grouped by actor: made on the first profile request. */
  private byActor?: { first: Int32Array; list: Int32Array };
  private all?: ActorMention[];
  constructor(readonly entities: readonly Entity[], readonly actors: readonly Actor[], private readonly st: ScanState, rows: MentionRows) {
    this.table = new Mentions(rows, st);
    this.built = actors.map(() => undefined);
  }

  country(a: number): string | undefined {
    return this.st.countryOf[a];
  }

  profile(a: number): ActorProfile {
    const done = this.built[a];
    if (done) return done;
    const p = emptyProfile(this.st.countryOf[a]);
    if (this.st.person[a] === 1) {
      // The actor's mentions in document order: the profile's sets fill in the same order as in one sweep.
      const { first, list } = (this.byActor ??= groupByActor(this.table.actor, this.actors.length));
      for (let k = first[a]; k < first[a + 1]; k++) personEvidence(this.st, this.table.entity[list[k]], p);
    }
    this.built[a] = p;
    return p;
  }

  get profiles(): readonly ActorProfile[] {
    return this.actors.map((_, a) => this.profile(a));
  }

  get mentions(): readonly ActorMention[] {
    if (this.all) return this.all;
    const t = this.table;
    const out: ActorMention[] = [];
    for (let k = 0; k < t.count; k++) {
      out.push({ start: t.start[k], end: t.end[k], actor: t.actor[k], entity: t.entity[k], sentence: t.sentence[k], position: t.position(k) });
    }
    return (this.all = out);
  }
}

/** Counting sort of the mention indices by actor, stable: each actor's mentions stay in document order. */
function groupByActor(actor: Int32Array, actors: number): { first: Int32Array; list: Int32Array } {
  const first = new Int32Array(actors + 1);
  for (let k = 0; k < actor.length; k++) first[actor[k] + 1]++;
  for (let a = 0; a < actors; a++) first[a + 1] += first[a];
  const next = first.slice(0, actors);
  const list = new Int32Array(actor.length);
  for (let k = 0; k < actor.length; k++) list[next[actor[k]]++] = k;
  return { first, list };
}

/** Inputs of the grouping that the scans read, besides the text's tokens. */
export interface Grouped {
  readonly sorted: readonly Entity[];
  readonly names: readonly (ParsedName | undefined)[];
  /** Actor index of each sorted entity, or -1. */
  readonly actorOf: Int32Array;
  readonly actors: readonly Actor[];
  readonly countryOf: readonly (string | undefined)[];
}

/** The grouping for `entities` (input order, actor ids set): mention table now, positions and profiles later. */
export function buildGrouping(tokens: readonly Token[], sentences: readonly Sentence[], entities: readonly Entity[], g: Grouped): ActorGrouping {
  const maps = tokenMaps(tokens, sentences, g.sorted);
  const person = new Uint8Array(g.actors.length);
  for (let a = 0; a < g.actors.length; a++) if (g.actors[a].type === 'PERSON') person[a] = 1;
  const st: ScanState = { tokens, sentences, ...g, ...maps, person, left: newScan(), right: newScan() };
  return new Grouping(entities, g.actors, st, mentionRows(g.sorted, g.actorOf, sentences, maps));
}

// The grouping handed to speaker resolution: the public actors and entities, the mention table, and what the
// words around each person's mentions say (profiles). Clause positions are worked out per mention on request
// (salience asks for the few just before a pronoun: 10 % on the 5 MB corpus). Profiles are built on the first
// request, all in one sweep in document order: the actors asked about held 91 % of the person mentions there, and
// one ordered sweep was cheaper than building them actor by actor. Every answer is the same as if all had been
// built up front (the scans read the grouping, never another profile); `profiles` / `mentions` give them all
// for tests and identity dumps.
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
    this.sweep();
    return this.built[a] as ActorProfile;
  }

  /** All profiles in one pass over the mentions in document order (tokens are read in order, and each scan
   * function is optimised once for the whole pass). */
  private sweep(): void {
    const { st, table, built } = this;
    for (let a = 0; a < built.length; a++) built[a] = emptyProfile(st.countryOf[a]);
    for (let k = 0; k < table.count; k++) {
      const a = table.actor[k];
      if (st.person[a] === 1) personEvidence(st, table.entity[k], built[a] as ActorProfile);
    }
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

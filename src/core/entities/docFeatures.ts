// Contextual features of a document: per-token tables built in one pass (flags, sentences, gazetteer matches),
// then the features of token i that look at its sentence, the document and the predictions made so far.

import { combine, featureId } from './hash';
import type { Resources } from './resources';
import { gazetteerFirst, gazetteerMatchesAt } from './resources';
import { U32Map } from './u32map';
import { GazCodes } from './gazCodes';
import type { IdSink } from './idSink';
import { DEFAULT_OPTIONS, type FeatureOptions, type Word, type WordFeaturizer, type WordInfo } from './features';
import { CTX_TEMPLATES, C_DOC_LOWER, C_DOC_TITLE, C_GAZ, C_GAZ_NEAR, C_HIST, C_HIST_FIRST, C_INIT_CASING } from './templates';

let docCounter = 0;

export const F_LETTER = 1, F_ALL_CAPS = 2, F_CAP = 4, F_UPPER = 8, F_DIGIT = 16, F_LONG = 32;

function flagsOf(w: WordInfo): number {
  return (w.letter ? F_LETTER : 0) | (w.allCaps ? F_ALL_CAPS : 0) | (w.cap ? F_CAP : 0) | (w.upper ? F_UPPER : 0)
    | (w.digit ? F_DIGIT : 0) | (w.text.length > 1 ? F_LONG : 0);
}

/** The word types of a document: typeIds[i] indexes the WordInfo of token i in types. */
export interface DocTypes {
  readonly typeIds: Int32Array;
  readonly types: readonly WordInfo[];
}

let typeStamp = 0;

/**
 * Dense type ids by WordInfo identity (for callers that only have the per-token WordInfo array): each word is
 * stamped with this call's number and its id, so a token costs a field read on its word, not a Map lookup.
 */
function typesOf(words: readonly WordInfo[]): DocTypes {
  const typeIds = new Int32Array(words.length);
  const types: WordInfo[] = [];
  const stamp = ++typeStamp;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word; // every WordInfo comes from WordFeaturizer.info
    if (w.typeStamp !== stamp) {
      w.typeStamp = stamp;
      w.typeId = types.length;
      types.push(w);
    }
    typeIds[i] = w.typeId;
  }
  return { typeIds, types };
}

// The per-token loops of the DocFeatures constructor, each a function of its own: a document is prepared once, so
// V8 compiles these loops on the fly (OSR), and a loop inside the one long constructor was compiled before the
// code after it had type feedback and deoptimised there.

/** Per type: its F_* bits, lower and shape hashes, gazetteer key and the gazetteer value of that key alone. */
interface TypeTables {
  readonly flags: Uint8Array;
  readonly lower: Int32Array;
  readonly shape: Int32Array;
  readonly gazKey: Int32Array;
  readonly gazFirst: Int32Array;
}

/** The per-type facts the document's token pass reads, from one visit of each WordInfo. */
function typeTables(res: Resources, types: readonly WordInfo[]): TypeTables {
  const m = types.length;
  const flags = new Uint8Array(m);
  const lower = new Int32Array(m);
  const shape = new Int32Array(m);
  const gazKey = new Int32Array(m);
  fillTypeTables(types, flags, lower, shape, gazKey);
  return { flags, lower, shape, gazKey, gazFirst: gazetteerFirst(res, gazKey) };
}

/** The loop of typeTables, alone in its function (V8 compiles it on the fly, before the code after it has run). */
function fillTypeTables(types: readonly WordInfo[], flags: Uint8Array, lower: Int32Array, shape: Int32Array,
  gazKey: Int32Array): void {
  for (let t = 0; t < types.length; t++) {
    const w = types[t];
    flags[t] = flagsOf(w);
    lower[t] = w.lower;
    shape[t] = w.shape;
    gazKey[t] = w.gazKey;
  }
}

/** Sentence s is tokens [bounds[s], bounds[s + 1]): the sentence starts, then the token count. */
function sentenceBounds(sentStarts: readonly number[], n: number): Int32Array {
  const bounds = new Int32Array(sentStarts.length + 1).fill(n);
  bounds.set(sentStarts);
  return bounds;
}

/** Numbers the distinct values of `keys` densely into `group` (by first occurrence); returns how many. */
function groupBy(keys: Int32Array, group: Int32Array): number {
  const ids = new U32Map(keys.length);
  let n = 0;
  for (let t = 0; t < keys.length; t++) {
    let g = ids.get(keys[t]);
    if (g < 0) ids.set(keys[t], (g = n++));
    group[t] = g;
  }
  return n;
}

/**
 * The one pass over a document's tokens, sentence by sentence (a document is prepared once, so V8 compiles this loop
 * on the fly: one loop is compiled once, where four were compiled, and some deoptimised, one after another). Fills
 * each token's F_* bits, sentence index, ALL-CAPS-line bit and sentence-initial bit, pushes the gazetteer matches
 * within each sentence (ascending start); returns per type 1 | 2 when it was seen lower case |
 * Title case mid-sentence (outside ALL-CAPS lines).
 */
function tokenPass(res: Resources, tt: TypeTables, typeIds: Int32Array, bounds: Int32Array,
  flags: Uint8Array, sent: Int32Array, capsSent: Uint8Array, initial: Uint8Array,
  push: (i: number, code: number) => void): Uint8Array {
  const typeFlags = tt.flags;
  const keyOf = tt.gazKey;
  const firstOf = tt.gazFirst;
  const seen = new Uint8Array(typeFlags.length);
  for (let s = 0; s + 1 < bounds.length; s++) {
    const a = bounds[s];
    const b = bounds[s + 1];
    let caps = 0, lowerish = 0;
    for (let i = a; i < b; i++) {
      sent[i] = s;
      const f = typeFlags[typeIds[i]];
      flags[i] = f;
      if (!(f & F_LETTER)) continue;
      if (f & F_ALL_CAPS) caps++;
      else if (f & F_LONG || !(f & F_CAP)) lowerish++;
    }
    const isCaps = caps >= 2 && lowerish === 0 ? 1 : 0;
    for (let i = a; i < b; i++) {
      const t = typeIds[i];
      const first = firstOf[t];
      if (first >= 0) gazetteerMatchesAt(res, typeIds, keyOf, first, i, b, push);
      capsSent[i] = isCaps;
      const f = flags[i];
      if (i === a || (i === a + 1 && !(flags[a] & F_LETTER))) initial[i] = 1;
      if (i === a || isCaps || !(f & F_LETTER)) continue;
      if (!(f & F_CAP)) seen[t] |= 1;
      else if (!(f & F_ALL_CAPS)) seen[t] |= 2;
    }
  }
  return seen;
}

/** A document prepared for feature extraction. */
export class DocFeatures {
  private tokenWords: readonly WordInfo[] | null;
  /** Type id of each token; the WordInfo of each id (words[i] === types[typeIds[i]]). */
  readonly typeIds: Int32Array;
  readonly types: readonly WordInfo[];
  /** Per token, the F_* bits of its word: loops over every token read a byte here, not a Word object each
   *  (40 k types in a 5 MB document do not stay in cache; one byte per token streams). */
  readonly flags: Uint8Array;
  /** Per type id, the word's lower and shape hashes: the contextual features of a token read its neighbours'
   *  here (152 KB each, cache-resident) instead of three Word objects scattered over the heap. */
  private readonly typeLower: Int32Array;
  private readonly typeShape: Int32Array;
  /** Sentence s is tokens [bounds[s], bounds[s + 1]) (no branch for the last sentence: V8 compiled the code
   *  reading the sentence ends before any token of the last sentence was seen, and deoptimised there). */
  private readonly bounds: Int32Array;
  /** Sentence index of each token. */
  readonly sent: Int32Array;
  /** Whether the token's sentence is an ALL-CAPS line (headline, dateline). */
  readonly capsSent: Uint8Array;
  /** Per token, the codes of the gazetteer matches that cover it. */
  private readonly gaz: GazCodes;
  /** Whether the token starts its sentence (possibly after an opening quote or bracket). */
  readonly initial: Uint8Array;
  /** Stamp of this document in WordInfo.seenLower / seenTitle. */
  private readonly docId: number;
  /** Per type id, a dense id of its lower-case form (types that fold to the same word share it). */
  private readonly lowerGroup: Int32Array;
  /** Prediction history: per lower-case form (lowerGroup), counts per class (PER, ORG, LOC, MISC), filled while
   *  tagging. (A Map keyed by the hash was a heap-number lookup per capitalised candidate.) */
  private history: Int32Array;

  constructor(
    readonly fz: WordFeaturizer,
    readonly tokens: readonly string[],
    /** Sentence start indices, ascending, first 0; the last sentence ends at tokens.length. */
    readonly sentStarts: readonly number[],
    readonly opts: FeatureOptions = DEFAULT_OPTIONS,
    /** fz.info of each token, when the caller has them (looked up once per word type); not needed with docTypes. */
    words?: readonly WordInfo[] | null,
    /** The type ids of the tokens' words, when the caller has them. */
    docTypes?: DocTypes,
  ) {
    const n = tokens.length;
    this.tokenWords = docTypes ? words ?? null : words ?? tokens.map((t) => fz.info(t));
    const { typeIds, types } = docTypes ?? typesOf(this.tokenWords as readonly WordInfo[]);
    this.typeIds = typeIds;
    this.types = types;
    const tt = typeTables(fz.res, types);
    this.typeLower = tt.lower;
    this.typeShape = tt.shape;
    this.lowerGroup = new Int32Array(types.length);
    this.history = new Int32Array(4 * groupBy(this.typeLower, this.lowerGroup));
    this.flags = new Uint8Array(n);
    this.sent = new Int32Array(n);
    this.capsSent = new Uint8Array(n);
    this.initial = new Uint8Array(n);
    const gaz = (this.gaz = new GazCodes(n));
    this.docId = ++docCounter;
    const bounds = (this.bounds = sentenceBounds(sentStarts, n));
    const seen = tokenPass(fz.res, tt, typeIds, bounds, this.flags, this.sent, this.capsSent, this.initial,
      (i, code) => gaz.push(i, code));
    for (let t = 0; t < types.length; t++) {
      if (seen[t] & 1) types[t].seenLower = this.docId;
      if (seen[t] & 2) types[t].seenTitle = this.docId;
    }
  }

  /** The WordInfo of each token (built on first use when the document came as type ids). */
  get words(): readonly WordInfo[] {
    return this.tokenWords ?? (this.tokenWords = Array.from(this.typeIds, (t) => this.types[t]));
  }

  /** End of the first sentence when it is a title-case line (most words capitalised, not ALL CAPS), else 0. */
  get titleLineEnd(): number {
    if (this.titleEnd < 0) this.titleEnd = titleLineEnd(this.tokens, this.sentStarts);
    return this.titleEnd;
  }
  private titleEnd = -1;

  sentenceEnd(i: number): number {
    return this.bounds[this.sent[i] + 1];
  }

  /** Scratch for contextual: the values of the CTX_TEMPLATES features of a token. */
  private readonly ctxValues = new Int32Array(CTX_TEMPLATES.length);

  /** Appends the contextual feature ids of token i to `out`. */
  contextual(i: number, out: IdSink): void {
    const { typeIds, typeLower, typeShape } = this;
    const s = this.sent[i];
    const start = this.bounds[s];
    const end = this.bounds[s + 1];
    const hasPrev = i > start;
    const hasNext = i + 1 < end;
    const t = typeIds[i];
    const lower = typeLower[t];
    const shape = typeShape[t];
    const caps = this.capsSent[i];
    // The ALL-CAPS-line features (rare) go through the same call sites as the three every token has: V8 compiled
    // this function before it met a candidate on such a line and deoptimised it there, in every fresh process.
    const v = this.ctxValues;
    v[0] = combine(hasPrev ? typeLower[typeIds[i - 1]] : 1, lower);
    v[1] = combine(lower, hasNext ? typeLower[typeIds[i + 1]] : 2);
    v[2] = combine(combine(hasPrev ? typeShape[typeIds[i - 1]] : 1, shape), hasNext ? typeShape[typeIds[i + 1]] : 2);
    v[3] = shape;
    v[4] = lower;
    const m = caps ? 5 : 3;
    for (let r = 0; r < m; r++) out.push(featureId(CTX_TEMPLATES[r], v[r]));
    if (this.flags[i] & F_CAP && (this.initial[i] === 1 || caps)) {
      const w = this.types[t];
      out.push(featureId(C_INIT_CASING, w.casing));
      if (this.opts.docLevel) {
        if (this.fz.lowerForm(w).seenLower === this.docId) out.push(featureId(C_DOC_LOWER, caps));
        if (this.fz.titleForm(w).seenTitle === this.docId) out.push(featureId(C_DOC_TITLE, caps));
      }
    }
    const { head, code, next } = this.gaz;
    for (let e = head[i]; e !== 0; e = next[e - 1]) out.push(featureId(C_GAZ, code[e - 1]));
    if (hasPrev) for (let e = head[i - 1]; e !== 0; e = next[e - 1]) out.push(featureId(C_GAZ_NEAR, code[e - 1]));
    if (hasNext) for (let e = head[i + 1]; e !== 0; e = next[e - 1]) out.push(featureId(C_GAZ_NEAR, code[e - 1] | 0x1000));
  }

  /** Appends the features of token i that depend on predictions made so far in the document. */
  contextualDynamic(i: number, out: IdSink): void {
    if (!(this.flags[i] & F_CAP) || !this.opts.history) return;
    const h = this.history;
    const o = 4 * this.lowerGroup[this.typeIds[i]];
    if ((h[o] | h[o + 1] | h[o + 2] | h[o + 3]) === 0) return;
    let best = 0;
    for (let c = 0; c < 4; c++) {
      if (h[o + c] > 0) out.push(featureId(C_HIST, c));
      if (h[o + c] > h[o + best]) best = c;
    }
    out.push(featureId(C_HIST_FIRST, best));
  }

  /** Every id contextualDynamic can produce (so a trainer can register them up front). */
  static dynamicIds(): number[] {
    const ids: number[] = [];
    for (let c = 0; c < 4; c++) ids.push(featureId(C_HIST, c), featureId(C_HIST_FIRST, c));
    return ids;
  }

  /** Records a predicted entity's tokens in the prediction history. */
  remember(start: number, end: number, cls: number): void {
    for (let i = start; i < end; i++) {
      if (!(this.flags[i] & F_CAP)) continue;
      this.history[4 * this.lowerGroup[this.typeIds[i]] + cls]++;
    }
  }

  /** Forgets the prediction history (a trainer tags the same document again). */
  clearHistory(): void {
    this.history.fill(0);
  }
}

function titleLineEnd(tokens: readonly string[], sentStarts: readonly number[]): number {
  const end = sentStarts.length > 1 ? sentStarts[1] : tokens.length;
  let letters = 0, caps = 0, allCaps = 0;
  for (let i = 0; i < end; i++) {
    const w = tokens[i];
    if (!/^\p{L}/u.test(w)) continue;
    letters++;
    if (/^\p{Lu}/u.test(w)) caps++;
    if (w.length > 1 && w === w.toUpperCase()) allCaps++;
  }
  return letters >= 4 && caps >= 0.7 * letters && allCaps < letters ? end : 0;
}

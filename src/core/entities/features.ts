// Intrinsic features: a feature is a uint32 id = featureId(template, valueHash). They depend on one word and its
// offset from the tagged token (-2..2) and are cached per word type (WordFeaturizer). Contextual features, which
// look at the sentence and the document, are in docFeatures.ts; template numbers in templates.ts.

import { combine, featureId, fmix, hashString } from './hash';
import { FNV_START, fnvStep } from '../text/intern';
import type { Resources } from './resources';
import { U32Map } from './u32map';
import type { IdSink } from './idSink';
import {
  A_ASCII, A_BACKTICK, A_DIGIT, A_LOWER, A_TWO_UPPER, A_UPPER, asciiScan, foldWord, hasLetter, isAllCaps, isCapitalized,
  normalizeToken, shapeHash, titleCase,
} from './word';
import {
  C_INIT_SHAPE, SLOTS, SLOT_INITIAL, SLOT_NONINITIAL, T_BIAS, T_CASING, T_CL, T_EXACT, T_LOWER, T_PRE, T_SHAPE, T_SUF,
  WINDOW, intrinsicTemplate,
} from './templates';

export { OFFSETS, SLOTS, SLOT_INITIAL, SLOT_NONINITIAL, WINDOW } from './templates';

export interface FeatureOptions {
  /** Document-level casing evidence (is this capitalised word seen lower case elsewhere?). */
  readonly docLevel: boolean;
  /** Prediction history: classes predicted for the same word earlier in the document. */
  readonly history: boolean;
}
export const DEFAULT_OPTIONS: FeatureOptions = { docLevel: true, history: true };

export interface WordInfo {
  /** The token as given; `text` is it with quotes and dashes normalised. */
  readonly raw: string;
  readonly text: string;
  /** Intrinsic feature ids for each offset slot (offset + WINDOW). */
  readonly byOffset: readonly (readonly number[])[];
  readonly shape: number;
  readonly lower: number;
  readonly cap: boolean;
  readonly allCaps: boolean;
  readonly letter: boolean;
  /** Has an upper-case letter anywhere ("al-Araji", "iPhone"). */
  readonly upper: boolean;
  /** hashString(foldWord(text)): the gazetteer key of this token. */
  readonly gazKey: number;
  /** Casing bucket of the word (see casingBucket), 0 when unknown. */
  readonly casing: number;
  /** Id of the last document where this word was seen lower case / Title case mid-sentence. */
  seenLower: number;
  seenTitle: number;
  /** Has an ASCII digit ("1860", "G7"). */
  readonly digit: boolean;
  /** Where the tagger's cached window scores (OFFSETS x labels) start in its score pool; -1 before. */
  scoreAt: number;
  /** Where the scores of its sentence-position slots start in the tagger's per-shape pool (set with scoreAt). */
  shapeAt: number;
  /** Whether the tagger has added the centre slot (offset 0) to the word's cached window scores. */
  centerDone: boolean;
  /** Appends the intrinsic feature ids of every slot to `out`; ends[k] = out.length after slot k. Without
   *  `center` the offset-0 slot is left empty (ends[WINDOW] = ends[WINDOW - 1]). */
  intrinsicIds(out: IdSink, ends: Int32Array, center?: boolean): void;
  /** Appends the ids of the offset-0 slot alone (what intrinsicIds leaves out without `center`). */
  centerIds(out: IdSink): void;
}

/** Scratch for asciiScan's hashes (a new word type is built synchronously, one at a time). */
const SCAN = new Int32Array(3);

export class WordFeaturizer {
  // Word cache: our own hash table (FNV over the characters, then a typed-array probe) is several times
  // faster than Map<string> on the fresh substrings a tokenizer produces.
  private table = new U32Map(1 << 15);
  private infos: WordInfo[] = [];
  /** hashString(raw) of each cached word (its table key), kept so growing the table hashes no string again. */
  private hashes: number[] = [];
  /** Words whose hash collides with another cached word's. */
  private collisions = new Map<string, WordInfo>();
  /** Bumped when the cache is dropped: references to cached words taken before are stale. */
  generation = 0;
  constructor(readonly res: Resources, private readonly maxCache = 200_000) {}

  /** info(w.text.toLowerCase()), remembered on the word (contextual features ask for it per mention). */
  lowerForm(w: WordInfo): WordInfo {
    const c = this.refsOf(w);
    return c.lowerRef ?? (c.lowerRef = this.info(w.text.toLowerCase()));
  }

  /** info(titleCase(w.text)), remembered on the word. */
  titleForm(w: WordInfo): WordInfo {
    const c = this.refsOf(w);
    return c.titleRef ?? (c.titleRef = this.info(titleCase(w.text)));
  }

  private refsOf(w: WordInfo): Word {
    const c = w as Word;
    if (c.refGeneration !== this.generation) {
      c.lowerRef = c.titleRef = null;
      c.refGeneration = this.generation;
    }
    return c;
  }

  info(raw: string): WordInfo {
    const h = hashString(raw);
    const idx = this.table.get(h);
    if (idx >= 0) {
      const w = this.infos[idx];
      if (w.raw === raw) return w;
      const c = this.collisions.get(raw);
      if (c) return c;
    }
    const w = this.compute(raw, h);
    if (idx >= 0) {
      this.collisions.set(raw, w);
      return w;
    }
    if (this.infos.length >= this.maxCache) this.reset();
    if (this.table.size * 2 >= this.table.keys.length) this.grow();
    this.table.set(h, this.infos.length);
    this.infos.push(w);
    this.hashes.push(h);
    return w;
  }

  private reset(): void {
    this.generation++;
    this.table = new U32Map(1 << 15);
    this.infos = [];
    this.hashes = [];
    this.collisions.clear();
  }

  private grow(): void {
    const t = new U32Map(this.table.keys.length);
    for (let i = 0; i < this.infos.length; i++) t.set(this.hashes[i], i);
    this.table = t;
  }

  private compute(raw: string, rawHash: number): WordInfo {
    // An ASCII word without a backtick is its own normalised text (tagTypes hands over normalised types): the one
    // scan serves normalizeToken's question and the word's facts.
    const f = asciiScan(raw, SCAN);
    if ((f & (A_ASCII | A_BACKTICK)) === A_ASCII) return new Word(this.res, raw, raw, rawHash, f);
    const text = normalizeToken(raw);
    return new Word(this.res, raw, text, text === raw ? rawHash : hashString(text));
  }

}

/** A cached word type. Its window features are built on first use: most word types (lower-case words away
 *  from any capitalised one) are never scored. */
/** Exported for docFeatures.ts, which numbers a document's word types by stamping them. */
export class Word implements WordInfo {
  readonly cap: boolean;
  readonly allCaps: boolean;
  readonly letter: boolean;
  readonly upper: boolean;
  readonly gazKey: number;
  readonly digit: boolean;
  readonly lower: number;
  readonly shape: number;
  /** The casing bucket once asked for (-1 before): only candidates' centre slots and contextual features read it,
   *  and a probe of the casing table per new type was ~20 ms of a fresh process on the 5 MB corpus. */
  private casingValue = -1;
  /** foldWord(text), made when first asked for (the affix features of a candidate's centre slot; most types are
   *  never candidates): an ASCII type's hashes come from asciiScan without this copy. */
  private lowerText: string | null = null;
  /** hashString(text.toLowerCase()): the casing table's key, and the cluster table's last resort. */
  private readonly loHash: number;
  scoreAt = -1;
  shapeAt = -1;
  centerDone = false;
  seenLower = 0;
  seenTitle = 0;
  lowerRef: WordInfo | null = null;
  titleRef: WordInfo | null = null;
  refGeneration = -1;
  /** Scratch for typesOf: the call that last numbered this word, and its id there. */
  typeStamp = 0;
  typeId = 0;
  private feats: number[][] | null = null;

  /** `exact`: hashString(text). A new word type's facts and hashes come from one scan when it is ASCII (most are),
   *  with no lower-case copy (the hashes are taken over the lower-cased code units). */
  constructor(private readonly res: Resources, readonly raw: string, readonly text: string,
    private readonly exact: number, f = asciiScan(text, SCAN)) { // given: the caller's asciiScan(text, SCAN)
    if (f & A_ASCII) {
      const c0 = text.charCodeAt(0);
      this.cap = c0 >= 65 && c0 <= 90;
      this.allCaps = (f & (A_LOWER | A_TWO_UPPER)) === A_TWO_UPPER;
      this.letter = (f & (A_UPPER | A_LOWER)) !== 0;
      this.upper = (f & A_UPPER) !== 0;
      this.digit = (f & A_DIGIT) !== 0;
      this.lower = SCAN[0];
      this.loHash = SCAN[1];
      this.shape = SCAN[2];
    } else {
      this.cap = isCapitalized(text);
      this.allCaps = isAllCaps(text);
      this.letter = hasLetter(text);
      const lo = text.toLowerCase();
      this.upper = lo !== text;
      this.digit = /\d/.test(text);
      this.lowerText = foldWord(text);
      this.lower = hashString(this.lowerText);
      this.loHash = hashString(lo);
      this.shape = shapeHash(text);
    }
    this.gazKey = this.lower;
  }

  private get lowerStr(): string {
    return this.lowerText ?? (this.lowerText = foldWord(this.text));
  }

  get casing(): number {
    return this.casingValue >= 0 ? this.casingValue : (this.casingValue = this.res.casingByHash(this.loHash));
  }

  get byOffset(): readonly (readonly number[])[] {
    return this.feats ?? (this.feats = this.build());
  }

  private build(): number[][] {
    const ids: number[] = [];
    const ends = new Int32Array(SLOTS);
    this.intrinsicIds(ids, ends);
    const byOffset: number[][] = [];
    for (let k = 0; k < SLOTS; k++) byOffset.push(ids.slice(k > 0 ? ends[k - 1] : 0, ends[k]));
    return byOffset;
  }

  intrinsicIds(f: IdSink, ends: Int32Array, center = true): void {
    const cl = this.cluster();
    for (let k = -WINDOW; k <= WINDOW; k++) {
      if (k !== 0 || center) this.slotIds(f, k, cl);
      ends[k + WINDOW] = f.length;
    }
    // The sentence-position slots depend on the shape alone (the tagger keeps their scores per shape).
    f.push(featureId(C_INIT_SHAPE, combine(1, this.shape)));
    ends[SLOT_INITIAL] = f.length;
    f.push(featureId(C_INIT_SHAPE, combine(0, this.shape)));
    ends[SLOT_NONINITIAL] = f.length;
  }

  centerIds(f: IdSink): void {
    this.slotIds(f, 0, this.cluster());
  }

  private cluster(): number {
    return this.res.clusterOfHashed(this.text, this.exact, this.allCaps, this.upper, this.loHash);
  }

  /** The intrinsic ids of the word at offset k from the tagged token; `cl` is its cluster (-1: none). */
  private slotIds(f: IdSink, k: number, cl: number): void {
    const { lower, shape } = this;
    const bits = this.res.clusterBits;
    const levels = cl >= 0 ? bits.length : 0;
    f.push(featureId(intrinsicTemplate(T_LOWER, k), lower));
    if (k >= -1 && k <= 1) f.push(featureId(intrinsicTemplate(T_SHAPE, k), shape));
    for (let l = 0, shift = 0; l < levels; shift += bits[l], l++) {
      if (l < 2 && (k < -1 || k > 1)) continue;
      f.push(featureId(intrinsicTemplate(T_CL + l, k), ((cl >>> shift) & ((1 << bits[l]) - 1)) + 1));
    }
    if (k !== 0) return;
    f.push(featureId(intrinsicTemplate(T_EXACT, 0), this.exact));
    f.push(featureId(intrinsicTemplate(T_CASING, 0), this.casing));
    f.push(featureId(intrinsicTemplate(T_BIAS, 0), 0));
    // Affixes of length 1..4: hashString of each prefix and suffix, hashed in place (no substrings).
    const lowerStr = this.lowerStr;
    const len = lowerStr.length;
    const n = Math.min(4, len);
    let pre = FNV_START;
    for (let p = 1; p <= n; p++) {
      pre = fnvStep(pre, lowerStr.charCodeAt(p - 1));
      let suf = FNV_START;
      for (let c = len - p; c < len; c++) suf = fnvStep(suf, lowerStr.charCodeAt(c));
      f.push(featureId(intrinsicTemplate(T_PRE + p - 1, 0), fmix(pre)));
      f.push(featureId(intrinsicTemplate(T_SUF + p - 1, 0), fmix(suf)));
    }
  }
}

/** Bits of a word type that DocFeatures and the tagger test per token (see DocFeatures.flags). */

// Cue phrase lookup over the learned lexicon (models/claims-lexicon.json, made by scripts/train-claims.ts): longest
// phrase at a position whose probability of being (inside) an attribution cue in PolNeAR train clears a threshold.
import LEXICON from '../../../models/claims-lexicon.json';

/** phrase (normalised tokens joined by spaces) -> [occurrences, occurrences inside a gold cue, whole-cue occurrences] */
export type CueStats = Record<string, readonly [number, number, number]>;

const SHIPPED = (LEXICON as unknown as { phrases: CueStats }).phrases;

export interface LexiconOptions {
  /** Minimum P(phrase lies inside a cue | phrase occurs). */
  readonly minProb: number;
  /** Minimum number of times the phrase was seen inside a cue. */
  readonly minCount: number;
  /** Minimum P(phrase is exactly a whole cue | phrase occurs): keeps "also" (inside "also said") out. */
  readonly minExactProb: number;
}

/** Thresholds for the rules alone (no cue classifier), tuned on train. */
export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = { minProb: 0.2, minCount: 2, minExactProb: 0.05 };

/** Candidate generation for the cue classifier: looser, so the classifier can accept rarer cues in context. */
export const CANDIDATE_LEXICON_OPTIONS: LexiconOptions = { minProb: 0.1, minCount: 2, minExactProb: 0.02 };

export interface CueLexicon {
  /** Length in tokens of the best cue phrase starting at norm[i], or 0. */
  match(norm: (i: number) => string, i: number, end: number): number;
  /** Cheap pre-check on a raw token text: can a cue phrase start with it? */
  mayStart(raw: string): boolean;
  /** [P(inside a cue), P(whole cue)] of a phrase, or [0, 0] when unknown. */
  prob(key: string): readonly [number, number];
  /** The trie's root: its children are the phrases' first words. */
  readonly root: CueNode;
  /**
   * Id of a normalised word among the words of the lexicon's phrases, or -1 (no phrase contains it). A function of
   * the word alone, so callers may cache it per word type and walk the trie by ids (CueNode.byId).
   */
  wordId(norm: string): number;
}

/** A phrase prefix in the lexicon trie; on an accepting node, the phrase's key, length and probabilities. */
export interface CueNode {
  readonly accept: boolean;
  /** Children by the next word's id (CueLexicon.wordId). */
  readonly byId: Map<number, CueNode>;
  /** The phrase's normalised words joined by spaces (phraseKey), set on accepting nodes. */
  readonly key: string;
  /** Number of tokens in the phrase. */
  readonly depth: number;
  /** prob(key) of an accepting node. */
  readonly prob: readonly [number, number];
}

const cache = new Map<string, CueLexicon>();
const NO_PROB: readonly [number, number] = [0, 0];

interface TrieNode extends CueNode {
  accept: boolean;
  key: string;
  prob: readonly [number, number];
  readonly next: Map<string, TrieNode>;
  readonly byId: Map<number, TrieNode>;
}

/** The lexicon over the shipped statistics, cached per options. */
export function cueLexicon(opts: LexiconOptions = DEFAULT_LEXICON_OPTIONS): CueLexicon {
  const ck = `${opts.minProb}/${opts.minCount}/${opts.minExactProb}`;
  const hit = cache.get(ck);
  if (hit) return hit;
  const lex = buildLexicon(SHIPPED, opts);
  cache.set(ck, lex);
  return lex;
}

const probOf = (v: readonly [number, number, number] | undefined): readonly [number, number] =>
  (v ? [v[1] / Math.max(v[0], v[1]), v[2] / Math.max(v[0], v[1])] : NO_PROB);

export function buildLexicon(stats: CueStats, opts: LexiconOptions): CueLexicon {
  const newNode = (depth: number): TrieNode => ({ accept: false, next: new Map(), byId: new Map(), key: '', depth, prob: NO_PROB });
  const root = newNode(0);
  const ids = new Map<string, number>();
  // Indexed loops, no destructuring: this runs once, unoptimised, over every phrase of the statistics.
  const keys = Object.keys(stats);
  for (let ki = 0; ki < keys.length; ki++) {
    const key = keys[ki];
    const v = stats[key];
    const occ = v[0], inCue = v[1], exact = v[2];
    const p = inCue / Math.max(occ, inCue);
    if (inCue < opts.minCount || p < opts.minProb || exact / Math.max(occ, inCue) < opts.minExactProb) continue;
    let node = root;
    const parts = key.split(' ');
    for (let pi = 0; pi < parts.length; pi++) {
      const part = parts[pi];
      let id = ids.get(part);
      if (id === undefined) { id = ids.size; ids.set(part, id); }
      let child = node.next.get(part);
      if (!child) {
        child = newNode(node.depth + 1);
        node.next.set(part, child);
        node.byId.set(id, child);
      }
      node = child;
    }
    node.accept = true;
    node.key = key;
    node.prob = probOf(stats[key]);
  }
  const starts = new Set<string>();
  for (const w of root.next.keys()) {
    for (const v of [w, w.replace(/'/g, '\u2019')]) {
      starts.add(v);
      starts.add(v.toUpperCase());
      starts.add(v.charAt(0).toUpperCase() + v.slice(1));
    }
  }
  // Pre-filter on the first two characters and length, so most tokens cost two array reads, not a hash lookup.
  const quick = new Uint8Array(1 << 14);
  for (const v of starts) quick[quickKey(v)] = 1;
  const probs = new Map<string, readonly [number, number]>();
  const lex: CueLexicon = {
    mayStart: (raw) => quick[quickKey(raw)] === 1 && starts.has(raw),
    match(norm, i, end) {
      let node = root.next.get(norm(i));
      let best = 0;
      for (let j = i; node; ) {
        if (node.accept) best = j - i + 1;
        if (++j >= end) break;
        node = node.next.get(norm(j));
      }
      return best;
    },
    root,
    wordId: (norm) => ids.get(norm) ?? -1,
    prob(key) {
      let r = probs.get(key);
      if (!r) {
        r = probOf(stats[key]);
        probs.set(key, r);
      }
      return r;
    },
  };
  return lex;
}

function quickKey(s: string): number {
  const c0 = s.charCodeAt(0) | 0x20;
  const c1 = s.length > 1 ? s.charCodeAt(1) | 0x20 : 0;
  return ((c0 & 0x3f) << 8) | ((c1 & 0x3f) << 2) | Math.min(s.length, 4) - 1;
}

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
  /**
   * The phrases that can start at a token with raw text `raw` and normalised text `norm` (mayStart and the first
   * trie step), or null: a pure function of the token text, so callers may cache it per word type.
   */
  startNode(raw: string, norm: string): CueNode | null;
  /** match() from the start node of token i: the node of the longest phrase, or null. */
  longestFrom(node: CueNode, norm: (i: number) => string, i: number, end: number): CueNode | null;
}

/** A phrase prefix in the lexicon trie; on an accepting node, the phrase's key and length. */
export interface CueNode {
  readonly accept: boolean;
  readonly next: Map<string, CueNode>;
  /** The phrase's normalised words joined by spaces (phraseKey), set on accepting nodes. */
  readonly key: string;
  /** Number of tokens in the phrase. */
  readonly depth: number;
}

const cache = new Map<string, CueLexicon>();
const NO_PROB: readonly [number, number] = [0, 0];

interface TrieNode extends CueNode { accept: boolean; key: string; readonly next: Map<string, TrieNode> }

/** The lexicon over the shipped statistics, cached per options. */
export function cueLexicon(opts: LexiconOptions = DEFAULT_LEXICON_OPTIONS): CueLexicon {
  const ck = `${opts.minProb}/${opts.minCount}/${opts.minExactProb}`;
  const hit = cache.get(ck);
  if (hit) return hit;
  const lex = buildLexicon(SHIPPED, opts);
  cache.set(ck, lex);
  return lex;
}

export function buildLexicon(stats: CueStats, opts: LexiconOptions): CueLexicon {
  const root: TrieNode = { accept: false, next: new Map(), key: '', depth: 0 };
  for (const key of Object.keys(stats)) {
    const [occ, inCue, exact] = stats[key];
    const p = inCue / Math.max(occ, inCue);
    if (inCue < opts.minCount || p < opts.minProb || exact / Math.max(occ, inCue) < opts.minExactProb) continue;
    let node = root;
    for (const part of key.split(' ')) {
      let child = node.next.get(part);
      if (!child) { child = { accept: false, next: new Map(), key: '', depth: node.depth + 1 }; node.next.set(part, child); }
      node = child;
    }
    node.accept = true;
    node.key = key;
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
  const mayStart = (raw: string): boolean => quick[quickKey(raw)] === 1 && starts.has(raw);
  const lex: CueLexicon = {
    mayStart,
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
    startNode: (raw, norm) => (mayStart(raw) ? root.next.get(norm) ?? null : null),
    longestFrom(node, norm, i, end) {
      let n: CueNode | undefined = node;
      let best: CueNode | null = null;
      for (let j = i; n; ) {
        if (n.accept) best = n;
        if (++j >= end) break;
        n = n.next.get(norm(j));
      }
      return best;
    },
    prob(key) {
      let r = probs.get(key);
      if (!r) {
        const v = stats[key];
        r = v ? [v[1] / Math.max(v[0], v[1]), v[2] / Math.max(v[0], v[1])] : NO_PROB;
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

// Cue phrase lookup over the learned lexicon (models/claims-lexicon.json, made by scripts/train-claims.ts): longest
// phrase at a position whose probability of being (inside) an attribution cue in PolNeAR train clears a threshold.
import LEXICON from '../../../models/claims-lexicon.json';

/** phrase (normalised tokens joined by spaces) -> [occurrences, occurrences inside a gold cue, whole-cue occurrences] */
export type CueStats = Record<string, readonly [number, number, number]>;

/**
 * The statistics as the bundle carries them (esbuild-models.mjs): keys joined by newlines, counts flat (3 a key),
 * the distinct words joined by newlines, and each phrase as its length followed by its words' positions there.
 */
export interface PackedCueStats {
  readonly keys: string;
  readonly counts: readonly number[];
  readonly words: string;
  readonly phraseWords: readonly number[];
}

const SHIPPED = (LEXICON as unknown as { phrases: CueStats | PackedCueStats }).phrases;

export interface LexiconOptions {
  /** Minimum P(phrase lies inside a cue | phrase occurs). */
  readonly minProb: number;
  /** Minimum number of times the phrase was seen inside a cue. */
  readonly minCount: number;
  /** Minimum P(phrase is exactly a whole cue | phrase occurs): keeps "also" (inside "also said") out. */
  readonly minExactProb: number;
  /**
   * An unknown word whose stem is a known one-word phrase's may start that phrase ("adds" → "added"): more
   * candidates for the cue classifier, never for the rules alone.
   */
  readonly stems?: boolean;
  /**
   * A word no phrase starts with, right before "that", "whether", "how", "why", "what" or a colon, is a candidate
   * too (complement-cues.ts): for the cue classifier only.
   */
  readonly complements?: boolean;
}

/** Thresholds for the rules alone (no cue classifier), tuned on train. */
export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = { minProb: 0.2, minCount: 2, minExactProb: 0.05 };

/** Candidate generation for the cue classifier: looser, so the classifier can accept rarer cues in context. */
export const CANDIDATE_LEXICON_OPTIONS: LexiconOptions = { minProb: 0.1, minCount: 2, minExactProb: 0.02, stems: true, complements: true };

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
  /** With the stems option, the one-word phrase an unknown word stands for by its stem (wordStem), else null. */
  stemNode(norm: string): CueNode | null;
  /** The complements option: complement candidates for the classifier (complement-cues.ts). */
  readonly complements: boolean;
}

/**
 * A crude stem: the word without -ing, -ed, -es, -s or -d, keeping at least three letters ("adds", "added" → "add").
 * Exactly what /^(.{3,}?)(?:ing|ed|es|s|d)$/ keeps (the longest such ending that leaves three letters; a line
 * break anywhere, which "." does not match, leaves the word as it is), without a match array per word type.
 */
export function wordStem(w: string): string {
  if (LINE_BREAK.test(w)) return w;
  const n = w.length;
  if (n >= 6 && w.endsWith('ing')) return w.slice(0, n - 3);
  if (n >= 5 && (w.endsWith('ed') || w.endsWith('es'))) return w.slice(0, n - 2);
  if (n >= 4 && (w.endsWith('s') || w.endsWith('d'))) return w.slice(0, n - 1);
  return w;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

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
  /** True on the nodes stemNode returns: the phrase was matched by another form of its word. */
  readonly viaStem: boolean;
}

const cache = new Map<string, CueLexicon>();
const NO_PROB: readonly [number, number] = [0, 0];

interface TrieNode extends CueNode {
  accept: boolean;
  key: string;
  prob: readonly [number, number];
  byId: Map<number, TrieNode>;
}

/** The children of every leaf until it gets one: most nodes are leaves, and a Map each made the build slow. */
const NO_CHILDREN: ReadonlyMap<number, TrieNode> = new Map();

/** The lexicon over the shipped statistics, cached per options. */
export function cueLexicon(opts: LexiconOptions = DEFAULT_LEXICON_OPTIONS): CueLexicon {
  const ck = `${opts.minProb}/${opts.minCount}/${opts.minExactProb}/${opts.stems === true}/${opts.complements === true}`;
  const hit = cache.get(ck);
  if (hit) return hit;
  const lex = buildLexicon(SHIPPED, opts);
  cache.set(ck, lex);
  return lex;
}

const ratios = (occ: number, inCue: number, exact: number): readonly [number, number] =>
  [inCue / Math.max(occ, inCue), exact / Math.max(occ, inCue)];

const isPackedStats = (s: CueStats | PackedCueStats): s is PackedCueStats => typeof s.keys === 'string';

interface Unpacked { keys: string[]; counts: readonly number[]; words: string[]; phraseWords: readonly number[] | null }

/**
 * Phrase keys and counts from either form of the statistics (see PackedCueStats); the packed form also gives the
 * phrases as words, the object form leaves them to buildLexicon (phraseWords null), which splits only the phrases
 * it keeps (about a third).
 */
function unpack(stats: CueStats | PackedCueStats): Unpacked {
  if (isPackedStats(stats)) return { keys: stats.keys.split('\n'), counts: stats.counts, words: stats.words.split('\n'), phraseWords: stats.phraseWords };
  const keys = Object.keys(stats);
  const counts: number[] = [];
  // Indexed loops: this runs once, unoptimised, where for-of made an iterator result per phrase.
  for (let ki = 0; ki < keys.length; ki++) {
    const v = stats[keys[ki]];
    counts.push(v[0], v[1], v[2]);
  }
  return { keys, counts, words: [], phraseWords: null };
}

export function buildLexicon(stats: CueStats | PackedCueStats, opts: LexiconOptions): CueLexicon {
  const newNode = (depth: number): TrieNode =>
    ({ accept: false, byId: NO_CHILDREN as Map<number, TrieNode>, key: '', depth, prob: NO_PROB, viaStem: false });
  const root = newNode(0);
  // Word ids are positions in `words`; only the words of accepted phrases get into `ids` (wordId is -1 for others).
  const ids = new Map<string, number>();
  // Parallel arrays and indexed loops, no destructuring, no hashing per phrase word of the packed form: this runs
  // once, unoptimised, over every phrase.
  const { keys, counts, words, phraseWords } = unpack(stats);
  const known: boolean[] = [];
  for (let ki = 0, at = 0; ki < keys.length; ki++) {
    const here = at;
    if (phraseWords) at += phraseWords[at] + 1;
    const occ = counts[3 * ki], inCue = counts[3 * ki + 1], exact = counts[3 * ki + 2];
    const p = inCue / Math.max(occ, inCue);
    if (inCue < opts.minCount || p < opts.minProb || exact / Math.max(occ, inCue) < opts.minExactProb) continue;
    const parts = phraseWords ? null : keys[ki].split(' ');
    const len = parts ? parts.length : phraseWords![here];
    let node = root;
    for (let pi = 0; pi < len; pi++) {
      let id: number;
      if (parts) {
        const w = parts[pi];
        id = ids.get(w) ?? -1;
        if (id < 0) { id = words.length; words.push(w); known[id] = true; ids.set(w, id); }
      } else {
        id = phraseWords![here + 1 + pi];
        if (!known[id]) { known[id] = true; ids.set(words[id], id); }
      }
      let child = node.byId.get(id);
      if (!child) {
        child = newNode(node.depth + 1);
        if (node.byId === NO_CHILDREN) node.byId = new Map();
        node.byId.set(id, child);
      }
      node = child;
    }
    node.accept = true;
    node.key = keys[ki];
    node.prob = ratios(occ, inCue, exact);
  }
  const starts = new Set<string>();
  const quick = new Uint8Array(1 << 14);
  const addStart = (v: string): void => { starts.add(v); quick[quickKey(v)] = 1; };
  const addSpellings = (v: string): void => {
    addStart(v);
    addStart(v.toUpperCase());
    addStart(v.charAt(0).toUpperCase() + v.slice(1));
  };
  for (const id of root.byId.keys()) {
    const w = words[id];
    addSpellings(w);
    if (w.includes("'")) addSpellings(w.replace(/'/g, '\u2019'));
  }
  let stems: Map<string, CueNode> | undefined;
  const stemNode = (norm: string): CueNode | null => {
    if (!opts.stems || norm.length < 4) return null;
    const last = norm.charCodeAt(norm.length - 1);
    if (last !== 115 && last !== 100 && last !== 103 && !WORD_SYNONYMS.has(norm)) return null; // -s, -d, -g
    if (!stems) stems = stemIndex(root, words);
    const st = wordStem(norm);
    return stems.get(st) ?? stems.get(WORD_SYNONYMS.get(norm) ?? AGENCY_SYNONYMS.get(st) ?? americanStem(st)) ?? null;
  };
  const probs = new Map<string, readonly [number, number]>();
  let index: Map<string, number> | undefined; // key -> position, built on the first prob() of an uncached phrase
  const lex: CueLexicon = {
    mayStart: (raw) => quick[quickKey(raw)] === 1 && starts.has(raw),
    match(norm, i, end) {
      const child = (n: TrieNode, w: string): TrieNode | undefined => { const id = ids.get(w); return id === undefined ? undefined : n.byId.get(id); };
      let node = child(root, norm(i));
      let best = 0;
      for (let j = i; node; ) {
        if (node.accept) best = j - i + 1;
        if (++j >= end) break;
        node = child(node, norm(j));
      }
      return best;
    },
    root,
    wordId: (norm) => ids.get(norm) ?? -1,
    stemNode,
    complements: opts.complements === true,
    prob(key) {
      let r = probs.get(key);
      if (!r) {
        if (!index) { index = new Map(); for (let i = 0; i < keys.length; i++) index.set(keys[i], i); }
        const k = index.get(key);
        r = k === undefined ? NO_PROB : ratios(counts[3 * k], counts[3 * k + 1], counts[3 * k + 2]);
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

/**
 * Reporting verbs of agency news that PolNeAR's political coverage never uses, by stem, and the stem of the verb that
 * does the same work there ("underlined the need" as "emphasized"; "deplored the attack" as "condemned").
 */
const AGENCY_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['underlin', 'emphasiz'], ['deplor', 'condemn'], ['censur', 'condemn'], ['reassur', 'assur'], ['appreciat', 'prais'],
  ['labell', 'label'], ['signall', 'signal'], ['averr', 'assert'],
  ['divulg', 'reveal'], ['affirm', 'confirm'],
]);

/** Such verbs known by the whole word, where their stem would also take a noun: "termed the decision regrettable" is
 * "called" (South Asian and Gulf agencies), the noun "terms" is no cue; "“Who is insulting who?” he quizzed" (Ghanaian
 * and Nigerian copy) is "asked", the noun "quizzes" none; "“…?” scoffed a resident" (tabloid copy) is "mocked". */
const WORD_SYNONYMS: ReadonlyMap<string, string> = new Map([['termed', 'call'], ['quizzed', 'ask'], ['queried', 'ask'],
  ['retorted', 'counter'], ['posited', 'argu'], ['fumed', 'complain'], ['scoffed', 'mock'], ['sneered', 'mock'],
  // A base form train never saw, whose other forms it did ("The plaintiffs allege that …"; not "contend", which is
  // also to compete: "to contend for the nomination").
  ['allege', 'alleg']]);

/** The American spelling of a British stem: "emphasis(ed)" → "emphasiz", "criticis(es)" → "criticiz", "analys" → "analyz". */
function americanStem(st: string): string {
  const n = st.length;
  if (n >= 5 && st.charCodeAt(n - 1) === 115 /* s */ && (st.charCodeAt(n - 2) === 105 /* i */ || st.charCodeAt(n - 2) === 121 /* y */)) {
    return st.slice(0, n - 1) + 'z';
  }
  return st;
}

/**
 * Stem → a one-word phrase of that stem, as a leaf flagged viaStem; of several forms ("added", "adds"), the one
 * most often inside a cue (then the first key), so the index does not depend on map order.
 */
function stemIndex(root: TrieNode, words: readonly string[]): Map<string, CueNode> {
  const out = new Map<string, CueNode>();
  for (const [id, node] of root.byId) {
    if (!node.accept) continue;
    const st = wordStem(words[id]);
    const had = out.get(st);
    if (had && (had.prob[0] > node.prob[0] || (had.prob[0] === node.prob[0] && had.key < node.key))) continue;
    out.set(st, { accept: true, byId: NO_CHILDREN as Map<number, TrieNode>, key: node.key, depth: 1, prob: node.prob, viaStem: true });
  }
  return out;
}

// The cue lexicon as seen from one document (cues.ts): its trie steps and start nodes cached per word type, and
// the tokens where a cue phrase can start, found once per document.
import type { DocContext } from './context';
import { insideQuote, nm } from './context';
import type { CueLexicon, CueNode } from './lexicon';
import { complementBefore, markerKind } from './complement-cues';

/**
 * The lexicon as seen from one document: per word type, its lexicon word id and start node, computed once, so the
 * scan over every token reads arrays instead of hashing strings.
 */
export class DocLexicon {
  private readonly starts: (CueNode | null | undefined)[];
  private readonly ids: Int32Array;
  private starting: Int32Array | undefined;
  private complementing: Int32Array | undefined;

  constructor(private readonly ctx: DocContext, readonly lex: CueLexicon) {
    this.starts = new Array<CueNode | null | undefined>(ctx.norm.length);
    this.ids = new Int32Array(ctx.norm.length).fill(-2);
  }

  /** Lexicon word id of token i's normalised text, or -1. */
  wordId(i: number): number {
    const t = this.ctx.typeOf[i];
    let w = this.ids[t];
    if (w === -2) w = this.ids[t] = this.lex.wordId(nm(this.ctx, i));
    return w;
  }

  /** The phrases that can start at token i (raw-text pre-check, then the first word), or null. */
  startNode(i: number): CueNode | null {
    const t = this.ctx.typeOf[i];
    let n = this.starts[t];
    if (n === undefined) {
      n = this.lex.mayStart(this.ctx.tokens.text(i)) ? this.lex.root.byId.get(this.wordId(i)) ?? null : null;
      // An unknown form of a known cue word ("adds"): only when the word starts no phrase of its own.
      if (n === null && this.ctx.tokens.kind(i) === 'word') n = this.lex.stemNode(nm(this.ctx, i));
      this.starts[t] = n;
    }
    return n;
  }

  /**
   * The tokens, in order, where a phrase may start: a word outside quotes whose type has a start node. One tight
   * loop over the document (quickly optimised), instead of every sentence's findCues walking all its tokens. With
   * the lexicon's complements option the same loop finds the complement candidates (complementStarts).
   */
  phraseStarts(): Int32Array {
    if (this.starting) return this.starting;
    const ctx = this.ctx;
    const typeOf = ctx.typeOf;
    const nodes = this.starts;
    const n = typeOf.length;
    // As long as the document, so that the loop has no branch to grow them: a branch first taken after V8 compiled
    // the running loop sent it back to slower code and compiled it again (on the main thread).
    const out = new Int32Array(n);
    let m = 0;
    // Per word type: its marker kind (−1 not known yet), and whether it may stand before one (complement-cues.ts).
    const marks = this.lex.complements ? new Int8Array(ctx.norm.length).fill(-1) : null;
    const words = marks ? new Int8Array(ctx.norm.length).fill(-1) : null;
    const comps = new Int32Array(marks ? n : 0);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const t = typeOf[i];
      if (marks !== null) {
        let mk = marks[t];
        if (mk < 0) mk = marks[t] = markerKind(ctx.tokens.text(i));
        if (mk > 0 && complementBefore(ctx, i, mk, words!)) comps[k++] = i - 1;
      }
      const node = nodes[t]; // startNode's cache read in place: most types are known after a few pages
      if (node === null || (node === undefined && this.startNode(i) === null)) continue;
      if (ctx.tokens.kind(i) !== 'word' || insideQuote(ctx, i)) continue;
      out[m++] = i;
    }
    this.starting = out.slice(0, m);
    this.complementing = comps.slice(0, k);
    return this.starting;
  }

  /** The complement candidates' tokens, in order (empty without the lexicon's complements option). */
  complementStarts(): Int32Array {
    if (!this.complementing) this.phraseStarts();
    return this.complementing!;
  }

  /** The longest phrase whose first word is token i (trie node `node`) within [i, end), or null. */
  longestFrom(node: CueNode | null, i: number, end: number): CueNode | null {
    let best: CueNode | null = null;
    for (let j = i; node; ) {
      if (node.accept) best = node;
      if (++j >= end) break;
      const w = this.wordId(j);
      node = w < 0 ? null : node.byId.get(w) ?? null;
    }
    return best;
  }
}

const DOC_LEXICONS = new WeakMap<DocContext, DocLexicon>();

export function docLexicon(ctx: DocContext, lex: CueLexicon): DocLexicon {
  let d = DOC_LEXICONS.get(ctx);
  if (!d || d.lex !== lex) {
    d = new DocLexicon(ctx, lex);
    DOC_LEXICONS.set(ctx, d);
  }
  return d;
}

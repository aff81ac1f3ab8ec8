// Claim extraction: cues from the learned lexicon, then for each cue the content (after it, before it, or the quote
// it introduces) and the source mention (subject before the cue, inverted after it, or the main-clause subject
// for participial cues). Linear in the number of tokens.
import { modelKey } from './model-key';
import { rawClaim } from './raw-claim';
import type { Sentence } from '../text/token';
import type { Tokens } from '../text/tokens';
import type { DocContext } from './context';
import { buildContext, contentMask, isCapitalized, isCloseQuoteMark, isWord, nm } from './context';
import { contentStartAfter, onlyAdjunctFollows, onlyMannerOrPlaceFollows, signOff, trimEnd, trimEndAtNested, trimStart } from './content';
import { afterAside, clauseResumes } from './asides';
import type { CueMatch } from './cues';
import { findCues, phrase } from './cues';
import type { CueLexicon, LexiconOptions } from './lexicon';
import { CANDIDATE_LEXICON_OPTIONS, cueLexicon, DEFAULT_LEXICON_OPTIONS } from './lexicon';
import type { CueModel } from './cue-model';
import { hashInt, shippedCueModel } from './cue-model';
import type { EndModel } from './end-model';
import { shippedEndModel } from './end-model';
import type { StartModel } from './start-model';
import { modelContentStart, shippedStartModel } from './start-model';
import type { SourceRanker } from './source-ranker';
import { rankSources, shippedSourceRanker } from './source-ranker';
import type { TokenRange } from './source';
import { introGerundSubject, leftNP, listSubjectRunsOn, rightNP, subjectNP } from './source';
import { openingDatelineEnd } from './dateline';
import { cueAgent, isAgentParticiple, isExpletiveSource, isPassiveCue, isRaisingCue, passiveBeBeforeCue, toldRecipient } from './passive-source';
import { appositionSource, leftSource, relativeBefore, zeroRelativeSubject } from './left-source';
import { participleSource } from './participle-subject';
import { compoundCue, reducedParticipleQuote } from './nominal-cues';
import { nounCueAgents } from './noun-cue-agent';
import { colonMessageSources } from './colon-source';
import { BE_FORMS, COMPLEMENTISERS, INVERSION_CUES, PERSONAL_SUBJECTS, PREPOSITIONS, TOLD_FORMS, VERB_GROUP } from './words';
import { addStandaloneQuotes } from './standalone';
import {
  complementFollows, introClauseEnd, nextQuoteStart, partialQuoteCloses, partialQuoteEnds, quoteEndingAt, quoteEnds,
  withoutInfinitiveTo,
} from './clause';
import { asAttribution } from './as-attribution';
import { withPerCues } from './per-attribution';
import { leadingCueClaim } from './leading-cue';
import { untaggedEnd } from './agency-tag';
import { absorbClaims, finalAttribution, finalInverted } from './final-attribution';
import { headlineClaim, isHeadline, isTimestamp, pollClaim, quoteColonClaim } from './headline';
import { courtHeardClaim } from './courtHeard';
import { inWordsClaim } from './in-words';
import { cutHeadlineScene } from './headline-scene';
import { lineTurn, withTurns } from './transcript';
import type { ClaimCandidate } from './types';
import type { ClaimFilter } from './claim-filter';
import { filterClaims, shippedClaimFilter } from './claim-filter';
import { candidates } from './candidate';
import { tailEnd, type Env } from './env';
import { accordingClaims, contentBefore } from './content-before';
import { relativeContentEnds, subjectClaimEnds } from './relative-content';
import { isIntroAdjunct, quoteAfterCue } from './quote-after';
import { blockQuotes } from './block-quote';
import { CLAUSE_LINKS, cueKey, nameBeforeAside, SEPARATORS, separatorBefore, sourceHoldingOpen, splitOff } from './nested';
import type { Nesting, SplitModel } from './split-model';
import { COORDINATED, INSIDE, PARTICIPLE, SEPARATED, shippedSplitModel } from './split-model';

export interface ExtractOptions {
  /** Lexicon thresholds (defaults depend on whether the cue classifier is used). */
  readonly lexicon?: LexiconOptions;
  /** Use the learned cue classifier over lexicon candidates (default true, or this model); false = lexicon thresholds only. */
  readonly cueModel?: boolean | CueModel;
  /** A lexicon to use instead of the shipped statistics (cross-validation: one learned on the other folds). */
  readonly cueLexicon?: CueLexicon;
  /** Override the classifier's decision threshold (tuning). */
  readonly cueThreshold?: number;
  /** Content-end model (default: the shipped one); false = the hand-written tail rules (content.ts). */
  readonly endModel?: EndModel | false;
  /** Source ranker (default: the shipped one); false = keep every source the rules find. */
  readonly sourceModel?: SourceRanker | false;
  /** Training hook: the claims found in the sentences, before standalone quotes are added. */
  readonly onRaw?: (ctx: DocContext, raw: readonly RawClaim[]) => void;
  /** Content-start model (default: the shipped one); false = the rule's start (content.ts contentStartAfter). */
  readonly startModel?: StartModel | false;
  /** Training hook: every content start after a cue, as (cue key, cue end, sentence end, the rule's start). */
  readonly onStart?: (ctx: DocContext, key: string, j: number, hi: number, rule: number) => void;
  /** Training hook: every content that runs on after its cue, as (cue key, first token, clause end, rule end). */
  readonly onTail?: (ctx: DocContext, key: string, s: number, hi: number, rule: number) => void;
  /** Claim filter (default: the shipped one); false = keep every claim. */
  readonly claimFilter?: ClaimFilter | false;
  /** Split decision for cues inside an open claim's content (split-model.ts; default the shipped one); false = the rules'. */
  readonly splitModel?: SplitModel | false;
  /** Training hook: every accepted cue inside an open claim's content, with the split model's features. */
  readonly onNested?: (ctx: DocContext, outer: RawClaim, n: Nesting, feats: Int32Array) => void;
  /** Training hook: the finished claims (sources ranked, standalone quotes added), before the claim filter. */
  readonly onClaims?: (ctx: DocContext, raw: readonly RawClaim[]) => void;
}

export { cueKey } from './nested';

/** A claim under construction, in token indices. */
export interface RawClaim {
  contentStart: number;
  contentEnd: number;
  readonly cue: TokenRange | null;
  source: TokenRange | null;
}

const ADJUNCT_PREPS = new Set(['of', 'about', 'in', 'on', 'during', 'at']);

/** The cue's main word: the first of its phrase that is not an auxiliary or adverb ("has told" → "told"). */
function headOf(c: CueMatch): string {
  const k = c.key;
  let h = HEADS.get(k);
  if (h === undefined) { h = headWord(k); HEADS.set(k, h); }
  return h;
}

// Heads by cue phrase: a few hundred phrases, asked for several times per cue (no substring per call).
const HEADS = new Map<string, string>();

function headWord(k: string): string {
  let from = 0;
  for (;;) {
    const sp = k.indexOf(' ', from);
    const w = sp < 0 ? k.slice(from) : k.slice(from, sp);
    if (sp < 0 || !VERB_GROUP.has(w)) return w;
    from = sp + 1;
  }
}

function isParticipial(ctx: DocContext, c: CueMatch, a: number): boolean {
  // The word as written: an unknown "ruling" is looked up as the cue "ruled" (lexicon stems).
  if (!(c.end - c.start === 1 ? nm(ctx, c.start) : headOf(c)).endsWith('ing') || c.start <= a) return false;
  const p = c.start - 1;
  // ", saying …" or, after a quote that ends with its comma inside, "…,” saying …"
  return SEPARATORS.has(nm(ctx, p)) || (isCloseQuoteMark(ctx, p) && p > a && nm(ctx, p - 1) === ',');
}

// "X refused to answer but said …": a cue coordinated with an earlier verb shares its subject.
const COORDINATORS = new Set(['and', 'but']);

// "who" only ever comes before a source when it is the verb's object (source.ts objectRelative).
const RELATIVE_OBJECTS = new Set(['what', 'which', 'whom', 'that', 'who']);
const NONRESTRICTIVE = new Set(['which', 'who', 'whom']);

/** Whether token `rel` is a relative pronoun that PolNeAR makes a content piece (see the caller). */
function relativePiece(ctx: DocContext, rel: number): boolean {
  const w = nm(ctx, rel);
  return w === 'what' || (NONRESTRICTIVE.has(w) && rel > 0 && nm(ctx, rel - 1) === ',');
}

/** The cue classifier's scores of the current sentence's cues (findCues), index-aligned with them. */
const CUE_SCORES: number[] = [];

/** A claim opened by accordingClaims (it runs to the sentence end), handed back to processSentence, else null. */
const OPENED: { claim: RawClaim | null } = { claim: null };

function processSentence(ctx: DocContext, env: Env, s: Sentence, out: RawClaim[]): void {
  const a = s.firstToken;
  const b = untaggedEnd(ctx, a, s.endToken);
  const cues = withPerCues(ctx, a, b, findCues(ctx, env.lex, a, b, env.model, undefined, CUE_SCORES), CUE_SCORES);
  const first = out.length; // this sentence's first claim
  // "SAN JOSE, Calif. (Reuters) — Apple said on Tuesday it would …": a dateline is neither content nor source.
  const dateline = cues.length ? openingDatelineEnd(ctx, a, b) : a;
  let lo = dateline > a ? dateline - 1 : a;
  let open: RawClaim | null = null; // a claim whose content runs to the sentence end, cut by a separable cue
  let openScore = 0; // its cue's classifier score
  let openFrom = a; // where the open claim's region (source, cue, content) starts
  let lastSource: TokenRange | null = null;
  const introEnd = cues.length ? introClauseEnd(ctx, a, b) : -1;
  let firstLo = a; // where the region of the sentence's first claim started
  for (let ci = 0; ci < cues.length; ci++) {
    if (out.length === first) firstLo = lo;
    const found = cues[ci];
    const cue = withoutInfinitiveTo(ctx, found, b);
    const cueAt = cue.start; // read here, where every cue passes (see sourceHoldingOpen)
    const asClaim = ci !== 0 ? null : (introEnd >= 0 ? asAttribution(ctx, a, b, cue, introEnd) : null) ?? leadingCueClaim(ctx, a, b, cue, cues.length > 1 ? cues[1].start : b);
    if (asClaim) { out.push(asClaim); return; }
    const head = headOf(cue);
    const participial = isParticipial(ctx, cue, a);
    const according = cue.key.startsWith('according to');
    // Inside an open claim's content the source may start anywhere in that content.
    // A cue in the parenthetical right after the open claim's cue ("said, citing officials, that …") cuts nothing.
    const aside = open !== null && open.cue !== null && open.cue.end === cue.start - 1 && nm(ctx, open.cue.end) === ','
      && open.contentStart - 1 > cue.end && nm(ctx, open.contentStart - 1) === ',';
    const floor = open && cue.start < open.contentEnd && !aside ? open.contentStart : lo;
    if (compoundCue(ctx, cue, floor)) {
      // "Sierra Leone's U.N.-backed war crimes tribunal has accused …": the compound's noun is its content (PolNeAR: "A
      // Johnson-backed | lawsuit"), and the clause goes on to the next cue.
      const np = rightNP(ctx, cue.end, b);
      const end = np ? Math.min(np.end, ci + 1 < cues.length ? cues[ci + 1].start : b) : -1;
      if (np && end > np.start) out.push(rawClaim(np.start, end, cue, leftNP(ctx, cue.start - 1, floor)));
      continue;
    }
    let src = according || participial ? null : zeroRelativeSubject(ctx, leftSource(ctx, a, cue.start, floor), head);
    // "Besides attacking …, Mr. Trump …": the main clause's subject, not the lead word ("Besides"), is the source.
    const introSubject = !according && !participial && cue.start - a <= 4 ? introGerundSubject(ctx, a, cue, head, b) : null;
    if (introSubject) src = null;
    let sep = separatorBefore(ctx, src ? src.start : cue.start, floor);
    let inverted: TokenRange | null = null;
    // A comma right at the floor (an earlier content's tail stopped there) may still open a final "…, said X".
    const invSep = sep >= 0 ? sep : (cue.start - 1 > lo - 1 && cue.start - 1 > a && nm(ctx, cue.start - 1) === ',' ? cue.start - 1 : -1);
    if (!src && !according && !participial && invSep >= 0 && cue.end < b && isWord(ctx, cue.end)
      && (INVERSION_CUES.has(head) || INVERSION_CUES.has(nm(ctx, cue.end - 1))) // "scoffed", read as the lexicon's "mocked"
      && !TOLD_FORMS.has(head) && !PREPOSITIONS.has(nm(ctx, cue.end - 1))) { // "…, X, wrote in | a post": the preposition's object
      const r = rightNP(ctx, cue.end, b);
      // After a quote the subject may carry an apposition or more ("…,” said Rep. X (D-S.C.), a member of …").
      // "…, says it respects his decision": a pronoun and more words after the cue are the content's clause.
      // "…, who rate the stock “overweight,” said they expected …": a lone pronoun before a lower-case word too.
      // "…, said that 160 lawmakers voted …": a complementiser opens the content, never a subject.
      const clause = r !== null && (COMPLEMENTISERS.has(nm(ctx, r.start)) || listSubjectRunsOn(ctx, r.end, b) || (CLAUSE_PRONOUNS.has(nm(ctx, r.start)) &&
        (r.end - r.start > 1 || (r.end < b && isWord(ctx, r.end) && !isCapitalized(ctx, r.end)))));
      if (r && !clause && (onlyAdjunctFollows(ctx, r.end, head, b) || quoteEnds(ctx, invSep))) inverted = r;
    }
    if (inverted && (!isCapitalized(ctx, inverted.start) || !endsClause(ctx, inverted.end, b))) {
      // "Sam Nunberg, a former Trump aide, said when asked …": a name and its apposition before the cue is the
      // source; the lower-case words after the cue are no inverted subject. Nor is a name the clause runs on from
      // ("Amir-Abdollahian, the foreign minister, said Tehran wants closer ties …").
      // "Nationals Leader David Littleproud, whose party has raised doubts about …, said the Coalition remained …":
      // with a claim inside the apposition, the name before it.
      const ap = appositionSource(ctx, a, cue.start, floor) ?? (floor > a ? nameBeforeAside(ctx, a, cue.start, floor) : null);
      // "after the merchant ship, the Nordhaven Star, reported the rescue": a description renamed by a name before the cue.
      if (ap && (isCapitalized(ctx, ap.start) || (inverted && !isCapitalized(ctx, inverted.start) && renamedInAside(ctx, ap)))) {
        src = ap; inverted = null; sep = separatorBefore(ctx, src.start, floor);
      }
    }
    if (!src && !inverted && !according && !participial) {
      src = appositionSource(ctx, a, cue.start, floor);
      if (src) sep = separatorBefore(ctx, src.start, floor);
      else if (floor > a) src = nameBeforeAside(ctx, a, cue.start, floor);
    }
    const regionStart = src ? src.start : cue.start;
    let targetOnly = false; // the cue's subject is no speaker: no fallback to the clause subject
    // "The French president | is expected | to …", "Ms. Brainard, | widely regarded | as …": PolNeAR makes the
    // subject of a raising or passive cue a piece of the content.
    let target: TokenRange | null = null;
    let beAt = -1;
    if (isExpletiveSource(ctx, src, cue.start)) { src = null; targetOnly = true; }
    // "is understood to have raised": the lexicon's key may be the participle alone; the verb group tells.
    else if (isRaisingCue(cue.key) || (cue.end - cue.start > 1 && BE_FORMS.has(nm(ctx, cue.start)) && isRaisingCue(phrase(ctx, cue.start, cue.end)))) {
      target = src; src = null; targetOnly = true;
    }
    else if (isPassiveCue(ctx, cue) || isAgentParticiple(ctx, cue, b)) {
      target = toldRecipient(ctx, cue) ? null : src; src = cueAgent(ctx, cue, b); targetOnly = true;
    }
    else if ((beAt = passiveBeBeforeCue(ctx, cue, a)) >= 0) {
      // "He is perhaps best | known for …": the same, the subject found before the "be" the cue left out.
      target = leftSource(ctx, a, beAt, floor); src = cueAgent(ctx, cue, b); targetOnly = true;
    }
    const held = sourceHoldingOpen(ctx, open, cue, src);
    if (held !== null) { src = held; sep = -1; open = null; lo = cueAt; }
    if (open && cue.start < open.contentEnd && !aside && src && sep >= 0 && nm(ctx, sep) === ',' && !CLAUSE_LINKS.has(nm(ctx, sep + 1)) && open.contentStart > openFrom
      && onlyAdjunctFollows(ctx, cue.end, head, b) && !clauseResumes(ctx, cue.end, b)) {
      // "X called for Y, sources said.": PolNeAR gives the whole clause, inner cue included, to the final attribution.
      out.splice(out.lastIndexOf(open), 1);
      open = null;
      lo = openFrom;
    }
    if (open && cue.start < open.contentEnd && !aside) {
      const coordinated = !src && cue.start - 1 > open.contentStart && COORDINATORS.has(nm(ctx, cue.start - 1));
      const separable = participial || coordinated || (sep >= 0 && (according || src !== null || inverted !== null)); // one compare of sep, where most cues pass (see sourceHoldingOpen)
      const kind = !separable ? INSIDE : participial ? PARTICIPLE : coordinated ? COORDINATED : SEPARATED;
      if (!splitOff(ctx, env, open, openScore, cue, CUE_SCORES[ci], src, sep, a, b, kind)) continue;
      let cut = sep >= 0 ? sep : regionStart;
      if (coordinated) cut = nm(ctx, cue.start - 2) === ',' ? cue.start - 2 : cue.start - 1;
      open.contentEnd = trimEndAtNested(ctx, open.contentStart, isCloseQuoteMark(ctx, cut) ? cut + 1 : cut); // a quote's mark stays
      if (open.contentEnd <= open.contentStart) out.splice(out.lastIndexOf(open), 1);
      open = null;
      lo = cut;
    }
    if (according) {
      lo = accordingClaims(ctx, env, cue, a, b, sep, lo, out, first, firstLo, OPENED);
      if (OPENED.claim) { open = OPENED.claim; OPENED.claim = null; openScore = CUE_SCORES[ci]; }
      continue;
    }
    let final = false; // this cue's attribution took the whole clause: nothing resumes after it
    const fsep = regionStart - 1; // the comma before a final "…, she said." (sep is -1 when a tail stopped there)
    // After a comma, or a partial quote's closing mark (", … to “avoid unilateral steps,” Tammy Bruce said.").
    // (After a partial quote and its comma only when no introductory clause opened the sentence: "After X announced …
    // “rapists”, actress Y wrote a blog" is Y's own sentence.)
    const fsepOk = out.length > first && fsep > firstLo && (nm(ctx, fsep) === ','
      ? !quoteEnds(ctx, fsep) || (partialQuoteCloses(ctx, fsep - 1, a) && introClauseEnd(ctx, a, b) < 0) : partialQuoteEnds(ctx, fsep, a));
    if (fsepOk && !participial && (src || inverted)
      && (inverted ? finalInverted(ctx, inverted.end, head, b) : finalAttribution(ctx, cue.end, head, b))
      && absorbClaims(ctx, out, first, fsep) >= 0) {
      // "…, especially one considered an adversary, she said.": a final attribution takes the whole clause, the
      // claims in it included (PolNeAR is univocal; row 30 and the final according-to do the same).
      lo = firstLo;
      sep = fsep;
      final = true;
    } else if (inverted && sep < 0) inverted = null; // found only through the floor comma, and nothing to absorb
    // "…, but Ali Larijani, the council's secretary, asked for more time": a clause of its own, no final attribution.
    // Not a participle after a partial quote the last claim ended with ("… progressing “day and night,” calling on …").
    const before = sep >= 0 && (sep > lo || (ctx.quoteOf[sep] >= 0 && ctx.quotes[ctx.quoteOf[sep]].start < ctx.tokens.start(a))
      || (isCloseQuoteMark(ctx, sep) && !(participial && sep === lo)))
      && !(sep + 1 < regionStart && CLAUSE_LINKS.has(nm(ctx, sep + 1)));
    const j = inverted ? inverted.end : cue.end;
    // "“…,” Trump said of waterboarding.": with content before it, a cue's trailing preposition opens an adjunct.
    // Content already before the cue: a long adjunct after it ("said on Thursday during a speech at …") is no content.
    // After a quote, only a complement ("that", a colon, a quote) makes content follow the cue: "“…,” he said
    // outside the building." has its content in the quote.
    const endsHere = onlyAdjunctFollows(ctx, j, head, b, before ? 40 : 12)
      || (before && quoteEnds(ctx, sep) && !complementFollows(ctx, j, b))
      || (before && !inverted && j - cue.start > 1 && INVERSION_CUES.has(head) && ADJUNCT_PREPS.has(nm(ctx, j - 1))
        && onlyAdjunctFollows(ctx, j - 1, head, b));
    // "Holding open a book, Beck said, “I just …”": the quote after the cue is the content, not the intro before it.
    const quoteAfter = !inverted && quoteAfterCue(ctx, j, head, b, sep);
    // "Speaking during a visit to Hexham, Marchbank said:" and the quote in the next paragraph: the colon promises
    // what follows, the participle before it is no content.
    const colonLast = !inverted && ctx.tokens.text(cue.end - 1) === ':' && INVERSION_CUES.has(head);
    if (before && (endsHere || inverted) && !quoteAfter && !colonLast) {
      // "…, he said." / "“…,” said X." — content is what precedes the separator. A participle here hangs from the
      // clause as below ("Kerpen needled the CNN “reporter,” saying, “…”" had no source).
      const source: TokenRange | null = src ?? inverted ?? (participial && !targetOnly ? participleSource(ctx, a, cue.start, lastSource) : null);
      lo = contentBefore(ctx, env, cue, b, sep, lo, j, final, source, ci + 1 < cues.length ? cues[ci + 1].start : b, out, OPENED);
      if (OPENED.claim) { open = OPENED.claim; OPENED.claim = null; openScore = CUE_SCORES[ci]; }
      lastSource = source;
      continue;
    }
    let source = src ?? inverted ?? introSubject;
    if (!source && !targetOnly && (participial || (cue.start > a && COORDINATORS.has(nm(ctx, cue.start - 1))))) {
      // A participle hangs from the nearest clause: its subject, unless an earlier claim's content holds that clause.
      source = participial ? participleSource(ctx, a, cue.start, lastSource)
        : relativeBefore(ctx, a, cue.start - 1) ?? lastSource ?? subjectNP(ctx, a, cue.start);
    } else if (!source && !targetOnly) {
      // No subject right before the cue ("Mr. X, who …, and whose …, has cited"): the clause's subject speaks,
      // or the relative pronoun of the clause it is in ("Mrs. Clinton, who was distracted while saying …").
      source = relativeBefore(ctx, a, cue.start - 1) ?? subjectNP(ctx, a, cue.start) ?? lastSource;
    }
    lastSource = source ?? lastSource;
    // "The plan was criticized by Democrats as too costly.": a passive cue's content resumes after its agent; only an
    // adjunct there ("The bill was denounced on Monday.") leaves the subject as the claim's one piece.
    const from = target && src && src.start >= cue.end ? src.end : j;
    let cs = (target && onlyAdjunctFollows(ctx, from, head, b)) || signOff(ctx, head, from, b) ? -1 : contentStartAfter(ctx, from, head, b);
    // "“… today?” Miller said into the phone.": after a quote that ended the sentence before, an adjunct is no content.
    const quoteBefore = regionStart === a && INVERSION_CUES.has(head) && onlyMannerOrPlaceFollows(ctx, j, b) ? quoteEndingAt(ctx, a) : -1;
    if (quoteBefore >= 0) cs = -1;
    const mk = cs >= 0 ? modelKey(cue.key) : '';
    if (cs >= 0 && env.onStart) env.onStart(ctx, mk, from, b, cs);
    if (cs >= 0 && env.start) cs = modelContentStart(ctx, env.start, hashInt(mk), from, b, cs);
    if (cs < 0) {
      // "“How many times …?” | Clinton said.": the splitter ended the quote's sentence at its "?"; it is the content.
      const pq = endsHere && regionStart === a ? quoteEndingAt(ctx, a) : quoteBefore;
      if (pq >= 0) out.push(rawClaim(pq, a, cue, source));
      // "… what Trump said.", "a plan which he described …": the relative pronoun before the source is the content.
      const rel = regionStart - 1;
      if (pq < 0 && src && rel >= lo && RELATIVE_OBJECTS.has(nm(ctx, rel)) && !isCapitalized(ctx, rel)) {
        out.push(rawClaim(rel, rel + 1, cue, source));
        lo = cue.end;
        continue;
      }
      if (ctx.tokens.text(cue.end - 1) === ':' || endsHere) cs = nextQuoteStart(ctx, s, cue.end);
      if (cs < 0) {
        if (target && target.start >= lo) out.push(rawClaim(target.start, target.end, cue, source));
        continue;
      }
      const q = ctx.quotes[ctx.quoteOf[cs]];
      let e = cs;
      while (e < ctx.tokens.length && ctx.tokens.end(e) <= q.end) e++;
      out.push(rawClaim(cs, e, cue, source));
      lo = b;
      continue;
    }
    const hi = cue.start < introEnd ? introEnd : b;
    const t = reducedParticipleQuote(ctx, cue, head, cs, a) ?? tailEnd(ctx, env, cue.key, cs, hi);
    const c: RawClaim = rawClaim(cs, trimEnd(ctx, cs, t), cue, source);
    if (c.contentEnd > c.contentStart) { out.push(c); open = hi === b ? c : null; openFrom = lo; openScore = CUE_SCORES[ci]; }
    // "a wall, which he said Mexico should pay for", "what he calls corruption": PolNeAR makes the relative pronoun
    // before the source a piece of the content too ("what", or "which"/"who"/"whom" after a comma; a restrictive
    // "which", "that" were mostly no piece on train).
    const rel = regionStart - 1;
    if (src && c.contentEnd > c.contentStart && rel >= lo && !isCapitalized(ctx, rel) && relativePiece(ctx, rel)) {
      out.push(rawClaim(rel, rel + 1, cue, source));
    }
    if (target && target.start >= lo) out.push(rawClaim(target.start, target.end, cue, source));
    if (quoteAfter && before && !final && nm(ctx, sep) === ',' && sep > lo && c.contentEnd > c.contentStart) {
      // "These and other sources, the lawyers said, “all command the same conclusion”": the phrase before the
      // parenthetical attribution is a piece too, unless it is an adjunct ("Holding open a book, Beck said, “…”").
      const s0 = trimStart(ctx, lo, sep);
      const e0 = trimEnd(ctx, s0, sep);
      if (e0 > s0 && !isIntroAdjunct(ctx, s0, e0)) out.push(rawClaim(s0, e0, cue, source));
    }
    // What follows a content cut short ("…, officials said" after the tail) can hold the next source.
    lo = t < hi ? t : hi;
    const nextCue = ci + 1 < cues.length ? cues[ci + 1].start : b;
    if (c.contentEnd > c.contentStart && hi === b && afterAside(ctx, env, cue, c, t, hi, nextCue, OPENED)) {
      open = OPENED.claim;
      OPENED.claim = null;
      openFrom = lo;
      openScore = CUE_SCORES[ci];
      lo = hi;
    }
  }
}

/** Whether a lower-case description in r is renamed after a comma by a name ("the ship, the Nordhaven Star,"). */
function renamedInAside(ctx: DocContext, r: TokenRange): boolean {
  for (let k = r.start + 1; k + 1 < r.end; k++) {
    if (ctx.tokens.text(k) !== ',') continue;
    const n = nm(ctx, k + 1) === 'the' ? k + 2 : k + 1;
    return n < r.end && isCapitalized(ctx, n);
  }
  return false;
}

/** Pronouns that, followed by more words, open a clause rather than name a source ("says it respects …"). */
const CLAUSE_PRONOUNS = new Set([...PERSONAL_SUBJECTS, 'you']);

export function extractClaims(
  text: string, tokens: Tokens, sentences: readonly Sentence[], opts: ExtractOptions = {},
): ClaimCandidate[] {
  const ctx = buildContext(text, tokens, sentences);
  const given = opts.cueModel === false ? undefined : typeof opts.cueModel === 'object' ? opts.cueModel : shippedCueModel();
  const model = given && opts.cueThreshold !== undefined ? { ...given, threshold: opts.cueThreshold } : given;
  const lex = opts.cueLexicon ?? cueLexicon(opts.lexicon ?? (model ? CANDIDATE_LEXICON_OPTIONS : DEFAULT_LEXICON_OPTIONS));
  const end = opts.endModel === false ? undefined : opts.endModel ?? shippedEndModel();
  const start = opts.startModel === false ? undefined : opts.startModel ?? shippedStartModel();
  const split = opts.splitModel === false ? undefined : opts.splitModel ?? shippedSplitModel();
  const env: Env = { lex, model, end, start, split, onTail: opts.onTail, onStart: opts.onStart, onNested: opts.onNested };
  const raw = blockQuotes(ctx, sentenceClaims(ctx, env, sentences)).filter((r) => !isTimestamp(ctx, r.contentStart, r.contentEnd));
  // Before the training hook: the ranker and the claim filter learn from these sources as the rules give them.
  nounCueAgents(ctx, raw);
  relativeContentEnds(ctx, raw);
  subjectClaimEnds(ctx, raw);
  if (opts.onRaw) opts.onRaw(ctx, raw);
  const ranker = opts.sourceModel === false ? undefined : opts.sourceModel ?? shippedSourceRanker();
  // The ranker changes sources only, so one mask of the contents serves it and the standalone quotes.
  const covered = contentMask(ctx, raw);
  if (ranker) rankSources(ctx, ranker, raw, (cue) => cueKey(ctx, cue), covered);
  addStandaloneQuotes(ctx, raw, covered);
  colonMessageSources(ctx, raw);
  if (opts.onClaims) opts.onClaims(ctx, raw);
  const filter = opts.claimFilter === false ? undefined : opts.claimFilter ?? shippedClaimFilter();
  return candidates(ctx, filter ? filterClaims(ctx, filter, raw, (cue) => cueKey(ctx, cue)) : raw);
}

// The long loops of extractClaims are functions of their own: V8 compiles a running loop (on-stack replacement)
// with its whole function, and the later code, without type feedback yet, then deoptimised it (four compilations
// of extractClaims on a cold 5 MB run).

/** The claims of each sentence (cue-based, else a headline or poll attribution), in order. */
function sentenceClaims(ctx: DocContext, env: Env, sentences: readonly Sentence[]): RawClaim[] {
  const raw: RawClaim[] = [];
  let turns: RawClaim[] | null = null; // transcript turns ("TAPPER: …"), kept when the document is a dialogue
  for (let si = 0; si < sentences.length; si++) {
    const t = sentenceStep(ctx, env, sentences[si], raw);
    if (t) (turns ??= []).push(t);
  }
  // A turn is one claim of its speaker; the cues in its sentences are part of what was said.
  return turns ? withTurns(ctx, raw, turns) : raw;
}

/**
 * Sentence s's claims into raw; returns the transcript turn its line opens, or null. The loop's body as a function:
 * V8 compiles a long-running loop on the main thread with all the code it inlines, where a function of its own is
 * compiled on a background thread.
 */
function sentenceStep(ctx: DocContext, env: Env, s: Sentence, raw: RawClaim[]): RawClaim | null {
  const t = lineTurn(ctx, s);
  const quoted = quoteColonClaim(ctx, s);
  if (quoted) raw.push(quoted);
  const n = raw.length;
  processSentence(ctx, env, s, raw);
  // "Leader: Enemies Seeking to Create Rift": a headline's label speaks the headline, whatever cue a word in it looked
  // like; further down, a label only where the line had no claim ("Bernie Sanders: Credit scores On his campaign …"
  // is a section whose own claims stay).
  const none = raw.length === n;
  const headline = isHeadline(ctx, s);
  const h = courtHeardClaim(ctx, s) ?? inWordsClaim(ctx, s) ?? (none || headline ? headlineClaim(ctx, s) : null) ?? (none ? pollClaim(ctx, s) : null);
  if (h) { raw.length = n; raw.push(h); }
  if (headline) cutHeadlineScene(ctx, raw, n);
  return t;
}

/** Whether an inverted subject ending at `end` closes its clause: the sentence ends there, or a comma, a closing quote,
 * a parenthesis or a dash follows (an apposition, an aside). */
function endsClause(ctx: DocContext, end: number, b: number): boolean {
  if (end >= b) return true;
  const t = nm(ctx, end);
  return t === '.' || t === ':' || SEPARATORS.has(t) || isCloseQuoteMark(ctx, end) || end + 1 >= b;
}

// Finding the source (speaker mention) noun phrase around a cue without a parser: walks over tokens with closed
// word classes, capitalisation and punctuation as the only evidence. Passive, raising and expletive cues, whose
// subject is no source: passive-source.ts.
import type { DocContext } from './context';
import { nm } from './context';
import { glued, isCapitalized, isWord } from './context';
import { datelineEnd } from './dateline';
import { andInsideOf, meetingAdjunct } from './np-walk';
import { DETERMINERS, IRREGULAR_PAST, isGerund, isNumberStart, isPastForm, LY_NOUNS, MONTHS, POSSESSIVE_DETERMINERS, WEEKDAYS, NP_LEFT_STOPS, PREPOSITIONS, RELATIVE_CLAUSE_SUBJECTS, PERSONAL_SUBJECTS, SUBJECT_END, SUBJECT_PRONOUNS, VERB_GROUP, isMannerAdverb } from './words';

export interface TokenRange { readonly start: number; readonly end: number }

const MAX_NP = 15;

function joinsNP(ctx: DocContext, j: number): boolean {
  const t = ctx.tokens.text(j);
  if (isWord(ctx, j)) return true;
  // "47% say", "AT&T", "O’Malley"
  if (t === '-' || t === '&' || t === '’' || t === "'" || t === '%') return true;
  // "a CNN/ORC poll", "Obama/Clinton": a slash between two words with no space is one name.
  if (t === '/') return glued(ctx, j);
  // The full stop of an abbreviation or initial inside a name: "Mr. Cruz", "Donald J. Trump".
  return t === '.' && j > 0 && abbreviationStop(ctx, j);
}

/** The full stop at j ends an abbreviation or initial ("Mr.", "J.") right before it. A function of its own: its
 * reads, first done after joinsNP was compiled, deoptimised it and had it compiled again. */
export function abbreviationStop(ctx: DocContext, j: number): boolean {
  return /^\p{Lu}\p{Ll}{0,3}$/u.test(ctx.tokens.text(j - 1)) && ctx.tokens.end(j - 1) === ctx.tokens.start(j);
}

/** Adverbs without -ly that stand between a subject and its verb ("has long argued", "has already said"). */
const TIME_ADVERBS = new Set(['still', 'already', 'long', 'never', 'often']);

/** The noun phrase ending right before token `end` (exclusive), not crossing `lo`. */
export function leftNP(ctx: DocContext, end: number, lo: number): TokenRange | null {
  let j = end - 1;
  let floated = false;
  // Auxiliaries and adverbs between the subject and the cue: "Trump, in particular, has sharply | criticized".
  while (j >= lo && !isCapitalized(ctx, j)) {
    if (floatingQuantifier(ctx, j, lo)) floated = true;
    // "has so far refused", "has long argued": an adverb of time without -ly.
    else if (nm(ctx, j) === 'far' && j - 1 >= lo && (nm(ctx, j - 1) === 'so' || nm(ctx, j - 1) === 'thus')) j--;
    else if (!VERB_GROUP.has(nm(ctx, j)) && !isAdverb(ctx, j) && !TIME_ADVERBS.has(nm(ctx, j))) break;
    j--;
  }
  const e = j + 1;
  // "a video it said shows …", "a campaign — one he calls …": a subject pronoun right before the cue is the whole
  // subject (an object relative's, when words come before it); not one of a pair ("he and Brafman had said").
  if (j >= lo && PERSONAL_SUBJECTS.has(nm(ctx, j)) && !(j - 1 >= lo && PAIRING.has(nm(ctx, j - 1)))) return { start: j, end: e };
  // "He's been ratcheting up his | critique of …": a possessive before a noun cue is its source (PolNeAR marks "his").
  // Not "her" as an object before a verb ("sources close to her said", "a spokesman for her said").
  if (j >= lo && POSSESSIVE_DETERMINERS.has(nm(ctx, j)) && !objectHer(ctx, j, end, lo)) return { start: j, end: e };
  // "a page on health care, which dutifully recounts …", "an organization that endorsed X": PolNeAR marks the
  // relative pronoun itself as the source (resolving it to its antecedent is the speaker resolver's job).
  if (j >= lo && j > 0 && isRelativeSubject(ctx, j)) return { start: j, end: j + 1 };
  while (j >= lo && e - j <= MAX_NP) {
    // "Sen. Claire McCaskill (D-Mo.) said": step over a short parenthetical inside or ending the name.
    if (ctx.tokens.text(j) === ')') {
      const open = parenOpen(ctx, j, lo);
      if (open < 0) break;
      j = open - 1;
      continue;
    }
    if (!joinsNP(ctx, j)) break;
    const n = nm(ctx, j);
    if (NP_LEFT_STOPS.has(n) && (n !== 'that' || !isCapitalized(ctx, j)) && !quantifies(ctx, j, n, e, lo) && !andInsideOf(ctx, j, lo, e)) break;
    // "Beck, who has … described" keeps "who" as the source; "Rubio, who he dubbed …" does not (objectRelative);
    // "WHO Director-General Margaret Chan" is a name.
    if (n === 'who' || n === 'which') { if (isCapitalized(ctx, j) || !objectRelative(ctx, j + 1, e)) j--; break; }
    // (tried: stop at lower-case -ed/-ing/-ly words; cost 0.2 attribution F1 on train)
    j--;
  }
  const s = j + 1;
  if (s >= e || e - s > MAX_NP) return null;
  const np = trimNP(ctx, s, e);
  // "Speaker Mohammad Baqer Qalibaf in a meeting with his Iraqi counterpart … underlined": the subject ends before
  // the meeting (Iranian and Iraqi wires), and may be longer than what is left of MAX_NP after it.
  const meeting = np ? meetingAdjunct(ctx, np.start, np.end) : -1;
  if (np && meeting > np.start) return leftNP(ctx, meeting, lo);
  return floated && np ? withConjunct(ctx, np, lo) : np && zeroRelativeSource(ctx, np);
}

/** "…, an allegation the Foreign Ministry denied": after a noun summing up the clause before, the subject of its
 * relative clause (no "that") is the source; the claim before stays its own speaker's. */
function zeroRelativeSource(ctx: DocContext, np: TokenRange): TokenRange {
  const k = np.start + 2;
  if (k >= np.end || (nm(ctx, np.start) !== 'a' && nm(ctx, np.start) !== 'an') || !SUMMARY_NOUNS.has(nm(ctx, np.start + 1))) return np;
  return nm(ctx, k) === 'the' || isCapitalized(ctx, k) ? { start: k, end: np.end } : np;
}
export const SUMMARY_NOUNS = new Set(['claim', 'allegation', 'charge', 'accusation', 'assertion', 'argument', 'figure', 'estimate', 'account',
  'version', 'characterization', 'description', 'view', 'suggestion', 'contention', 'decision', 'move', 'step', 'change', 'plan',
  'proposal', 'policy', 'remark', 'comment', 'measure', 'deal', 'ruling']);

const PAIRING = new Set(['and', 'or', 'nor', '&']);
const OBJECT_PREPS = new Set(['to', 'for', 'with', 'of', 'by', 'about']);

/** "close to her said": "her" after a preposition, before a verb in -ed or "said"/"told", is an object, no possessive. */
function objectHer(ctx: DocContext, j: number, cue: number, lo: number): boolean {
  if (nm(ctx, j) !== 'her' || j - 1 < lo || !OBJECT_PREPS.has(nm(ctx, j - 1)) || j + 1 !== cue) return false;
  const v = nm(ctx, cue);
  return v === 'said' || v === 'told' || v === 'says' || v.endsWith('ed');
}

/**
 * A stop word that belongs to the noun phrase after it: "both" as its determiner ("critics in both parties"), "than"
 * in "more than 4 in 10", "less than a third" (PolNeAR's sources keep them).
 */
function quantifies(ctx: DocContext, j: number, n: string, e: number, lo: number): boolean {
  if (n === 'both') return j + 1 < e;
  return n === 'than' && j - 1 >= lo && COMPARATIVES.has(nm(ctx, j - 1));
}

const COMPARATIVES = new Set(['more', 'less', 'fewer']);

/**
 * "Jeb Bush and Rick Scott have both …": a subject a floating quantifier follows takes the noun phrase coordinated
 * before it; none when that phrase is not found ("X (R), who …, and Y (D) have both"), for the clause subject to speak.
 */
function withConjunct(ctx: DocContext, np: TokenRange, lo: number): TokenRange | null {
  const k = np.start - 1;
  const w = k > lo ? nm(ctx, k) : '';
  if (w !== 'and' && w !== 'or') return np;
  const left = leftNP(ctx, k, lo);
  return left ? { start: left.start, end: np.end } : null;
}

/**
 * "Jeb Bush and Rick Scott have both | supported", "they all | agreed": a quantifier after the subject (or its
 * auxiliary); "Both are …", ", both advocate …", "and each said" have it as the subject.
 */
function floatingQuantifier(ctx: DocContext, j: number, lo: number): boolean {
  const n = nm(ctx, j);
  if (n !== 'both' && n !== 'all' && n !== 'each') return false;
  return j - 1 >= lo && isWord(ctx, j - 1) && !NP_LEFT_STOPS.has(nm(ctx, j - 1));
}

/** Index of the ")" that closes the short parenthetical opened at `open` ("(D-Va.)"), or -1. */
function parenClose(ctx: DocContext, open: number, hi: number): number {
  for (let k = open + 1; k < hi && k <= open + 6; k++) {
    const t = ctx.tokens.text(k);
    if (t === ')') return k > open + 1 ? k : -1;
    if (t === '(' || t === ',' || ctx.quoteOf[k] >= 0) return -1;
  }
  return -1;
}

const NICK_OPEN = new Set(['"', '“', '‘', "'"]);
const NICK_CLOSE = new Set(['"', '”', '’', "'"]);

/** After the closing mark of a nickname of one or two capitalised words opening at j, before a capitalised word; or -1. */
function nicknameEnd(ctx: DocContext, j: number, hi: number): number {
  if (!NICK_OPEN.has(ctx.tokens.text(j)) || ctx.quoteOf[j] >= 0) return -1;
  for (let k = j + 1; k < hi && k <= j + 3; k++) {
    if (NICK_CLOSE.has(ctx.tokens.text(k))) return k > j + 1 && k + 1 < hi && isCapitalized(ctx, k + 1) ? k + 1 : -1;
    if (!isCapitalized(ctx, k)) return -1;
  }
  return -1;
}

/** Index of the "(" that opens the parenthetical closed at `close`, within a few tokens, or -1. */
function parenOpen(ctx: DocContext, close: number, lo: number): number {
  for (let k = close - 1; k >= lo && k >= close - 8; k--) {
    const t = ctx.tokens.text(k);
    if (t === '(') return k > lo && isCapitalized(ctx, k - 1) ? k : -1;
    if (t === ')' || ctx.quoteOf[k] >= 0) return -1;
  }
  return -1;
}

/**
 * Whether the words [k, e) after a relative "who" begin with the relative clause's own subject ("Rubio, who he
 * dubbed …", "who many feel …", "who Trump called …"), so that "who" is the verb's object: PolNeAR makes that
 * "who" a content piece and the subject the source. A verb, adverb or preposition after "who" ("who has …", "who
 * on Tuesday endorsed …") leaves "who" the subject. A capitalised day or month name is no subject.
 */
function objectRelative(ctx: DocContext, k: number, e: number): boolean {
  if (k >= e || !isWord(ctx, k)) return false;
  const n = nm(ctx, k);
  return RELATIVE_CLAUSE_SUBJECTS.has(n) || (isCapitalized(ctx, k) && !PREPOSITIONS.has(n) && !MONTHS.has(n));
}

function isRelativeSubject(ctx: DocContext, j: number): boolean {
  const n = nm(ctx, j);
  if (n !== 'which' && n !== 'who' && n !== 'that') return false;
  // A relative "that" follows its noun; after a verb or a comma it is a complementiser or demonstrative.
  return n !== 'that' || (!isCapitalized(ctx, j) && isWord(ctx, j - 1) && !VERB_GROUP.has(nm(ctx, j - 1)));
}

export function isAdverb(ctx: DocContext, j: number): boolean {
  const n = nm(ctx, j);
  // Not a noun ("The family said …" had no source: "family" was stepped over as an adverb).
  return n.length > 4 && n.endsWith('ly') && ctx.tokens.kind(j) === 'word' && !LY_NOUNS.has(n);
}

function trimNP(ctx: DocContext, s: number, e: number): TokenRange | null {
  // Drop dangling possessive or hyphen marks at the edges.
  while (s < e && !isWord(ctx, s)) s++;
  while (e > s && !isWord(ctx, e - 1) && ctx.tokens.text(e - 1) !== '.') e--;
  return s < e ? { start: s, end: e } : null;
}

const OBJECT_PRONOUNS = new Set(['me', 'him', 'them', 'us']);

/** The noun phrase starting at token `start` ("said Robert Antonacci of the New York delegation"). */
export function rightNP(ctx: DocContext, start: number, hi: number): TokenRange | null {
  if (start < hi && SUBJECT_PRONOUNS.has(nm(ctx, start))) return { start, end: start + 1 };
  // "…,'' Mr. King, 82, told me": an object pronoun is the recipient, never an inverted subject.
  if (start < hi && OBJECT_PRONOUNS.has(nm(ctx, start))) return null;
  // "said in a phone interview": an adjunct, not an inverted subject.
  if (start < hi && !isCapitalized(ctx, start) && PREPOSITIONS.has(nm(ctx, start))) return null;
  // "said pleasantly into the phone": a manner adverb, not an inverted subject.
  if (start < hi && isMannerAdverb(ctx.tokens.text(start))) return null;
  let j = start;
  const described = DETERMINERS.has(nm(ctx, start)) && !isCapitalized(ctx, start + 1);
  while (j < hi && j - start < MAX_NP) {
    // "said Rep. Bobby Scott (D-Va.)": a short parenthetical right after a name.
    if (ctx.tokens.text(j) === '(' && j > start && isCapitalized(ctx, j - 1)) {
      const close = parenClose(ctx, j, hi);
      if (close < 0) break;
      j = close + 1;
      continue;
    }
    // "said Joko "Jokowi" Widodo": a quoted nickname inside the name (quotes.ts left it out of the quotes).
    const nick = j > start && isCapitalized(ctx, j - 1) ? nicknameEnd(ctx, j, hi) : -1;
    if (nick > 0) { j = nick; continue; }
    if (!joinsNP(ctx, j)) break;
    const n = nm(ctx, j);
    // An adverb used as an adjective after an article: "according to a later federal review".
    if (n === 'later' && j > start && DETERMINERS.has(nm(ctx, j - 1))) { j++; continue; }
    // "said a longtime adviser to Trump", "said one person with knowledge of …": a described source's complement.
    if (j > start && !isCapitalized(ctx, j) && (PREPOSITIONS.has(n) && n !== 'of' && n !== 'for' && n !== 'at')
      && !(described && (n === 'to' || n === 'with') && !isCapitalized(ctx, j - 1))) break;
    // "said Domestic Trade and Cost of Living Minister Datuk Seri Fadzil Hamzah.": an "and" inside a capitalised title.
    if (n === 'and' && j > start && isCapitalized(ctx, j - 1) && titleAndToEnd(ctx, j + 1, hi)) { j++; continue; }
    if (j > start && (n === 'that' || n === 'who' || n === 'which' || n === 'and' || n === 'as' || n === 'when')) break;
    // "criticized by some of his rivals | for failing to …": "for" and a gerund give the reason, not the noun's complement.
    if (j > start && n === 'for' && j + 1 < hi && isGerund(nm(ctx, j + 1))) break;
    if (j > start && n === '.' && j + 1 >= hi) break;
    if (j > start && !isCapitalized(ctx, j) && (VERB_GROUP.has(n) || SUBJECT_END.has(n))) return null;
    if (pastVerbWithObject(ctx, j, start, hi)) return null;
    j++;
  }
  return j > start ? trimNP(ctx, start, j) : null;
}

/**
 * "…, said the clinic treated about a dozen people": a past tense after the noun, with an object after it, makes the
 * words after the cue a clause, no inverted subject ("said a man named John Smith", "said a source involved in …" stay).
 */
function pastVerbWithObject(ctx: DocContext, j: number, start: number, hi: number): boolean {
  if (j <= start + 1 || j + 1 >= hi || isCapitalized(ctx, j) || DETERMINERS.has(nm(ctx, j - 1)) || POSSESSIVE_DETERMINERS.has(nm(ctx, j - 1))) return false;
  const n = nm(ctx, j);
  if (!isPastForm(n)) return false;
  const next = nm(ctx, j + 1);
  return (DETERMINERS.has(next) && next !== 'one') || POSSESSIVE_DETERMINERS.has(next) || next === 'about' || isNumberStart(ctx.tokens.text(j + 1));
}

/**
 * "said Britain, France and Germany would hold off …": after the name that follows a cue, more names joined by commas
 * and "and", then a verb: the coordinated subject of the content clause, not an inverted source with an apposition
 * ("said Rep. X, a member of …", "said Smith, Jones and Brown, all members of the panel").
 */
export function listSubjectRunsOn(ctx: DocContext, j: number, hi: number): boolean {
  if (j >= hi || nm(ctx, j) !== ',') return false;
  let and = false;
  let k = j;
  for (; k < hi && k < j + 16; k++) {
    const n = nm(ctx, k);
    if (n === 'and') and = true;
    else if (n !== ',' && !isCapitalized(ctx, k)) break;
  }
  if (!and || k >= hi) return false;
  const n = nm(ctx, k);
  return VERB_GROUP.has(n) || SUBJECT_END.has(n);
}

/** Whether capitalised words (and "of") run from i to the sentence's end, a role word among them ("Cost of Living
 * Minister Datuk Seri Fadzil Hamzah."): a title with its name, not a second name ("said Smith and Jones"). */
function titleAndToEnd(ctx: DocContext, i: number, hi: number): boolean {
  let role = false;
  let named = false; // a capitalised word after the role: the name
  let k = i;
  for (; k < hi && k < i + 10; k++) {
    const n = nm(ctx, k);
    if (n === '.' && k + 1 >= hi) break;
    if (n !== 'of' && !isCapitalized(ctx, k)) {
      // "said Fisheries and Oceans Minister Joyce Murray on Monday", "… Olmedilla—.": an adjunct or a dash after the name.
      return role && named && NAME_ENDS.has(n);
    }
    if (TITLE_ROLES.has(n)) role = true;
    else if (role) named = true;
  }
  return role && (k >= hi || (nm(ctx, k) === '.' && k + 1 >= hi));
}

/** What may follow the name of "said X and Y Minister Name": punctuation or a time or place adjunct, no verb. */
const NAME_ENDS = new Set([',', '—', '–', '-', '(', 'on', 'in', 'at', 'after', 'before', 'during', 'via', 'last', 'this']);

const TITLE_ROLES = new Set(['minister', 'secretary', 'director', 'chairman', 'chairwoman', 'chair', 'commissioner', 'president', 'chief', 'head']);

/**
 * "according to an analysis by the Pew Research Center", "according to a recent report from Bloomberg …": the
 * document and its author are one source span (PolNeAR marks either the document or its author).
 */
export function withAuthor(ctx: DocContext, who: TokenRange | null, b: number): TokenRange | null {
  if (!who || who.end + 1 >= b) return who;
  const w = nm(ctx, who.end);
  if ((w !== 'by' && w !== 'from') || isCapitalized(ctx, who.end)) return who;
  const author = rightNP(ctx, who.end + 1, b);
  return author ? { start: who.start, end: author.end } : who;
}

/** Whether the token can begin a noun phrase that is a speaker. */
export function startsNP(ctx: DocContext, i: number): boolean {
  if (!isWord(ctx, i)) return false;
  const n = nm(ctx, i);
  return isCapitalized(ctx, i) || DETERMINERS.has(n) || SUBJECT_PRONOUNS.has(n) || n === 'his' || n === 'her' || n === 'their';
}

const LINKS = new Set(['but', 'and', 'so', 'yet', 'still', 'meanwhile', 'however']);
// Words that open an introductory phrase or clause before the subject ("Like Mr. Sanders, she …", "Since the
// disclosure …, officials have …").
const INTRO_WORDS = new Set(['as', 'while', 'when', 'despite', 'like', 'unlike', 'since', 'along', 'although', 'though',
  'because', 'if', 'once', 'amid', 'among', 'following', 'under', 'without', 'upon', 'until', 'even', 'instead', 'between',
  'across', 'against', 'within', 'throughout', 'besides', 'beyond', 'inside', 'outside', 'toward', 'towards']);

// Sentence adverbs and time or place words that open an introduction before the subject ("Prior to Cruz's apology,
// Carson …", "Here in Columbia, Sanders …", "Soon afterward, Clinton …", "Moreover, any company …").
const OPENERS = new Set(['prior', 'ahead', 'here', 'moreover', 'furthermore', 'then', 'now', 'also', 'soon', 'not', 'absent',
  'just', 'earlier', 'later', 'last', 'next', 'recently', 'finally', 'again', 'indeed', 'today', 'yesterday', 'tonight',
  'afterward', 'afterwards', 'thus', 'therefore', 'nonetheless', 'nevertheless', 'otherwise', 'overall', 'so', 'hours', 'days',
  'weeks', 'months', 'years', 'minutes', 'moments', 'back', 'elsewhere', 'separately', 'initially', 'ultimately']);

/**
 * Whether an opener word or a participle ("Reached by phone on Tuesday, Joyce …") at s starts an introduction that
 * ends at a comma within 8 tokens and holds no subject pronoun ("Then he cut into Bush, calling …" is the clause);
 * "then" and "now" only right before their comma ("Then, …"; "And then Trump went …" is the subject's clause).
 */
function openerIntro(ctx: DocContext, s: number, hi: number, first: string): boolean {
  const participle = first.length > 4 && first.endsWith('ed') && s + 1 < hi && !isCapitalized(ctx, s + 1);
  if (!participle && !OPENERS.has(first)) return false;
  const c = nextComma(ctx, s + 1, hi, 8);
  if (c < 0 || ((first === 'then' || first === 'now') && c !== s + 1)) return false;
  for (let k = s + 1; k < c; k++) if (SUBJECT_PRONOUNS.has(nm(ctx, k))) return false;
  return true;
}

/** The grammatical subject of the main clause of a sentence, for participial cues (", stressing that …"). */
export function subjectNP(ctx: DocContext, a: number, hi: number): TokenRange | null {
  let s = datelineEnd(ctx, a, hi);
  while (s < hi && !isWord(ctx, s)) s++;
  if (s < hi && LINKS.has(nm(ctx, s))) s++;
  if (s < hi && ctx.tokens.text(s) === ',') s++;
  const first = nm(ctx, s);
  const intro = first !== undefined && (PREPOSITIONS.has(first) || first.endsWith('ing') || first.endsWith('ly') || INTRO_WORDS.has(first)
    || openerIntro(ctx, s, hi, first));
  if (intro) {
    let j = s;
    while (j < hi && ctx.tokens.text(j) !== ',') j++;
    if (j >= hi) return null;
    s = j + 1;
    // "At an event in Ames, Iowa, on Sunday, Mrs. Clinton …": a place's state and more prepositional phrases
    // between commas still belong to the introduction.
    for (;;) {
      const c = s < hi ? nextComma(ctx, s, hi, 6) : -1;
      // "Ames, Iowa," not "interview, Reid," nor "on Wednesday, Yusuf-Ekiti,"
      const state = c === s + 1 && isCapitalized(ctx, s) && isCapitalized(ctx, s - 2) && !WEEKDAYS.has(nm(ctx, s - 2)) && !MONTHS.has(nm(ctx, s - 2));
      if (c < 0 || !(PREPOSITIONS.has(nm(ctx, s)) || state)) break;
      s = c + 1;
    }
  }
  if (s >= hi) return null;
  if (SUBJECT_PRONOUNS.has(nm(ctx, s))) return { start: s, end: s + 1 };
  let j = s;
  while (j < hi && j - s < 10 && joinsNP(ctx, j)) {
    const n = nm(ctx, j);
    if (j > s && (SUBJECT_END.has(n) || VERB_GROUP.has(n))) break;
    // "Norway's central bank kept its rate unchanged … but said": an irregular past tense ends the subject too.
    if (j > s && IRREGULAR_PAST.has(n) && !isCapitalized(ctx, j)) break;
    if (j > s && n.length > 4 && (n.endsWith('ed') || n.endsWith('ly')) && !isCapitalized(ctx, j)) break;
    if (j > s && (n === 'who' || n === 'which' || n === 'that')) break;
    j++;
  }
  return j > s ? trimNP(ctx, s, j) : null;
}

// Words that may lead a sentence-opening gerund cue: "Besides attacking …", "Instead of calling …", "In declaring …".
const GERUND_LEADS = new Set(['besides', 'instead', 'of', 'after', 'before', 'in', 'by', 'upon', 'without', 'while', 'when',
  'since', 'despite', 'on', 'from', 'through', 'rather', 'than']);

/**
 * "Besides attacking the former president, Mr. Trump …", "In declaring …, the Latin American pope …", "Conceding
 * that …, he …": a gerund cue that opens its sentence (after up to three lead words) belongs to the main clause,
 * whose subject is its source. Returns that subject, or null when the cue is no such gerund.
 */
export function introGerundSubject(ctx: DocContext, a: number, cue: TokenRange, head: string, b: number): TokenRange | null {
  // The head is the lexicon's phrase, which for another form of a cue word is not the word in the text ("Expressing
  // gratitude for …, he said": the phrase "expressed").
  if (!isGerund(head) && !isGerund(nm(ctx, cue.end - 1)) && !isGerund(nm(ctx, cue.start))) return null;
  const cueStart = cue.start;
  let s = a;
  while (s < cueStart && !isWord(ctx, s)) s++;
  if (cueStart - s > 3) return null;
  for (let k = s; k < cueStart; k++) if (!GERUND_LEADS.has(nm(ctx, k))) return null;
  const subj = subjectNP(ctx, a, b);
  return subj && subj.start > cueStart ? subj : null;
}

/** The first comma in [from, hi) within `max` tokens, or -1. */
function nextComma(ctx: DocContext, from: number, hi: number, max: number): number {
  for (let k = from; k < hi && k < from + max; k++) if (ctx.tokens.text(k) === ',') return k;
  return -1;
}

/**
 * "Stephen Moore, a conservative economist, said …": the name before a comma-delimited apposition that ends
 * right before the cue. The span keeps the apposition and its closing comma, as PolNeAR sources do.
 */
export function appositiveNP(ctx: DocContext, cueStart: number, lo: number): TokenRange | null {
  const k = cueStart - 1;
  if (k <= lo || ctx.tokens.text(k) !== ',') return null;
  let c1 = k - 1;
  let relative = false; // "the advocacy group that wrote Proposition 103": a relative "that" after the noun
  while (c1 > lo && ctx.tokens.text(c1) !== ',' && k - c1 < 25) {
    const n = nm(ctx, c1);
    if (n === 'that' && !relative && relativeThat(ctx, c1)) relative = true;
    else if (n === 'that' || ctx.quoteOf[c1] >= 0 || n === ';') return null;
    c1--;
  }
  if (c1 <= lo || ctx.tokens.text(c1) !== ',') return null;
  if (relative && !DETERMINERS.has(nm(ctx, c1 + 1))) return null;
  let head = leftNP(ctx, c1, lo);
  if (!head) return null;
  // "Fayyad, for his part, thanked …": a prepositional aside is not part of the source.
  if (PREPOSITIONS.has(nm(ctx, c1 + 1)) || nm(ctx, c1 + 1) === 'however') {
    // "Tom Reed, 54, from Leeds, said": a hometown after an age is the person's, as the age is.
    const aged = head.end - head.start === 1 && /^\d{1,3}$/.test(ctx.tokens.text(head.start)) && nm(ctx, c1 + 1) === 'from' && isCapitalized(ctx, c1 + 2);
    const named = aged && head.start - 1 > lo && ctx.tokens.text(head.start - 1) === ',' ? leftNP(ctx, head.start - 1, lo) : null;
    if (!named) return head;
    head = named;
  }
  // "Marley Anderson, 21, a junior from Las Vegas, said": step over a short middle segment; not over a two-word name
  // after an introduction ("On Sunday, Hillary Clinton, the Democratic front-runner, called").
  if (head.end - head.start <= 2 && head.start - 1 > lo && ctx.tokens.text(head.start - 1) === ',' && (!twoWordName(ctx, head) || PARTY_TAG.test(ctx.tokens.text(head.start)))) {
    const prev = leftNP(ctx, head.start - 1, lo);
    // Not an introduction ("Speaking with journalists … on Wednesday, Yusuf-Ekiti, who …,").
    if (prev && isCapitalized(ctx, prev.start) && !isGerund(nm(ctx, prev.start)) && !PREPOSITIONS.has(nm(ctx, prev.start))) head = prev;
  }
  return { start: head.start, end: k + 1 };
}

/** A "that" at t after a lower-case noun and before a verb in -ed or a finite verb ("group that wrote", "firm that
 * represents"): a relative clause, not a complement ("said that"). */
function relativeThat(ctx: DocContext, t: number): boolean {
  const before = nm(ctx, t - 1);
  return isWord(ctx, t - 1) && !isCapitalized(ctx, t - 1) && !VERB_GROUP.has(before) && !before.endsWith('ed') && !SAYS_LIKE.has(before)
    && t + 1 < ctx.tokens.length && isWord(ctx, t + 1) && !isCapitalized(ctx, t + 1) && !DETERMINERS.has(nm(ctx, t + 1));
}
const SAYS_LIKE = new Set(['says', 'say', 'claims', 'argues', 'insists', 'warns', 'believes', 'thinks', 'knows', 'hopes']);

function twoWordName(ctx: DocContext, r: TokenRange): boolean {
  return r.end - r.start === 2 && isWord(ctx, r.start) && isCapitalized(ctx, r.start) && isWord(ctx, r.start + 1) && isCapitalized(ctx, r.start + 1);
}

/** Degrees and qualifications written after a name between commas ("Peter Kelly, MD, of …", "Hugh Markus, DM,"). */
const CREDENTIALS = new Set(['md', 'phd', 'dm', 'mph', 'rn', 'do', 'dds', 'mbbs', 'frcp', 'frcs', 'facc', 'facp', 'msc', 'mba',
  'jd', 'np', 'pharmd', 'dphil', 'mrcp', 'bsn', 'msn', 'dnp', 'faan', 'ma', 'ms', 'esq', 'cpa', 'pa-c', 'lcsw']);

/** Whether token i is a credential ("MD", "PhD", "M.D."), capitalised as written after a name. */
export function isCredential(ctx: DocContext, i: number): boolean {
  return i < ctx.tokens.length && isCapitalized(ctx, i) && CREDENTIALS.has(ctx.tokens.text(i).replace(/\./g, '').toLowerCase());
}

/** A US lawmaker's party and state or district after the name: "D-San", "R-Texas", "D-N.Y.". */
const PARTY_TAG = /^[DRI]-\p{Lu}/u;

/**
 * "Clinton, during a town hall meeting in Columbus, Ohio, said", "Sandy Phillips, who lost … in Aurora, Colorado, in
 * July 2012, said": the clause subject, followed by a comma-delimited aside (commas inside it too) that ends with a
 * comma right before the cue. Null unless the subject lies at or after `lo`, a comma follows it and no quote or
 * semicolon lies between it and the cue (40 tokens at most).
 */
export function asideSubject(ctx: DocContext, a: number, cueStart: number, lo: number): TokenRange | null {
  if (cueStart - 1 <= lo || ctx.tokens.text(cueStart - 1) !== ',') return null;
  const s = subjectNP(ctx, a, cueStart);
  if (!s || s.start < lo || s.end >= cueStart - 1 || ctx.tokens.text(s.end) !== ',' || cueStart - s.end > 40) return null;
  // "Just this week, the trade group …", "Back in Indiana, …": an introduction the subject walk did not skip.
  for (let k = s.start; k < s.end; k++) if (PREPOSITIONS.has(nm(ctx, k))) return null;
  // "Moreover, Jeffrey D. Sachs, director of …, noted": the name follows; not a party and district ("Erin Castañeda,
  // D-San Antonio, who voted against the bill, said").
  if (isCapitalized(ctx, s.end + 1) && !PARTY_TAG.test(ctx.tokens.text(s.end + 1)) && !isCredential(ctx, s.end + 1)) return null;
  for (let k = s.end; k < cueStart; k++) if (ctx.quoteOf[k] >= 0 || ctx.tokens.text(k) === ';') return null;
  return s;
}

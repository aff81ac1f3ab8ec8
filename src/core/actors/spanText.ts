// What a speaker span's text says on its own, whatever the document: the pronoun it is (also "he’s", "his campaign"),
// a relative pronoun, one unnamed member of a group, "the campaign"; and, read on first need, its description, known
// name and head region (resolve.ts keeps one record per distinct span text per document).
import type { Description } from './describe';
import { parseDescription } from './describe';
import { isRelativePronoun } from './relative';
import { headRegion, standInRange } from './speakerHead';
import { speakerWordsEnd } from './spanCut';

/** A class, not an object literal: see SpanText. */
export class SpanShape {
  constructor(readonly headEnd: number, readonly standIn: readonly [number, number] | null) {}
}

/**
 * A span text read once per document: its pronoun kind, the relative pronoun it is, and (on first need) its
 * description, known name and head region. Read per claim, so nothing about the text is recomputed per claim.
 * A class, not an object literal: these records live through the stage, and V8 tenures long-lived objects of a
 * literal's allocation site by deoptimising every function that allocates there (spanText, resolveSpan,
 * resolveSpeakers), which then ran unoptimised and were compiled again; constructed objects are not tracked so.
 */
export class SpanText {
  description: Description | undefined = undefined;
  /** lookupForm's answer: NOT_LOOKED_UP until asked, -1 for none. */
  form = NOT_LOOKED_UP;
  /** shapeOf's answer for spans whose text has no surrounding white space (the text is then the whole span). */
  shape: SpanShape | undefined = undefined;
  constructor(
    readonly pronoun: Pronoun,
    /** The lower-cased text when it is a relative pronoun ("who", "which", "that"), else ''. */
    readonly relative: string,
    /** Where the member noun of one unnamed member of a group ends (oneMember), else 0. */
    readonly member: number,
    /** The text is "the campaign" (campaignOwner): tested here, once per text, not per claim in resolveSpan, where a
     * comparison first reached late deoptimised it. */
    readonly campaign: boolean,
    /** Where the text stops naming its speaker (spanCut.ts: "documents obtained by the Herald"), or -1. */
    readonly ownEnd: number,
  ) {}
}

export const enum Pronoun { None, Male, Female, Group, It, Unresolved }
export const NOT_LOOKED_UP = -2;

/** The pronoun a lower-cased span is, if any. */
function pronounOf(lower: string): Pronoun {
  switch (lower) {
    case 'he': case 'him': case 'his': return Pronoun.Male;
    case 'she': case 'her': return Pronoun.Female;
    case 'they': case 'them': case 'their': return Pronoun.Group;
    case 'it': case 'its': return Pronoun.It;
    case 'i': case 'we': case 'you': case 'me': case 'us': return Pronoun.Unresolved;
    default: return Pronoun.None;
  }
}

/** "he’s", "she’ll" → the pronoun (a span that ran into the verb). Not "it’s" (mostly "it’s unclear") nor "they’re":
 * on the 1,183 articles 2 of 9 such "they" found the right group, 22 of 24 "he’s"/"she’ll" the right person. A span
 * that opens with "he"/"she" and runs on in lower-case words ("He went out of his way", "he turned his back on …")
 * is the pronoun too: the claims stage took the clause for the speaker, whose subject is the pronoun. Not "he and
 * …", "she or …": a pair is not one speaker; not "HE the Minister of State" (His Excellency, in Gulf agency copy). */
const LEADING_PRONOUN_RE = /^(he|she|He|She)(?:['’](?:s|d|ll))?(?:$|\s+(?!(?:and|or)\b)\p{Ll})|^(HE|SHE)$/u;

function withoutContraction(raw: string, lower: string): string {
  const c = lower.charCodeAt(0);
  if (c !== 104 && c !== 115) return lower; // "h", "s": no Unicode regex for the other span texts
  const m = LEADING_PRONOUN_RE.exec(raw);
  return m ? (m[1] ?? m[2]).toLowerCase() : lower;
}

/** "one Obama insider", "a member of the Nepali Congress party", "one P&G Amiens employee": one unnamed member of a
 * group speaks for neither the group nor the person it is named by (only up to four words before the noun, none of
 * them a preposition: not "a spokesman for employees"). A name in apposition still speaks ("a member, John Doe,"). */
const ONE_MEMBER_RE = /^(?:a|an|one)\s+(?:(?!(?:for|of|to|at|with|in|from|by|on)\s)[^\s,]+\s+){0,4}?(?:member|employee|worker|insider|staffer|resident|volunteer|activist|source)s?\b/;

function oneMember(lower: string): number {
  const c = lower.charCodeAt(0);
  if (c !== 97 && c !== 111) return 0; // "a", "an", "one"
  const m = ONE_MEMBER_RE.exec(lower);
  return m ? m[0].length : 0;
}

/** "his campaign", "her advisers", "their lawyers", "his office": the people or campaign of whom the possessive
 * means, who speak for their principal as "Clinton's campaign" and "Clinton aides" do (speakerHead.ts ownerSpeaks);
 * not followers or allies ("his supporters", "her allies", as speakerHead.ts NOT_THE_OWNER) nor anything else ("his
 * speech"). Up to two modifiers ("his presidential campaign", "her top aides"). A form of address ("His Eminence also
 * stressed") is the person the pronoun means; "Its regional office said" the organisation "it" means. */
/** Forms of address a possessive pronoun makes a person of ("His Eminence", "Her Majesty"); addressForm.ts finds whom. */
export const ADDRESS_FORMS = 'eminence|holiness|majesty|excellency|highness';
const OWNER_PRONOUN_RE = new RegExp(`^(his|her|their)\\s+(?:[a-z-]+\\s+){0,2}?(?:campaign|team|camp|aides?|advis[eo]rs?|spokes(?:man|woman|person)|lawyers?|attorneys?|staff|staffers|administration|office)$|^(his|her)\\s+(?:${ADDRESS_FORMS})$|^(its)\\s+(?:[a-z-]+\\s+)?(?:office|spokes(?:man|woman|person))$`);

function ownerPronoun(lower: string): string {
  const c = lower.charCodeAt(0);
  if (c !== 104 && c !== 116 && c !== 105) return lower; // "h", "t", "i"
  const m = OWNER_PRONOUN_RE.exec(lower);
  const owner = m ? m[1] ?? m[2] ?? m[3] : undefined;
  return owner === undefined ? lower : owner === 'their' ? 'they' : owner === 'his' ? 'he' : owner === 'its' ? 'it' : 'she';
}

/** The record of a span text (raw: the span's trimmed text). */
export function readSpanText(raw: string): SpanText {
  const lower = raw.toLowerCase();
  const country = raw === 'US'; // "US says no damage": the country, not the pronoun "us"
  const pronoun = country ? Pronoun.None : pronounOf(withoutContraction(raw, lower));
  return new SpanText(pronoun === Pronoun.None && !country ? pronounOf(ownerPronoun(lower)) : pronoun,
    raw.length <= 5 && raw !== raw.toUpperCase() && isRelativePronoun(lower) ? lower : '', oneMember(lower), lower === 'the campaign',
    speakerWordsEnd(raw));
}

/** The span text's description, parsed on first need. */
export function descriptionOf(t: SpanText, raw: string): Description {
  t.description ??= parseDescription(raw);
  return t.description;
}

/** The head region and stand-in range of a span's whole text. */
export function shapeOfText(raw: string): SpanShape {
  if (raw.indexOf(' ') < 0) return new SpanShape(raw.length, null); // one word ("Trump"): all head
  const head = headRegion(raw, 0, raw.length);
  return new SpanShape(head.end, standInRange(raw, 0, raw.length, head));
}

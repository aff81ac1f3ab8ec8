// resolveSpeakers: the speaker mention of each claim (a name, a pronoun or a description) → an actor id.
//
// - A name: the person at the head of the span (speakerHead.ts: "Trump campaign spokeswoman Hope Hicks" is Hicks,
//   "Clinton's campaign" Clinton, "a spokesman for X" X; not "Clinton supporters"), else an organisation or place
//   inside it ("a spokesman for the ministry"; a place or people only as the head or through a body, "the Somali
//   government", not "Rebels in Sudan" or "About two-thirds of Republican voters"), else a name or unique surname
//   seen elsewhere in the text (the tagger missed this mention).
// - "he"/"she": the most salient person (see salience.ts) of compatible gender in this and the 3 previous
//   sentences; "they"/"it": the most salient organisation, group or country in this and the 2 previous
//   sentences; "I"/"we"/"you": unresolved.
// - A role description ("the top Iranian diplomat"): the most recently mentioned person (30 sentences back) whose
//   titles and appositions fit the role and nationality best (describe.ts). Plurals ("officials") and indefinite
//   descriptions ("a spokesman") are unnamed people: unresolved unless they name an organisation.
// - "the country", "the group": the most salient country / organisation, preferring one whose name has the noun.
// - A lead description that found nobody ("Brazil's president is pledging …"): the person the next sentence opens
//   with, on that person's first mention (namedNext.ts).
// Claims are resolved in document order so that "X said … He said …" can follow the previous speaker.
import type { Sentence } from '../text/token';
import type { Tokens } from '../text/tokens';
import type { Claim, Span } from '../types';
import { sentenceAt } from './context';
import type { Description } from './describe';
import { GENERIC_NOUNS } from './describe';
import { knownAsActor, renamingOrganisation, renamingPerson, selfNamedActor } from './apposition';
import { antecedentOf } from './relative';
import { describedBefore, dominantNamedBefore, genericNounBonus, namedLike, onlyNamedBefore } from './namedLike';
import { speakerOrder } from './order';
import { speakerGoingOn, spokespersonOfLastSubject } from './unnamedSpeaker';
import { bestDescribed, PRONOUN_WINDOW, theLeader } from './bestDescribed';
import { addressedPerson } from './addressForm';
import { insertedClauseSubject } from './insertedClause';
import { reactingSubject } from './reactingSubject';
import { thingSubjectBefore } from './thingSubject';
import { countryActor, insideSpeaker, isAnonymousSource, organisationHead, renamedHeadFit, sendingCountry } from './bodySpeaker';
import { afterName, descriptionGender, dominantPerson, mayBeRenamed, mayRenameSubject, officeFit, officeOf } from './renamingDescription';
import { speakerGender } from './speakerGender';
import { unnamedAntecedent } from './unnamedAntecedent';
import { coSpeakers, pronounAndName } from './coSpeakers';
import { campaignOwner, meetingPair, MET_PAIR_RE, pairNamedTogether, PAIR_RE, SIDES_RE, VISITING_RE, visitorBefore } from './namedBefore';
import { AGE_DESCRIPTION_RE, personNotNamedIn } from './ageDescription';
import { mayBeOfCountry, namesDemonymPerson } from './demonymPerson';
import { documentAuthor, isAuthoredDocument, issuerStart } from './documentAuthor';
import { leadingName, PERSON_BEFORE } from './leadingName';
import { resolveNamedNext } from './namedNext';
import { descriptionOf, Pronoun, type SpanText } from './spanText';
import { DOCUMENTS, LastSpeaker, lastWordKey, sameHeadSpeaker } from './speakerHeads';
import { KIN } from './speakerHead';
import { ClaimCover, continuingSpeaker, lastMentionBefore, lastMentionOf, pairNamedSince, SpeakerMark } from './salience';
import { type ActorGrouping, genderOf, type MentionTable, SUBJECT } from './types';
import { type Ctx, formOf, salient, spanText } from './resolveContext';
import { hasPerson, headPerson, MODIFIER_ONLY, overlappingNonPersons, spanShape } from './spanMentions';
import { isTheyNoun, unnamedGroupSince } from './unnamedGroup';
import { headOfNamed, sameOfficeSpeaker } from './headOfNamed';
import { apposedMember, namesOneMember } from './partyMember';
import { partyNamed } from './parties';
import { mentionType, partyPeopleMention, typeInSpan } from './partyMentions';
import { lastNamedAsModifier, pluralMention, thingNamedAsModifier } from './pronounModifiers';

const GROUP_WINDOW = 2;
/** How far back "he"/"she" reaches a previous speaker when nobody else of the gender is named since (see
 * continuingSpeaker). */
const SPEAKER_RUN = 8;

export function resolveSpeakers(text: string, _tokens: Tokens, sentences: readonly Sentence[], candidates: readonly Claim[], grouping: ActorGrouping): Claim[] {
  const cover = new ClaimCover(candidates, candidates.filter((c) => c.kind === 'direct'));
  const speakers: SpeakerMark[] = [];
  const ctx: Ctx = { text, sentences, g: grouping, cover, speakers, texts: new Map(), shapes: new Map(),
    nameGenders: new Uint8Array(grouping.actors.length), plural: new Uint8Array(grouping.mentions.count),
    last: new LastSpeaker(-1, -1, -1, null), ownStart: -1, ownEnd: -1, ownSpan: -1, lastCo: [], co: null,
    docs: { text, sentences, mentions: grouping.mentions, actors: grouping.actors, speakers, cover } };
  const order = speakerOrder(candidates);
  const out: Claim[] = candidates.slice();
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const c = candidates[i];
    const span = c.speakerSpan;
    const sentence = span ? sentenceAt(sentences, span.start) : -1;
    const quoteBefore = span !== null && c.kind === 'direct' && c.end <= span.start;
    // "Crowe, she insists, “gave me every word.”": a name alone before the pronoun is whom the claim is about, not who speaks
    // (a longer content often names its own speaker: "Ms. Nwanguma was shocked …, she said").
    // "…two Palestinian gunmen, the army said": the country a state's forces serve is none named in what they say.
    const contentBefore = span !== null && !quoteBefore && c.end <= span.start;
    const raw = contentBefore ? ctx.text.slice(span.start, span.end).trim() : '';
    const pronounAfter = contentBefore && ((NAME_ONLY_RE.test(c.text) && spanText(ctx, raw).pronoun !== Pronoun.None) || THE_FORCES_RE.test(raw));
    ctx.ownStart = quoteBefore || pronounAfter ? c.start : -1;
    ctx.ownEnd = quoteBefore || pronounAfter ? c.end : -1;
    // "“Donald is …,” said the 46-year-old. “Now, he will …”": the quote after the span is the same statement, its
    // speaker the one found for the quote before, where who the quote names was left out.
    const samePieces = span !== null && !quoteBefore && ctx.ownSpan === span.start && ctx.last.start === span.start;
    ctx.co = null;
    const found = samePieces ? ctx.last.actor : span ? resolveSpan(ctx, span, sentence) : null;
    const actor = found !== null && grouping.actors[found].type === 'EVENT' ? null : found; // "the first Gulf War" says nothing
    ctx.ownSpan = quoteBefore || pronounAfter ? span.start : -1;
    // Claims are visited in order of speaker position, so `speakers` stays sorted.
    if (actor !== null && span) {
      // A claim that follows its speaker ("Sami recalled …: “…”") keeps the speaker recent to its last sentence.
      const lastSentence = c.start > span.start ? Math.max(sentence, sentenceAt(sentences, c.end - 1)) : sentence;
      ctx.speakers.push(new SpeakerMark(span.start, sentence, actor, lastSentence, c.end, span.end));
    }
    const co = actor === null || !span ? [] : samePieces ? ctx.lastCo : ctx.co ?? coSpeakers(text, grouping, span, actor);
    if (span) {
      ctx.last = new LastSpeaker(span.start, span.end, sentence, actor);
      ctx.lastCo = co;
    }
    out[i] = co.length === 0 ? { ...c, speaker: actor === null ? null : grouping.actors[actor].id } :
      { ...c, speaker: grouping.actors[actor!].id, coSpeakers: co.map((a) => grouping.actors[a].id) };
  }
  namedNextPass(ctx, candidates, order, out);
  return out;
}

/**
 * The lead-description pass (namedNext.ts), given what it needs of this file: a span's description when it is one
 * (no pronoun or relative), whether a span holds a person's name, and a person's gender.
 */
function namedNextPass(ctx: Ctx, candidates: readonly Claim[], order: ArrayLike<number>, out: Claim[]): void {
  resolveNamedNext(ctx.text, ctx.sentences, ctx.g, candidates, order, out, {
    description: (raw) => {
      const t = spanText(ctx, raw);
      return t.pronoun !== Pronoun.None || t.relative !== '' ? undefined : descriptionOf(t, raw);
    },
    hasPerson: (span) => hasPerson(ctx, span),
    gender: (a) => speakerGender(ctx, a),
  });
}

/** Actor index for a speaker mention span, or null. */
function resolveSpan(ctx: Ctx, span: Span, sentence: number): number | null {
  const raw = ctx.text.slice(span.start, span.end).trim();
  const t = spanText(ctx, raw);
  const { g } = ctx;

  if (t.relative !== '') return antecedentOf(ctx.text, g.mentions, span.start, t.relative, (k) => mentionType(ctx, k));
  // "Hezbollah, whose officials have attacked Bitar, …": the body's officials, as "Hezbollah's officials" are.
  if (WHOSE_STAFF_RE.test(raw)) return antecedentOf(ctx.text, g.mentions, span.start, 'which', (k) => mentionType(ctx, k));
  if (isAnonymousSource(raw)) return null;
  if (t.ownEnd > 0) { // "documents obtained by the Herald": the documents speak, not the Herald
    const at = ctx.text.indexOf(raw, span.start);
    return resolveSpan(ctx, { start: at, end: at + t.ownEnd }, sentence);
  }
  const pair = pronounAndName(ctx.text, g, span); // "He and Modi said": the pronoun's person, with the one named
  const first = pair && resolveSpan(ctx, pair.pronoun, sentence);
  if (pair) { const alone = first === null || first === pair.other; ctx.co = alone ? [] : [pair.other]; return alone ? pair.other : first; }
  switch (t.pronoun) {
    case Pronoun.Male: case Pronoun.Female: {
      const addressed = addressedPerson(g, ctx.text, span.start, raw); // "His Highness affirmed": whom the article so addressed
      if (addressed !== undefined) return addressed;
      const avoid = t.pronoun === Pronoun.Male ? 'f' : 'm';
      const accept = (a: number): boolean => g.actors[a].type === 'PERSON' && speakerGender(ctx, a) !== avoid;
      const going = insertedClauseSubject(ctx.text, g.mentions, span.start, accept) ?? remarksOwner(ctx, sentence, accept) ??
        reactingSubject(ctx, span, sentence, accept) ??
        speakerGoingOn(ctx.text, ctx.sentences, g.mentions, ctx.last, span.start, sentence, avoid === 'f' ? 'm' : 'f', accept);
      if (going !== undefined) return going;
      return salient(ctx, span, sentence, PRONOUN_WINDOW, accept) ??
        continuingSpeaker(g, { pos: span.start, sentence, window: PRONOUN_WINDOW, accept }, SPEAKER_RUN, ctx.speakers,
          (a) => genderOf(g.profiles[a]) === (t.pronoun === Pronoun.Male ? 'm' : 'f'));
    }
    case Pronoun.Group: {
      // "Officials say Epsilon is weakening, but they warn …", "Local media say … They say": the unnamed group that
      // spoke just before, no one.
      if (ctx.last.actor === null && ctx.last.justBefore(span.start, sentence) && isTheyNoun(ctx.last.head(ctx.text))) return null;
      // "Mr. Grassley and Mr. Leahy say … they say": the speakers named together just before, all of them.
      if (ctx.lastCo.length > 0 && ctx.last.start <= span.start && sentence - ctx.last.sentence <= GROUP_WINDOW) {
        ctx.co = ctx.lastCo;
        return ctx.last.actor;
      }
      const group = salient(ctx, span, sentence, GROUP_WINDOW, (a) => isGroupType(g.actors[a].type), undefined, (k) => pluralMention(ctx, k));
      // "Mr. VandeHei and Mr. Allen … they": the pair, which is no one actor; "Officials say … they": unnamed people.
      if (group === null || pairNamedSince(g, ctx.text, group, span.start, sentence - GROUP_WINDOW) || lastNamedAsModifier(ctx, group, span.start)) return null;
      const last = lastMentionOf(g.mentions, group, span.start);
      return unnamedGroupSince(ctx.text, g.mentions, group, last >= 0 && mentionType(ctx, last) === 'ORG', span.start, sentence - GROUP_WINDOW) ? null : group;
    }
    case Pronoun.It:
      // "The report says … It also points out …": the document that spoke just before, whoever it stood for.
      if (ctx.last.justBefore(span.start, sentence) && DOCUMENTS.has(ctx.last.head(ctx.text))) return ctx.last.actor;
      if (thingSubjectBefore(ctx.text, ctx.sentences, span.start, sentence)) return null;
      // A party is "it" when last named as the party ("the GOP"), not through its people ("Republicans say").
      return thingNamedAsModifier(ctx, salient(ctx, span, sentence, GROUP_WINDOW, (a) => (g.actors[a].type === 'ORG' &&
        !partyPeopleMention(ctx, lastMentionOf(g.mentions, a, span.start))) || g.profiles[a].country !== undefined), span.start);
    case Pronoun.Unresolved:
      return null;
    case Pronoun.None:
      break;
  }

  // "The campaign": the campaign last named after its candidate ("Trump's campaign", "the Sanders campaign").
  if (t.campaign) return campaignOwner(g, ctx.text, span.start, sentence);
  if (namesOneMember(raw)) {
    const apposed = apposedMember(ctx.text, g.mentions, (a) => g.actors[a].type === 'PERSON', raw, span.start);
    return apposed >= 0 ? apposed : salient(ctx, span, sentence, PRONOUN_WINDOW, (a) => g.actors[a].type === 'PERSON');
  }
  if (PAIR_RE.test(raw)) { // "Both candidates said": the two named together just before, all of them; "the two sides": of a meeting
    const pair = (SIDES_RE.test(raw) ? null : pairNamedTogether(g, ctx.text, span.start, sentence)) ??
      (MET_PAIR_RE.test(raw) ? meetingPair(ctx.text, g, ctx.sentences, span, sentence, (s) => resolveSpan(ctx, s, sentence)) : null);
    ctx.co = pair && [pair[1]];
    return pair && pair[0];
  }

  // A description renamed by a name right after it ("The other man, his cousin James York, 40, cited"), even one
  // that names someone else ("One pastor supporting Mr. Cruz, Darran Whiting of …,"). Not after "according to" (the
  // comma ends that phrase: "According to an FBI summary, Cheryl Mills …"), nor for a plural.
  if (ctx.text.charCodeAt(span.end) === 44 /* , */ && DESCRIPTION_START_RE.test(raw) && !ACCORDING_TO_BEFORE_RE.test(ctx.text.slice(Math.max(0, span.start - 14), span.start)) &&
    !descriptionOf(t, raw).plural) {
    const renamed = renamingPerson(ctx.text, g.mentions, span.end, (k) => mentionType(ctx, k)) ?? renamedBody(ctx, span.end);
    if (renamed !== null) return renamed;
  }

  const known = ctx.text.charCodeAt(span.end) === 44 /* , */ ? knownAsActor(ctx.text, g.mentions, span.end, (k) => mentionType(ctx, k))
    : raw.includes(', who ') ? selfNamedActor(ctx.text, g.mentions, span.start, span.end) : null;
  if (known !== null) return known;
  const named = renamedInside(ctx, span, t, raw) ?? headOfNamed(g, ctx.text, span.start, raw) ??
    sameOfficeSpeaker(g, ctx.text, ctx.speakers, span.start, sentence, raw);
  if (named !== null) return named;

  // A person in the head region: the first one that is no modifier of a noun ("Trump campaign spokeswoman Hope
  // Hicks", "Chris Collins, a Trump supporter"), else the owner ("Clinton's campaign", "the Trump campaign"); a
  // person after the head does not speak ("the head of the PAC backing Jeb Bush"), while an organisation may stand
  // in ("a spokesman for the ministry").
  if (hasPerson(ctx, span)) {
    const { headEnd, standIn } = spanShape(ctx, t, raw, span);
    // One member: only a name after the member noun ("an EP member John Doe"), not one before it ("one Obama insider").
    // The sum is taken for every span (member 0 mostly): an addition first reached after resolveSpan was compiled
    // (a member span) deoptimised it and had it compiled again.
    const from = span.start + t.member;
    const person = headPerson(ctx, from, span.start + headEnd, true) ??
      (t.member > 0 ? null : headPerson(ctx, span.start, span.start + headEnd, false));
    if (person !== null) return person;
    const behalf = standIn ? headPerson(ctx, span.start + standIn[0], span.start + standIn[1], true) : null;
    if (behalf !== null) return behalf;
  }
  if (t.member > 0) return null;
  const at = ctx.text.indexOf(raw, span.start);
  const lead = leadingName(g, ctx.text, at, at + raw.length);
  if (lead !== null) return lead === PERSON_BEFORE ? salient(ctx, span, sentence, 0, (a) => g.actors[a].type === 'PERSON') : lead;
  // "A statement from the Prime Minister's media office said": the issuer speaks, however it is named.
  const issuer = issuerStart(raw);
  if (issuer > 0) return resolveSpan(ctx, { start: at + issuer, end: span.end }, sentence);
  // "The Pinellas County branch of the NAACP called on …": the body the local branch belongs to, not its place.
  const branch = BRANCH_OF_RE.exec(raw);
  if (branch) return resolveSpan(ctx, { start: at + branch[0].length, end: span.end }, sentence);
  // "In a statement, the ministry said … The statement added": a document speaks for its author (documentAuthor.ts).
  const noun = THE_NOUN_RE.test(raw) ? raw.slice(raw.lastIndexOf(' ') + 1).toLowerCase() : '';
  if (noun !== '' && isAuthoredDocument(noun)) {
    const author = documentAuthor(ctx.docs, span.start, sentence, noun);
    if (author !== null) return author;
  }
  // "A New Hampshire ballot commission … the commission recognized": the unnamed one, unless it spoke as someone
  // ("A Saudi Interior Ministry spokesman says … The spokesman says" is the ministry, sameHeadSpeaker below).
  // "An Iraqi security source told … The official said": an anonymous source is the official taken up.
  if (noun !== '' && (unnamedAntecedent(ctx.text, ctx.sentences, span.start, sentence, noun) || (noun === 'official' &&
    unnamedAntecedent(ctx.text, ctx.sentences, span.start, sentence, 'source'))) &&
    sameHeadSpeaker(ctx.text, ctx.speakers, span.start, sentence, lastWordKey(ctx.text, span.end), PRONOUN_WINDOW) === null) return null;
  const found = overlappingNonPersons(ctx, span, t, raw);
  // A place or people that only modifies the head ("Rebels in eastern Sudan", "4 in 10 Republican voters in each
  // state") leaves an unnamed group unless a description fits: nobody, not the country a generic noun would find.
  const modifierOnly = found === MODIFIER_ONLY;
  const inside = modifierOnly ? NONE : found;
  if (inside.length === 0 && !modifierOnly) {
    const byForm = formOf(ctx, t, raw);
    if (byForm !== undefined) return byForm;
  }
  const d = descriptionOf(t, raw);
  if (d.head && !d.plural && !d.indefinite) {
    // "… Instead, the Vermont senator …": a description that may rename the subject of its sentence or the last one
    // (renamingDescription.ts), and whom it may rename.
    const fits = inside.length === 0 && mayRenameSubject(d, raw) && !hasPerson(ctx, span) && !afterName(g, ctx.text, span.start)
      ? renamable(ctx, d, raw) : null;
    const subject = (k: number): boolean => g.mentions.position[k] === SUBJECT;
    // "Cruz defends his record in an ad: “…,” the senator says": the subject of its own sentence comes before an
    // earlier holder of the role, when it has no role or this one ("The Florida senator likes …, while the former
    // Florida governor loves …" is not the senator).
    const head = d.head;
    const own = fits && officeOf(d) === undefined ? salient(ctx, span, sentence, 0, (a) => fits(a) && (g.profiles[a].roles.size === 0 || g.profiles[a].roles.has(head)), undefined, subject) : null;
    if (own !== null) return own;
    // "Hussein received his Iranian counterpart Abbas Araghchi … The visiting minister affirmed …": the visitor.
    const visitor = VISITING_RE.test(raw) ? visitorBefore(ctx.text, g, ctx.sentences, span.start, sentence) : null;
    if (visitor !== null && (head === 'guest' || g.profiles[visitor].roles.size === 0 || g.profiles[visitor].roles.has(head))) return visitor;
    // "A Saudi Interior Ministry spokesman says … The spokesman says": the earlier speaker with that head, as resolved;
    // one of this or the last sentence before a role holder named earlier (another country's spokesman).
    const sameHead = inside.length === 0 && THE_NOUN_RE.test(raw) ? lastWordKey(ctx.text, span.end) : '';
    const fit = (sameHead ? sameHeadSpeaker(ctx.text, ctx.speakers, span.start, sentence, sameHead, 1) : null) ?? theLeader(g, raw) ??
      bestDescribed(g, ctx.speakers, ctx.last, span.start, sentence, d, inside);
    if (fit !== null) return outsideOwnerBody(ctx, span, raw, sentence, fit) ?? fit;
    if (fits) {
      const renamed = salient(ctx, span, sentence, 1, officeFit(g, d, fits), undefined, subject) ?? dominantPerson(g, d, fits);
      if (renamed !== null) return renamed;
    }
    const same = sameHead ? sameHeadSpeaker(ctx.text, ctx.speakers, span.start, sentence, sameHead, PRONOUN_WINDOW) : null;
    if (same !== null) return same;
  }
  // "said the 46-year-old", "The 57-year-old scientist says": someone described by age alone is the person the text
  // is about: the most salient person, a clause's subject first.
  if (inside.length === 0 && !modifierOnly && AGE_DESCRIPTION_RE.test(raw) && !d.plural && !hasPerson(ctx, span)) {
    const person = personNotNamedIn(g, ctx.ownStart, ctx.ownEnd); // "“Donald is …,” said the 46-year-old"
    return salient(ctx, span, sentence, PRONOUN_WINDOW, person, undefined, (k) => g.mentions.position[k] === SUBJECT) ??
      salient(ctx, span, sentence, 1, person);
  }
  // "Libya's ambassador to Somalia": both places only modify the head, yet a diplomat speaks for the country whose
  // diplomat they are (as "Syria's ambassador to the United States" does below); not for a demonym's ("an American
  // diplomat" is no one named), but "The young Spaniard" is the person the story is about (demonymPerson.ts).
  // "…, the Japanese automaker announced": a business is the one named, not the country of its demonym.
  if (modifierOnly && d.generic?.kind === 'org' && THE_DEMONYM_BUSINESS_RE.test(raw)) return genericSpeaker(ctx, span, sentence, d, raw);
  if (modifierOnly) {
    return OWNER_FIRST_RE.test(raw) ? sendingCountry(g, d, raw) : !namesDemonymPerson(raw, d) ? null
      : salient(ctx, span, sentence, PRONOUN_WINDOW, mayBeOfCountry(g, d), undefined, (k) => g.mentions.position[k] === SUBJECT);
  }
  // The last two cases are functions of their own: resolveSpan is compiled once per document, and a rare branch first
  // taken after that (a generic "the country") deoptimised it and had it compiled again.
  if (inside.length > 0) {
    const head = renamedHeadFit(g, inside, d, raw);
    return sendingCountry(g, d, raw) ?? organisationHead(g, inside, d, span.start) ?? (head && salient(ctx, span, sentence, 1, head, undefined,
      (k) => g.mentions.position[k] === SUBJECT)) ?? insideSpeaker(g, inside, d, (a) => typeInSpan(ctx, span, a), raw);
  }
  // "A top international security organization" introduces someone new, not the last group named. "A spokeswoman for
  // the organization" speaks for the organization meant.
  // "The group's secretary-general" speaks for the group too.
  if (d.generic && (!d.head || d.head === 'spokesperson' || genericOwner(raw) !== null) && !d.generic.introduced) return genericSpeaker(ctx, span, sentence, d, raw);
  // "Her son said …" after "Her son, Graham Marwood, said …": the relative named with the same words just before.
  const kin = POSSESSED_RE.exec(raw);
  if (kin && KIN.has(kin[1].toLowerCase())) return sameHeadSpeaker(ctx.text, ctx.speakers, span.start, sentence, kin[1].toLowerCase(), PRONOUN_WINDOW);
  return spokespersonOfLastSubject(raw, g.mentions, span.start, sentence, (a) => g.actors[a].type === 'ORG');
}

/** "Her son", "their mother": a possessive and one noun. */
const POSSESSED_RE = /^(?:[Hh]er|[Hh]is|[Tt]heir)\s+(\S+)$/;

/** Bodies a description may name that GENERIC_NOUNS leaves out ("Chloe's school, Kirkstall Valley Academy,"). */
const ORG_KINDS = new Set(['school', 'club', 'team', 'church', 'hospital', 'university', 'college', 'charity', 'employer', 'publisher',
  'label', 'studio', 'trust', 'foundation', 'association', 'federation', 'board']);

/** The organisation an apposition at `comma` names, when the word before the comma names a body ("Chloe's school,
 *  Kirkstall Valley Academy,", "The riders' union, the CPA,"), else null. */
function renamedBody(ctx: Ctx, comma: number): number | null {
  const noun = lastWordKey(ctx.text, comma);
  return GENERIC_NOUNS.get(noun) === 'org' || ORG_KINDS.has(noun) ? renamingOrganisation(ctx.text, ctx.g.mentions, comma, (k) => mentionType(ctx, k)) : null;
}

/**
 * "A spokesman for Mr. Zardari, Farhatullah Babar,": a description whose apposition inside the span is a person's
 * name is that person, not whom the description names (a body's, an organisation's: renamedBody). Null otherwise. Called for every span (see resolveSpan's
 * last cases): the comma is found first, and most spans have none.
 */
function renamedInside(ctx: Ctx, span: Span, t: SpanText, raw: string): number | null {
  const comma = ctx.text.indexOf(',', span.start);
  if (comma < 0 || comma >= span.end - 1 || !(DETERMINED_START_RE.test(raw) || POSSESSOR_START_RE.test(raw)) || descriptionOf(t, raw).plural) return null;
  const { g } = ctx;
  const renamed = renamingPerson(ctx.text, g.mentions, comma, (k) => mentionType(ctx, k)) ?? renamedBody(ctx, comma);
  if (renamed === null) return null;
  const k = lastMentionBefore(g.mentions, span.end);
  return k >= 0 && g.mentions.start[k] > comma && g.mentions.actor[k] === renamed ? renamed : null;
}

/** "The country", "the group": the country named in the description, else the most salient country or organisation. */
function genericSpeaker(ctx: Ctx, span: Span, sentence: number, d: Description, raw: string): number | null {
  const { g } = ctx;
  const { kind, noun } = d.generic as NonNullable<Description['generic']>;
  if (kind === 'country') {
    if (d.countries.length > 0) return countryActor(g, d.countries[0]);
    // "The Israel Defense Forces said … The army said": forces named as such speak before the country they serve.
    const namedForces = (a: number): boolean => g.actors[a].type === 'ORG' && FORCES_NAME_RE.test(g.actors[a].name);
    const forces = FORCES_NOUNS.has(noun) ? salient(ctx, span, sentence, PRONOUN_WINDOW, namedForces) : null;
    return forces ?? salient(ctx, span, sentence, PRONOUN_WINDOW, (a) => g.profiles[a].country !== undefined);
  }
  const same = sameHeadSpeaker(ctx.text, ctx.speakers, span.start, sentence, noun, PRONOUN_WINDOW);
  if (same !== null) return same;
  const named = namedLike(noun, raw);
  // "the party" after "Democrats" is the Democratic Party; "the institute" no party, however salient its people made it.
  const accept = (a: number): boolean => g.actors[a].type === 'ORG' && (named ? named.test(g.actors[a].name) || describedBefore(g, ctx.text, a, noun, span.start)
    : partyNamed(g.formKeys[a][0]) === undefined) && !datelineAgency(ctx.text, g.mentions, lastMentionOf(g.mentions, a, span.start));
  // "The Ayutthaya plant … according to the company": a name that only names a site is not the body meant.
  const notSite = (k: number): boolean => !SITE_AFTER_RE.test(ctx.text.slice(g.mentions.end[k], g.mentions.end[k] + 12));
  return salient(ctx, span, sentence, PRONOUN_WINDOW, accept, (a) => genericNounBonus(g, noun, a), notSite) ??
    (named && THE_NOUN_RE.test(raw) ? onlyNamedBefore(g, noun, span.start, accept) ?? dominantNamedBefore(g, noun, span.start, accept, notSite) : null);
}

const ACCORDING_TO_BEFORE_RE = /according to\s+$/i;
/** A state's forces named by their common noun ("the army", "the military"). */
const THE_FORCES_RE = /^the\s+(?:army|military)$/i;
/** The common nouns of a state's forces, and the names of forces ("Israel Defense Forces", "Pakistan Army", "Sudanese
 *  Armed Forces"); not the Salvation Army. */
const FORCES_NOUNS = new Set(['army', 'military']);
const FORCES_NAME_RE = /^(?!.*\bSalvation\b).*\b(?:Army|Defen[cs]e Forces?|Armed Forces|Military)$/;
/** A content piece that is only a name ("Crowe", "Mr. Trump"). */
const NAME_ONLY_RE = /^(?:\p{Lu}[\p{L}.'’-]*\s?){1,3}$/u;

/** Whether mention k is a news agency's credit in a dateline ("GENEVA (Reuters) -"): the outlet, no body the story
 *  speaks of ("the agency said", "the sport's governing body said" had gone to Reuters). */
function datelineAgency(text: string, mentions: MentionTable, k: number): boolean {
  return k >= 0 && text.charCodeAt(mentions.start[k] - 1) === 40 /* ( */ && /^\)\s*[-–—]/.test(text.slice(mentions.end[k], mentions.end[k] + 4));
}
const THE_DEMONYM_BUSINESS_RE = /^[Tt]he\s+\p{Lu}[\p{L}.-]*\s+(?:company|firm|carmaker|automaker|retailer|insurer|chipmaker|lender|manufacturer|conglomerate|airline|group)$/u;
const SITE_AFTER_RE = /^\s(?:plant|factory|facility|site|mine|refinery|field|port|complex|works)\b/;

/** A place's branch of a named body: "The Pinellas County branch of", "the Ohio chapter of". */
const BRANCH_OF_RE = /^(?:[Aa]n?|[Tt]he)\s+(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:branch|chapter|affiliate|wing|arm)\s+of\s+(?=\S)/u;
/** "The spokesman", "the official": a definite article and one noun. */
const THE_NOUN_RE = /^[Tt]he\s+[\p{L}-]+$/u;

const WHOSE_STAFF_RE = /^whose\s+(?:officials|spokesman|spokeswoman|spokesperson|spokespeople|representatives?)$/i;

/** What a sentence that opens with someone's remarks goes on about: "Al-Awadi's remarks came hours after …". */
const REMARKS_RE = /^['’]s?\s+(?:remarks|comments|statements?|speech|words)\b/;

/**
 * "Al-Awadi's remarks came hours after al-Hamidawi's speech. He added …": a "he" or "she" in the sentence after one
 * that opens with a person's remarks goes on with that person, not with the last one named; undefined otherwise.
 */
function remarksOwner(ctx: Ctx, sentence: number, accept: (a: number) => boolean): number | undefined {
  if (sentence === 0) return undefined;
  const { start, end } = ctx.sentences[sentence - 1];
  const { mentions } = ctx.g;
  let k = lastMentionBefore(mentions, start + 1);
  if (k < 0 || mentions.start[k] !== start) k++;
  if (k >= mentions.count || mentions.start[k] !== start || mentions.end[k] >= end) return undefined;
  return accept(mentions.actor[k]) && REMARKS_RE.test(ctx.text.slice(mentions.end[k], mentions.end[k] + 20)) ? mentions.actor[k] : undefined;
}

/** "The party's policy chief": a body named by its common noun (describe.ts GENERIC_NOUNS) owning the description. */
const THE_OWNER_RE = /^[Tt]he\s+([\p{Ll}-]+)['’]s\s/u;
function genericOwner(raw: string): RegExpExecArray | null {
  const m = THE_OWNER_RE.exec(raw);
  return m && GENERIC_NOUNS.get(m[1]) === 'org' ? m : null;
}

/**
 * "The opposition Constitutional Democratic Party criticized … The party's policy chief said …": when the description
 * is owned by a body named by its common noun, someone found by role alone (the chamber of commerce's head) who is not
 * known to belong to that body is not its chief: the body stands in. Null when it fits or no such body is found.
 */
function outsideOwnerBody(ctx: Ctx, span: Span, raw: string, sentence: number, fit: number): number | null {
  const m = genericOwner(raw);
  if (!m || ctx.g.actors[fit].type !== 'PERSON') return null;
  const at = ctx.text.indexOf(raw, span.start);
  const owner = resolveSpan(ctx, { start: at, end: at + m[0].length - 3 }, sentence);
  return owner !== null && owner !== fit && !ctx.g.profiles[fit].orgs.has(owner) ? owner : null;
}

/** A description's determiner ("A spokesman for …"), not any lower-case word ("that, under Rupert Murdoch,"). */
const DETERMINED_START_RE = /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/;
/** A named owner and a role ("Araghchi's deputy for political affairs, Majid Takht-Ravanchi,"): the apposition names who. */
const POSSESSOR_START_RE = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}['’]s?\s+\p{Ll}/u;
/** A span that opens like a description, not a name ("The other man", "One pastor", "a spokesman"). */
const DESCRIPTION_START_RE = new RegExp(`${DETERMINED_START_RE.source}|^\\p{Ll}`, 'u');

/** Whom a renaming description may name: a person its roles allow and its words' gender does not exclude. */
function renamable(ctx: Ctx, d: Description, raw: string): (a: number) => boolean {
  const { g } = ctx;
  const gender = descriptionGender(raw);
  return (a) => g.actors[a].type === 'PERSON' && mayBeRenamed(d, g.profiles[a]) &&
    (gender === undefined || speakerGender(ctx, a) !== (gender === 'm' ? 'f' : 'm'));
}

/** A span that opens with a possessive name ("Libya's ambassador"). */
const OWNER_FIRST_RE = /^(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*['’]s\s/u;
const NONE: readonly number[] = [];

/** What "they" can mean; no array built per tested mention. */
function isGroupType(type: string): boolean {
  return type === 'ORG' || type === 'NORP' || type === 'GPE';
}

// Words the cue lexicon knows that are no attribution where they stand: "fired tear gas", "the blast", "face murder
// charges", "Note:", "That said, …", a name's "Today Show". Each test is a rule of its own, found on train or on
// agency copy, with the shape it rejects.
import type { DocContext } from './context';
import { isCapitalized, isOpenQuoteMark, isWord, nm } from './context';
import { ARTICLES, BE_FORMS, isNumberStart, NAMING_VERBS, POSSESSIVE_DETERMINERS, PREPOSITIONS, RECEIVED, ROUTED } from './words';
import { sectionLabelEnd } from './lines';

/** Words before "talks" that make it the noun of negotiations. */
const TALKS_KINDS = new Set(['the', 'peace', 'ceasefire', 'cease-fire', 'truce', 'trade', 'coalition', 'budget', 'contract', 'nuclear',
  'border', 'climate', 'merger', 'settlement', 'unity', 'exploratory', 'bilateral', 'trilateral', 'direct', 'indirect', 'brexit', 'pay',
  'wage', 'debt', 'hostage', 'treaty', 'arms', 'framework', 'round', 'of', 'resumed', 'stalled', 'failed', 'further']);

/** Speech verbs that follow their source directly ("Witnesses say", "News reports said"). */
const SPEECH_AFTER = new Set(['say', 'says', 'said', 'told', 'tells']);
const PLURAL_QUANTIFIERS = new Set(['some', 'many', 'several', 'few', 'both', 'these', 'those', 'other', 'most', 'all']);
const CLAIMING_AFTER = new Set(['claim', 'claimed', 'insist', 'insisted', 'argue', 'argued', 'contend', 'contended', 'allege', 'alleged']);
export const isPluralNoun = (w: string): boolean => w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('ys') && !w.endsWith('us');

/**
 * A candidate phrase [i, e) that cannot be a cue whatever the classifier says: one a speech verb directly follows
 * (it is that verb's subject: "Palestinian witnesses say …"; 2 of PolNeAR's 25,000 gold cues), a participle
 * right after an article ("the announced investment"), and a plural noun after a quantifier ("Both sides"). Skipped
 * in training too, so both see the same candidates.
 */
export function notACue(ctx: DocContext, i: number, e: number, a: number, b: number): boolean {
  if (e < b && SPEECH_AFTER.has(nm(ctx, e))) return true;
  // "Ceasefire talks resume", "the peace talks collapsed": negotiations, no one talking.
  if (nm(ctx, i) === 'talks' && i - 1 >= a && TALKS_KINDS.has(nm(ctx, i - 1))) return true;
  // "the 12th seed Naomi Whitfield": a tournament's ranking (the stemmer read it as a form of a cue verb).
  if (e === i + 1 && (nm(ctx, i) === 'seed' || nm(ctx, i) === 'seeds')) return true;
  // "twice as fast as expected": a comparison's standard, no one's expectation reported.
  if (e === i + 2 && i - 2 >= a && nm(ctx, i) === 'as' && nm(ctx, i + 1) === 'expected' && nm(ctx, i - 2) === 'as') return true;
  if (e === i + 1 && FIRE_VERBS.has(nm(ctx, i)) && firesWeapon(ctx, e, b)) return true;
  // "who was granted anonymity to discuss …": the outlet's leave to speak unnamed, no one's words.
  if (e < b && nm(ctx, e - 1) === 'granted' && nm(ctx, e) === 'anonymity') return true;
  // "who declined to be named because …", "asked not to be identified": a source's anonymity, no one's words.
  if (e + 2 < b && nm(ctx, e) === 'to' && nm(ctx, e + 1) === 'be' && ANONYMOUS.has(nm(ctx, e + 2))) return true;
  if (e - 3 >= a && ANONYMOUS.has(nm(ctx, e - 1)) && nm(ctx, e - 2) === 'be' && nm(ctx, e - 3) === 'to') return true;
  // "… granted anonymity to discuss …", "not authorized to speak publicly": what they were not free to do.
  if (e - 3 >= a && nm(ctx, e - 2) === 'to' && (nm(ctx, e - 3) === 'anonymity' || AUTHORIZED.has(nm(ctx, e - 3)))) return true;
  // "face murder charges", "facing charges": a prosecution's charges, no one's claim.
  if (e === i + 1 && (nm(ctx, i) === 'charges' || nm(ctx, i) === 'charge') && facedBefore(ctx, i, a)) return true;
  // "The S&P 500 declined 1.3%", "Robinson added 14 points": a figure after the verb is an amount, not words.
  if (e === i + 1 && e < b && AMOUNT_VERBS.has(nm(ctx, i)) && isNumberStart(ctx.tokens.text(e))) return true;
  // "Note: The Kyiv Independent could not verify …": the editor's imperative opening a note, no one's words.
  if (i === a && nm(ctx, i) === 'note' && e === i + 2 && ctx.tokens.text(i + 1) === ':') return true;
  // "who was not authorized to talk to the press": leave not given, no one's words (the cue ends at "authorized").
  if (AUTHORIZED.has(nm(ctx, e - 1)) && e - 2 >= a && (nm(ctx, e - 2) === 'not' || (e - 3 >= a && nm(ctx, e - 3) === 'not'))) return true;
  // "…, a decision parents say will force …": a noun whose relative clause has its own speaker and verb; the "say" is
  // the cue (the noun had taken "parents say will force …" as its content).
  if (((e === i + 1 && i > a && ARTICLES.has(nm(ctx, i - 1))) || (e === i + 2 && ARTICLES.has(nm(ctx, i)))) && relativeSpeakerAfter(ctx, e, b)) return true;
  // "JSW Steel, in its earnings call last week, flagged …": a conference call, no call for anything.
  if (e === i + 1 && nm(ctx, i) === 'call' && i > a && (nm(ctx, i - 1) === 'earnings' || nm(ctx, i - 1) === 'conference')) return true;
  // "call 101, quoting log 4127 of 21 February", "Notes to editors": a police reference and a press release's section.
  if (nm(ctx, i) === 'quoting' && e === i + 1 && e < b && REFERENCES.has(nm(ctx, e))) return true;
  if (i === a && nm(ctx, i) === 'notes' && e === i + 1 && e + 1 < b && nm(ctx, e) === 'to' && nm(ctx, e + 1) === 'editors') return true;
  // "who gave her name only as Shanice": naming oneself, no claim.
  if (nm(ctx, i) === 'gave' && e === i + 1 && e + 1 < b && POSSESSIVE_DETERMINERS.has(nm(ctx, e)) && nm(ctx, e + 1) === 'name') return true;
  // "It is worth noting that …": the reporter's aside, no one noting anything.
  if (e === i + 1 && i > a && nm(ctx, i - 1) === 'worth' && (nm(ctx, i) === 'noting' || nm(ctx, i) === 'mentioning')) return true;
  // "…, in a case that rights groups say is …": a court case, not an argument made ("made the case that …").
  if (nm(ctx, e - 1) === 'case' && i > a && nm(ctx, i - 1) === 'in') return true;
  // "died in the blast,", "port blast victims": the explosion, not "X blasted the plan".
  if (e === i + 1 && (nm(ctx, i) === 'blast' || nm(ctx, i) === 'blasts') && ((i > a && ARTICLES.has(nm(ctx, i - 1))) || (e < b && BLAST_AFTER.has(nm(ctx, e))))) return true;
  // "The tanker overturned on a highway": a vehicle's overturning, not a court's ("overturned the ruling").
  if (e === i + 1 && OVERTURN.has(nm(ctx, i)) && e < b && PLACE_PREPOSITIONS.has(nm(ctx, e))) return true;
  // "Hurricane Milton slammed into Florida's Gulf Coast": a collision, not "X slammed the plan".
  if (e < b && nm(ctx, e) === 'into' && IMPACT_VERBS.has(nm(ctx, e - 1))) return true;
  // "The driver, identified as Marcus Reed of Kettering, was speeding": an apposition naming someone, no attribution.
  if (nm(ctx, i) === 'identified' && i > a && nm(ctx, i - 1) === ',' && nm(ctx, i + 1 < e ? i + 1 : e) === 'as') return true;
  // "In a report sent to clients, the firm estimated …": a message noun and how it travelled, no cue of its own.
  // (Not "said in a statement released …": only a phrase that is the noun itself.)
  if (e < b && (e === i + 1 || ARTICLES.has(nm(ctx, i))) && (ROUTED.has(nm(ctx, e)) || RECEIVED.has(nm(ctx, e))) && MESSAGE_NOUNS.has(nm(ctx, e - 1))) return true;
  // "Mayor X, in a statement released Thursday evening, called …": the message and its route as an aside after the
  // subject; the verb after it is the cue.
  if (nm(ctx, i) === 'in' && i > a && nm(ctx, i - 1) === ',' && e - i >= 3 && (ROUTED.has(nm(ctx, e - 1)) || RECEIVED.has(nm(ctx, e - 1)))) return true;
  // "in a message posted on social media, thanked …": the message's participle, a passive with no source of its own.
  if (e === i + 1 && i > a && ROUTED.has(nm(ctx, i)) && (MESSAGE_NOUNS.has(nm(ctx, i - 1)) || nm(ctx, i - 1) === 'video')) return true;
  // "X said …, with results expected in the spring": a participle of an absolute phrase, no cue taking the clause before.
  if (nm(ctx, i) === 'expected' && withNounBefore(ctx, i, a)) return true;
  // "who is wanted by the International Criminal Court", "wanted for questioning": sought for arrest, not a wish.
  if (nm(ctx, i) === 'wanted' && e < b && (nm(ctx, e) === 'by' || nm(ctx, e) === 'for') && i > a && BE_FORMS.has(nm(ctx, i - 1))) return true;
  // "On July 8, 1947, witnesses claim a spaceship …": a plural noun before a verb of claiming is its subject.
  if (e === i + 1 && e < b && CLAIMING_AFTER.has(nm(ctx, e)) && isPluralNoun(nm(ctx, i))) return true;
  // "Nvidia shares slide as …", "shares fell 6%": the stock's shares, not someone sharing a view.
  if (e === i + 1 && e < b && nm(ctx, i) === 'shares' && MARKET_MOVES.has(nm(ctx, e))) return true;
  // "received a call from Macron", "held a phone call with his counterpart": a telephone call, not a call for something.
  if (e === i + 1 && e < b && CALL_NOUNS.has(nm(ctx, i)) && (nm(ctx, e) === 'from' || nm(ctx, e) === 'with')) return true;
  // "did not immediately return a call seeking comment": no content, as PolNeAR leaves "return a request" (0 of 1).
  if (e === i + 1 && i - 2 >= a && (nm(ctx, i) === 'call' || nm(ctx, i) === 'calls') && RETURNED.has(nm(ctx, i - 2))) return true;
  // "Informed sources told Asharq Al-Awsat …", "informed political sources told …": an adjective on the speakers, not the
  // verb "informed".
  if (e === i + 1 && e < b && nm(ctx, i) === 'informed' && (INFORMED_PEOPLE.has(nm(ctx, e)) || (e + 1 < b && INFORMED_PEOPLE.has(nm(ctx, e + 1))))) return true;
  // "the defending champion": an adjective, not a defence of anything.
  if (e === i + 1 && e < b && nm(ctx, i) === 'defending' && TITLE_HOLDERS.has(nm(ctx, e))) return true;
  // "The enhanced support will cost …", "the report would show": a one-word cue right before a modal is its subject noun.
  if (e === i + 1 && e < b && i > a && MODALS.has(nm(ctx, e)) && nounAfterArticle(ctx, i, a)) return true;
  // "…, a pledge that has narrowed her options": a noun summing up the clause before, no cue of its own.
  if (e === i + 1 && i - 2 >= a && e < b && (nm(ctx, i - 1) === 'a' || nm(ctx, i - 1) === 'an') && nm(ctx, i - 2) === ','
    && (nm(ctx, e) === 'that' || nm(ctx, e) === 'which')) return true;
  if (thatSaid(ctx, i, e, a, b) || saidFirstName(ctx, i, e, a, b) || documentSeenBy(ctx, i, e, b)) return true;
  if (showNoun(ctx, i, e, a, b) || expectingChild(ctx, e, b)) return true;
  // "a 3-minute read", "a good read": the noun.
  if (e === i + 1 && i > a && nm(ctx, i) === 'read' && (ARTICLES.has(nm(ctx, i - 1)) || /^(?:minute|quick|good|long)$/.test(nm(ctx, i - 1)))) return true;
  // "stopped short of endorsing a cut": what was not said.
  if (i - 2 >= a && nm(ctx, i - 1) === 'of' && nm(ctx, i - 2) === 'short') return true;
  // "emails, meeting notes and internal audits", "the notes show": the noun, not "Viguerie notes".
  // "wrote in a note to clients": the message, not the verb.
  if (e === i + 1 && i > a && (nm(ctx, i) === 'notes' || nm(ctx, i) === 'note') && (ARTICLES.has(nm(ctx, i - 1)) || POSSESSIVE_DETERMINERS.has(nm(ctx, i - 1)) || NOTE_KINDS.has(nm(ctx, i - 1)))) return true;
  // "its director of admissions after an inquiry": a plural noun after "of" with an adjunct after it, not a verb (not
  // "of claims that …", "because of reports they torture …").
  if (e === i + 1 && i > a && nm(ctx, i - 1) === 'of' && nm(ctx, i).endsWith('s') && !isCapitalized(ctx, i)
    && (e >= b || ((PREPOSITIONS.has(nm(ctx, e)) || CLAUSE_PUNCTUATION.has(nm(ctx, e))) && !NOUN_CUE_COMPLEMENTS.has(nm(ctx, e))))) return true;
  // "long lines formed at the AeroLux counters.": a noun ending its clause after a place preposition, an article and a
  // name (not "refugees into the United States cite concerns").
  if (e === i + 1 && i - 3 >= a && (e >= b || CLAUSE_PUNCTUATION.has(nm(ctx, e))) && PLACE_PREPOSITIONS.has(nm(ctx, i - 3))
    && ARTICLES.has(nm(ctx, i - 2)) && isCapitalized(ctx, i - 1)) return true;
  // "slightly below estimates of $2.14 billion", "its previous forecast of $8.7 billion": the market's figure compared.
  if (e === i + 1 && i > a && MARKET_FIGURES.has(nm(ctx, i)) && COMPARED.has(nm(ctx, i - 1))) return true;
  // "What they're saying: “…,” Raman said.": a section label's words are no cue.
  if (i - a <= 5 && i > a && sectionLabelEnd(ctx, a, b) > i) return true;
  if (i <= a) return false;
  if (insideName(ctx, i, a, b) || nameInProse(ctx, i, e, b)) return true;
  const before = nm(ctx, i - 1);
  if (ARTICLES.has(before) && nm(ctx, i).endsWith('ed')) return true;
  // "…, without elaborating.": nothing said, so no content (PolNeAR keeps "without mentioning Sanders").
  if (before === 'without' && (e >= b || nm(ctx, e) === '.' || nm(ctx, e) === ',' || nm(ctx, e) === ';')) return true;
  // "Some witnesses to the shooting said …", "Both sides hope …": one word in -s after a plural quantifier is a plural
  // noun, not a verb (which would not agree with it).
  return e === i + 1 && PLURAL_QUANTIFIERS.has(before) && nm(ctx, i).endsWith('s');
}

/** Nouns that make "notes" the noun after them ("meeting notes", "handwritten notes"). */
const NOTE_KINDS = new Set(['meeting', 'handwritten', 'internal', 'field', 'case', 'lecture', 'class', 'briefing', 'liner', 'release',
  'sticky', 'research', 'interview', 'session', 'private', 'detailed', 'contemporaneous', 'clinical', 'medical', 'police']);
const ANONYMOUS = new Set(['named', 'identified']);
/** Leave to speak ("not authorized to discuss …"), British spelling too. */
const AUTHORIZED = new Set(['authorized', 'authorised', 'permitted']);
const MARKET_FIGURES = new Set(['estimate', 'estimates', 'forecast', 'forecasts', 'projection', 'projections']);
const COMPARED = new Set(['below', 'above', 'beat', 'beats', 'beating', 'missed', 'misses', 'missing', 'topped', 'tops', 'topping',
  'exceeded', 'exceeding', 'than', 'previous', 'prior', 'earlier', 'consensus']);
/** Words that make "show" the noun before it: a kind of show ("the talk show", "TV show"). */
const SHOW_KINDS = new Set(['tv', 'talk', 'reality', 'chat', 'radio', 'cooking', 'morning', 'hit', 'comedy', 'quiz', 'award',
  'awards', 'fashion', 'trade', 'air', 'road', 'motor', 'car', 'late-night', 'variety', 'flower', 'dog', 'cable']);

/**
 * "She found fame on the ITV2 show, where …", "his show", "the talk show": the noun, not "polls show". After an article
 * or possessive, after a kind of show, or after an article and a capitalised word when punctuation or a preposition
 * follows (not "The FEC shows Trump raised …").
 */
function showNoun(ctx: DocContext, i: number, e: number, a: number, b: number): boolean {
  if (e !== i + 1 || i <= a || (nm(ctx, i) !== 'show' && nm(ctx, i) !== 'shows')) return false;
  const before = nm(ctx, i - 1);
  if (ARTICLES.has(before) || POSSESSIVE_DETERMINERS.has(before) || SHOW_KINDS.has(before)) return true;
  if (i - 2 < a || !ARTICLES.has(nm(ctx, i - 2)) || !isCapitalized(ctx, i - 1)) return false;
  return e >= b || !isWord(ctx, e) || AFTER_SHOW_NOUN.has(nm(ctx, e));
}
const AFTER_SHOW_NOUN = new Set(['where', 'which', 'in', 'on', 'at', 'for', 'with', 'of', 'and', 'host', 'hosts', 'was', 'is']);

/** "are expecting their first baby", "is expecting twins": a pregnancy, not an expectation reported. */
function expectingChild(ctx: DocContext, e: number, b: number): boolean {
  if (nm(ctx, e - 1) !== 'expecting') return false;
  for (let k = e; k < b && k < e + 4; k++) if (CHILDREN.has(nm(ctx, k))) return true;
  return false;
}
const CHILDREN = new Set(['baby', 'child', 'twins', 'triplets', 'son', 'daughter', 'boy', 'girl']);

/**
 * "Said Jalili, Iran's former negotiator, said: …": a sentence-opening "Said" before a name, when a "said" or "told"
 * follows before any quote, is the name's first word ("Said Ellis: “…”" keeps its cue).
 */
function saidFirstName(ctx: DocContext, i: number, e: number, a: number, b: number): boolean {
  if (i !== a || e !== i + 1 || ctx.tokens.text(i) !== 'Said' || e >= b || !isCapitalized(ctx, e)) return false;
  for (let k = e + 1; k < b && !isOpenQuoteMark(ctx, k); k++) if (SPEECH_AFTER.has(nm(ctx, k)) && !isCapitalized(ctx, k)) return true;
  return false;
}

/**
 * "A document seen by AFP shows …", "a letter obtained by Reuters": a participle of receiving after a noun names how
 * the document reached the outlet, no cue of the outlet's; "an option seen by organizers as a lifeboat" (PolNeAR's one
 * such gold cue) keeps it, with its "as".
 */
function documentSeenBy(ctx: DocContext, i: number, e: number, b: number): boolean {
  if (e !== i + 2 || nm(ctx, i + 1) !== 'by' || !RECEIVED.has(nm(ctx, i))) return false;
  for (let k = e; k < b && k < e + 8; k++) {
    const n = nm(ctx, k);
    if (n === 'as') return false;
    if (n === ',' || n === '.') break;
  }
  return true;
}

/**
 * "Another analyst, Sayed Masoud, said …": a capitalised word before another, mid-sentence after a comma or a lower-case
 * word (prose, not a title-case headline), is a name, however like a cue word it looks.
 */
function nameInProse(ctx: DocContext, i: number, e: number, b: number): boolean {
  if (e !== i + 1 || e >= b || !isCapitalized(ctx, i) || !isCapitalized(ctx, e) || !isWord(ctx, e)) return false;
  if (nm(ctx, i - 1) !== ',' && (!isWord(ctx, i - 1) || isCapitalized(ctx, i - 1))) return false;
  // Prose: most of the sentence's words are lower-case ("Clinton Says Russians Hacked DNC, Calls Trump’s …" is a title).
  const a = ctx.sentences[ctx.sentOf[i]].firstToken;
  let lower = 0;
  let words = 0;
  for (let k = a; k < b; k++) {
    if (!isWord(ctx, k)) continue;
    words++;
    if (!isCapitalized(ctx, k)) lower++;
  }
  return lower * 2 > words;
}

/** "with results expected", "with a decision expected": "with" and a short noun phrase right before token i. */
function withNounBefore(ctx: DocContext, i: number, a: number): boolean {
  // Predicative ("expected in the spring", "expected to rise", "expected soon"), not "with Trump's expected answers".
  if (i + 1 < ctx.tokens.length && isWord(ctx, i + 1) && !AFTER_EXPECTED.has(nm(ctx, i + 1))) return false;
  for (let k = i - 2; k >= a && k >= i - 4; k--) {
    if (nm(ctx, k) === 'with') return saidBefore(ctx, a, k);
    if (!isWord(ctx, k + 1) || BE_FORMS.has(nm(ctx, k + 1))) return false;
  }
  return false;
}
/** Whether a speech verb comes in [a, k): the absolute phrase then trails a reported clause it must not take over
 * (PolNeAR marks "with over 30,000 immigrants expected this year" where nothing was said before). */
function saidBefore(ctx: DocContext, a: number, k: number): boolean {
  for (let j = a; j < k; j++) if (SPEECH_AFTER.has(nm(ctx, j))) return true;
  return false;
}
const MESSAGE_NOUNS = new Set(['report', 'statement', 'letter', 'note', 'memo', 'message', 'email', 'document', 'notice', 'circular']);
const AFTER_EXPECTED = new Set(['in', 'on', 'at', 'by', 'to', 'within', 'before', 'after', 'next', 'this', 'later', 'soon', 'shortly', 'from']);
const RETURNED = new Set(['return', 'returned', 'returning', 'returns']);
const TITLE_HOLDERS = new Set(['champion', 'champions', 'titleholder', 'titleholders', 'holder', 'holders']);
const INFORMED_PEOPLE = new Set(['source', 'sources', 'official', 'officials', 'people', 'observers', 'circles', 'insiders', 'persons']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);

/**
 * A word that is no past tense and follows an article ("the talks will"), or an article and one lower-case word when
 * it is no verb in -s either ("The enhanced support will"; "a decline the foundation predicts will continue" is a verb).
 */
function nounAfterArticle(ctx: DocContext, i: number, a: number): boolean {
  const w = nm(ctx, i);
  if (w.endsWith('ed') || SPEECH_AFTER.has(w)) return false;
  if (ARTICLES.has(nm(ctx, i - 1))) return true;
  return !w.endsWith('s') && i - 2 >= a && ARTICLES.has(nm(ctx, i - 2)) && isWord(ctx, i - 1) && !isCapitalized(ctx, i - 1);
}
const CALL_NOUNS = new Set(['call']); // not "calls from X to drop out": demands
const FIRE_VERBS = new Set(['fire', 'fires', 'fired', 'firing']);
const BLAST_AFTER = new Set(['victims', 'victim', 'site', 'survivors', 'wave', 'zone', 'radius', ',', '.', 'in', 'at', 'on', 'that', 'which']);
const MARKET_MOVES = new Set(`rise rises rose fall falls fell slide slides slid jump jumps jumped drop drops dropped tumble tumbles
  tumbled plunge plunges plunged surge surges surged climb climbs climbed soar soars soared sink sinks sank gain gains gained
  dip dips dipped rally rallies rallied slump slumps slumped edge edges edged sag sags sagged slip slips slipped skid skids
  skidded rebound rebounds rebounded recover recovers recovered close closes closed end ends ended open opens opened hit hits
  were are was is have had`.split(/\s+/));
const OVERTURN = new Set(['overturned', 'overturns', 'overturn']);
const IMPACT_VERBS = new Set(['slammed', 'slams', 'slam', 'crashed', 'crashes', 'smashed', 'rammed', 'plowed', 'ploughed', 'barreled', 'hit', 'hits']);
/** What follows a plural noun cue that reports ("claims that", "warnings about", "accusations of", "reports by"). */
const NOUN_CUE_COMPLEMENTS = new Set(['that', 'about', 'of', 'by', 'from', 'against', 'to', 'on']);
const CLAUSE_PUNCTUATION = new Set(['.', ',', ';', '!', '?']);
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'near', 'off', 'along', 'onto', 'into', 'outside']);
/** What is fired when nothing is said ("fired back" and "fired off a letter" are cues). */
const WEAPONS = new Set(['tear', 'gas', 'shot', 'shots', 'rocket', 'rockets', 'missile', 'missiles', 'bullet', 'bullets', 'round',
  'rounds', 'shell', 'shells', 'mortar', 'mortars', 'grenade', 'grenades', 'warning', 'rubber', 'live', 'water', 'cannon', 'flares', 'weapons', 'guns']);

/** "Police fired tear gas at protesters", "fired at least four rounds": a weapon within the next four words. */
function firesWeapon(ctx: DocContext, e: number, b: number): boolean {
  for (let k = e; k < b && k < e + 4; k++) if (WEAPONS.has(nm(ctx, k))) return true;
  return false;
}

/**
 * A capitalised cue word right after a capitalised word inside a prose sentence is part of a name: "NBC's Today
 * Show", "the Pacific Tsunami Warning Center". A headline in title case ("Clinton Says Russians Hacked DNC") keeps its
 * cues: there nearly every longer word is capitalised, in prose more than a fifth are not, however many names it has.
 * (PolNeAR: no gold cue of this shape in prose.)
 */
function insideName(ctx: DocContext, i: number, a: number, b: number): boolean {
  if (!isCapitalized(ctx, i) || !isWord(ctx, i - 1) || !isCapitalized(ctx, i - 1)) return false;
  let words = 0;
  let lower = 0;
  for (let k = a; k < b; k++) {
    if (!isWord(ctx, k) || ctx.tokens.text(k).length <= 3) continue;
    words++;
    if (!isCapitalized(ctx, k)) lower++;
  }
  return lower * 5 > words;
}

/** The discourse marker "That said, …" at the sentence start (as the phrase "that said" or "said" after "That"). */
function thatSaid(ctx: DocContext, i: number, e: number, a: number, b: number): boolean {
  if (e >= b || e - 1 <= a || nm(ctx, e - 1) !== 'said' || ctx.tokens.text(e) !== ',') return false;
  return e - 2 === a && nm(ctx, a) === 'that' && i <= a + 1;
}

const FACE_FORMS = new Set(['face', 'faces', 'faced', 'facing']);

/** Whether "face" comes right before token i or one word before it ("faces charges", "faced murder charges"). */
function facedBefore(ctx: DocContext, i: number, a: number): boolean {
  return (i - 1 >= a && FACE_FORMS.has(nm(ctx, i - 1))) || (i - 2 >= a && FACE_FORMS.has(nm(ctx, i - 2)));
}

/** Whether one to three words (a speaker: "parents", "the developer") then "say(s)"/"said" follow token e. */
function relativeSpeakerAfter(ctx: DocContext, e: number, b: number): boolean {
  for (let k = e + 1; k < b && k <= e + 5; k++) {
    if (!isWord(ctx, k - 1) || ctx.quoteOf[k - 1] >= 0 || nm(ctx, k - 1) === 'that') return false;
    if (SPEECH_AFTER.has(nm(ctx, k))) return k + 1 < b && isWord(ctx, k + 1);
    // "…, a decision Superintendent Raymond Oduya called “painful but necessary”": a naming verb and its quote.
    if (NAMING_VERBS.has(nm(ctx, k))) return k + 1 < b && (isWord(ctx, k + 1) || isOpenQuoteMark(ctx, k + 1));
  }
  return false;
}

const REFERENCES = new Set(['log', 'reference', 'ref', 'incident', 'crime', 'case', 'occurrence', 'report', 'number']);

const AMOUNT_VERBS = new Set(['declined', 'declines', 'added', 'adds']);


// Closed word classes the claim rules key on (normalised, lower-case).

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const PRONOUNS = set(`he she they we i you it who his her their our its my your them him us me`);

/** Personal pronouns in the subject case ("a video it said shows", "says it respects …"). */
export const PERSONAL_SUBJECTS = set(`he she it they we i`);

/** Possessive determiners ("his critique of", "its criticism of"). */
export const POSSESSIVE_DETERMINERS = set(`his her their its our my your`);

/** Subject pronouns that can be speakers. */
export const SUBJECT_PRONOUNS = set(`he she they we i you who`);

/** Words that end a source noun phrase when walking left from a cue. */
export const NP_LEFT_STOPS = set(`that which and but or because while when as if after before since though although
  where so than then whether once until unless whereas even also just still ever both either nor yet what whom`);

/** Words allowed at the start of a clause before the content (complementisers belong to the content). */
export const COMPLEMENTISERS = set(`that whether if how what why when where who which to`);

/** Prepositions that open adjuncts between a cue and its content ("said on Monday that"). */
export const PREPOSITIONS = set(`on in at during after before with to for from about of by over via through
  later earlier last this yesterday today tonight monday tuesday wednesday thursday friday saturday sunday`);

/** Cue heads that take a recipient before the content ("told reporters that", "urged Congress to"). */
export const RECIPIENT_CUES = set(`told tell tells telling asked ask asks asking warned warn warns warning urged urge
  urges urging assured assure assures reminded remind reminds informed inform informs promised promise promises
  advised convinced persuaded notified briefed wrote write writes emailed texted`);

/** Cue heads that can follow their content with the source after them ("…,” said X). */
export const INVERSION_CUES = set(`said says say added adds wrote writes asked asks told tells continued explained noted
  recalled replied responded insisted argued warned declared stated suggested acknowledged quipped tweeted concluded
  conceded countered remarked observed announced reported according predicted cautioned admitted agreed claimed
  explains notes recalls replies responds insists argues warns declares states suggests acknowledges quips concludes
  concedes counters remarks observes announces predicts cautions admits scoffed fumed retorted joked mused sneered`);

/** Words that open the subject of a relative clause whose pronoun is its object ("who he dubbed", "who many feel"). */
export const RELATIVE_CLAUSE_SUBJECTS = set(`he she they we i you it his her their its my our your the a an many some most
  several few`);

/** The clitic "'s" in both apostrophes (a possessive, or "is"/"has"). */
/** Finite auxiliaries and modals: after a subject they open its verb phrase ("Trump has a long history of"). */
export const FINITE = set(`is was were are am has have had will would can could may might must shall should do does did`);

/** Relative pronouns that open a clause on the noun before them. */
export const RELATIVE_PRONOUNS = set(`who which that whom whose`);

export const APOSTROPHE_S = set(`'s ’s`);

/** A word in -ing long enough to be a gerund or participle ("saying", not "king"). */
export const isGerund = (w: string): boolean => w.length >= 5 && w.endsWith('ing');

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);
/** Parts of a day after a weekday ("Friday afternoon"). */
export const TIMES_OF_DAY = set(`morning afternoon evening night`);
/** Words that open a time adjunct before a time word ("last week", "early Sunday", "on Monday"). */
export const TIME_LEADS = set(`on last this next early late earlier later`);

/** What "quoted as" / "cited as" may end with in a cue whose subject speaks ("is quoted as saying"). */
export const QUOTED_AS = set(`saying telling stating writing`);

export const MONTHS = set(`january february march april may june july august september october november december`);

/** Auxiliaries, modals, negation and adverbs of a verb group. */
export const VERB_GROUP = set(`has have had having is was were are be been being am do does did will would shall
  should can could may might must not never also later previously repeatedly recently reportedly often once again
  already further then publicly privately quickly immediately firmly even just still first initially now n't t`);

/** Common irregular past tenses ("Dutch voters dealt a blow … by", "Trump took offense at"). */
export const IRREGULAR_PAST = new Set(['began', 'sent', 'dealt', 'took', 'made', 'gave', 'went', 'came', 'spoke', 'wrote', 'told',
  'held', 'met', 'ran', 'won', 'kept', 'brought', 'thought', 'felt', 'got', 'saw', 'knew', 'stood', 'struck', 'drew',
  'threw', 'chose', 'rose', 'fell', 'flew', 'sought', 'fought', 'paid', 'spent', 'built', 'sold', 'heard', 'became', 'said']);
/** A past tense or participle by its form: an irregular one, or a word of five letters or more in -ed (not "red", "bed"). */
export const isPastForm = (w: string): boolean => IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'));

/** Words that typically are verbs/adverbs, ending a subject noun phrase walking right. */
export const SUBJECT_END = set(`has have had is was were are will would can could may might must did does do said
  says also held met told discussed thanked called noted added expressed stressed explained pointed warned
  described urged visited made took gave went came launched announced`);

/** Determiners and the like that can open a descriptive speaker ("the top Iranian diplomat"). */
export const DETERMINERS = set(`the a an this that these those another some many most several both each every one
  two three four five few other`);

/** Words in -ly that are no manner adverbs: nouns and adjectives ("said family members", "said elderly voters"). */
/** Nouns in -ly that head a noun phrase ("The family said …", "a pro-Trump rally"). */
export const LY_NOUNS = set(`family assembly supply reply anomaly monopoly oligopoly rally tally bully elderly weekly quarterly
  homily butterfly`);
const LY_NON_ADVERBS = new Set([...LY_NOUNS, ...set(`friendly lonely costly likely unlikely monthly yearly daily hourly
  nightly deadly lovely lively timely orderly ugly silly`)]);

/** A lower-case manner adverb in -ly of 6+ letters ("pleasantly", "quietly"); shorter ones ("only", "early") are not. */
export function isMannerAdverb(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length >= 6 && word.endsWith('ly') && c >= 97 && c <= 122 && !LY_NON_ADVERBS.has(word);
}

/** The articles ("the talks will", "a report"). */
export const ARTICLES = set(`the a an`);

/** Participles of a message reaching the outlet ("a statement received by Rudaw", "a letter seen by Reuters"): the
 * agent after them got the words, where "released by", "issued by" name who gave them out. */
export const RECEIVED = set(`received seen obtained reviewed viewed`);
/** Participles of a message's route out, besides RECEIVED ("a statement issued by …", "a letter sent to …"). */
export const ROUTED = set(`sent issued released posted published shared carried circulated distributed`);

/** Forms of "be" before a participle ("is wanted by", "was seen"). */
export const BE_FORMS = set(`is was are were be been being`);

/** Contrast links opening a clause beside a reported one ("…, while ESPN sources said …"). */
export const CONTRAST_LINKS = set(`while whereas`);
/** "told" and its forms: the noun phrase after them is whom the speaker told, never the speaker or the content ("“…,”
 * Graham, a former candidate, told CBS News"). */
export const TOLD_FORMS = set(`told tells tell`);
/** Plain verbs of saying, as the head of a cue ("said", "told", "wrote"). */
export const SAYING_VERBS = set(`said says say told tells wrote writes reported reports claimed claims insisted argued added stated`);

/** What a speaker says something in, to someone ("in a letter to", "in an interview to", "in a statement released by"). */
export const MESSAGES = set(`comment comments letter statement interview message post note email speech address briefing memo video call
  reply response filing disclosure`);

/** A number in figures or words ('20', 'four', 'dozens', 'half'): "said about 20 people" approximates it, "about" is
 * no topic's. */
const NUMBER_START_RE = /^(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|half|dozens?)$)/i;

export function isNumberStart(word: string): boolean {
  return NUMBER_START_RE.test(word);
}

/** Conjunctions that open a subordinate clause, whose verbs are that clause's own ("because he was", "if the candidate won"). */
export const SUBORDINATORS = set(`if after before when because since while although though unless until as once whether`);

/** Verbs that name what a thing is called, as a relative clause after a summing-up noun writes them ("…, a decision X
 *  called “painful”"; not-a-cue.ts and cues.ts). */
export const NAMING_VERBS = set(`called calls described describes termed terms dubbed labeled labelled`);

// Small closed word lists used by the rules. General English, no article-specific names.

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);
/** Relative-date words that may follow a date ("September 24 last year") or stand with one ("last week"). */
export const RELATIVE = new Set(['last', 'next', 'this', 'previous', 'coming', 'past']);
export const PERIODS = new Set(['year', 'month', 'week', 'weekend', 'decade', 'century', 'spring', 'summer', 'autumn',
  'fall', 'winter', 'morning', 'evening', 'night', 'afternoon']);

/**
 * Nationalities, religions and political groups that the demonym list (i18n-nationality) lacks: NORP in
 * OntoNotes terms. Plural forms are derived.
 */
export const NORP_WORDS = new Set([
  'arab', 'arabs', 'kurd', 'kurds', 'kurdish', 'persian', 'palestinian', 'palestinians', 'muslim', 'muslims',
  'moslem', 'moslems', 'islamic', 'islamist', 'islamists', 'christian', 'christians', 'catholic', 'catholics',
  'protestant', 'protestants', 'orthodox', 'jew', 'jews', 'jewish', 'hindu', 'hindus', 'buddhist', 'buddhists',
  'sikh', 'sikhs', 'shiite', 'shiites', "shi'ite", 'shia', 'sunni', 'sunnis', 'alawite', 'alawites', 'druze',
  'yazidi', 'yazidis', 'pashtun', 'pashtuns', 'tamil', 'tamils', 'hutu', 'hutus', 'tutsi', 'tutsis', 'serb', 'serbs',
  'croat', 'croats', 'bosniak', 'bosniaks', 'basque', 'basques', 'catalan', 'catalans', 'chechen', 'chechens',
  'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'conservative', 'conservatives', 'labour',
  'socialist', 'socialists', 'communist', 'communists', 'liberal', 'liberals', 'european', 'europeans', 'asian',
  'asians', 'african', 'africans', 'latino', 'latinos', 'latina', 'latinas', 'hispanic', 'hispanics', 'western', 'soviet', 'zionist',
  'baltic', 'nordic', 'scandinavian', 'scandinavians', 'caucasian', 'balkan', 'anglo', 'uighur', 'uighurs', 'uyghur',
  'uyghurs', 'rohingya', 'bedouin', 'berber', 'berbers', 'maori', 'aboriginal', 'evangelical', 'evangelicals',
  'mormon', 'mormons', 'amish', 'coptic', 'copts',
]);

/** One-word names of organisations the CoNLL-trained tagger reads as MISC (a party or group written as a modifier,
 * "GOP nominee", "ISIS fighters"; "the Fed"). */
export const MISC_READ_ORGS = new Set(['GOP', 'ISIS', 'ISIL', 'Fed']);

/** News outlets, pollsters and platforms, which news names most often and the tagger reads as places ("on Facebook"),
 * works (MISC "Fox News") or people (a headline's "Twitter takes …"): always organisations. Names a person also has
 * ("Bloomberg", "Fox") are left to the tagger. */
export const MEDIA_ORGS = new Set(['Facebook', 'Twitter', 'Instagram', 'YouTube', 'LinkedIn', 'Snapchat', 'Reddit',
  'Google', 'CNN', 'MSNBC', 'CNBC', 'NBC', 'CBS', 'NPR', 'PBS', 'Fox News', 'Politico', 'Breitbart', 'Breitbart News',
  'Gallup', 'Reuters', 'Associated Press', 'BuzzFeed', 'HuffPost', 'Huffington Post', 'Newsmax', 'Quinnipiac']);

/** Agencies and unions as house styles that dot acronyms write them (The New York Times' "F.A.A.", "E.U."): the
 * CoNLL-trained tagger, which saw them undotted, reads most as MISC. */
export const DOTTED_ORGS = new Set(['E.U.', 'A.U.', 'U.N.', 'F.A.A.', 'F.B.I.', 'C.I.A.', 'I.R.S.', 'S.E.C.', 'W.T.O.',
  'E.P.A.', 'F.D.A.', 'N.S.A.', 'F.C.C.', 'F.E.C.', 'N.A.T.O.', 'I.M.F.', 'N.A.A.C.P.', 'A.C.L.U.', 'G.O.P.']);

/** US states and the District as AP style abbreviates them ("Sen. Rand Paul (Ky.)", "Manchester, N.H."): the tagger
 * reads them as LOC or ORG ("D.C. statehood"); they are GPEs like the full names. Forms that are also words or titles
 * (Miss., Mass. in "funeral Mass", Ind. for Independent) are left out. */
export const STATE_ABBREVIATIONS = new Set(['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.',
  'Ill.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mich.', 'Minn.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.',
  'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Va.', 'Vt.', 'Wash.', 'W.Va.',
  'Wis.', 'Wyo.', 'D.C.']);

/** Last words that make a MISC or LOC name an event ("World Cup", "Gulf War", "Olympic Games", "Cold War"). */
export const EVENT_HEADS = new Set([
  'war', 'wars', 'cup', 'olympics', 'olympiad', 'games', 'championship', 'championships', 'open', 'summit',
  'conference', 'election', 'elections', 'revolution', 'festival', 'prix', 'tour', 'crisis', 'uprising',
  'massacre', 'intifada', 'spring', 'marathon', 'derby', 'classic', 'series', 'bowl', 'expo', 'forum', 'congress',
  'rally', 'tournament', 'trophy', 'invasion', 'genocide', 'holocaust', 'olympic', 'convention',
]);

/** First words of event names ("Hurricane Katrina"). */
export const EVENT_OPENERS = new Set(['hurricane', 'typhoon', 'cyclone']);

/** Capitalised words that are never a person on their own (invocations, titles of address). */
export const NOT_PERSON = new Set(['god', 'allah', 'lord', 'almighty', 'sir', 'madam']);

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
  'asians', 'african', 'africans', 'latino', 'latinos', 'hispanic', 'hispanics', 'western', 'soviet', 'zionist',
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

// Titles and roles: the words that introduce or describe a person ("Foreign Minister", "national security
// advisor", "head of …", "Mr."), their canonical forms and classes (a foreign minister is a diplomat), and the
// gender some of them imply. Used to strip titles from names and to match descriptions ("the top Iranian diplomat")
// against the roles seen with each actor.

import { LOCAL_OFFICES } from '../entities/titledNames';

export type Gender = 'm' | 'f';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Role nouns that can head a title or a description ("minister", "advisor", "head"). */
const HEADS = new Set([...words(`
  president minister premier chancellor taoiseach tánaiste tanaiste secretary advisor adviser counsellor counselor aide spokesman spokeswoman
  spokesperson ambassador envoy diplomat consul negotiator mediator head chief leader chairman chairwoman
  chairperson chair director boss commander general governor mayor senator congressman congresswoman
  representative lawmaker legislator parliamentarian mp judge justice prosecutor attorney lawyer speaker official
  officer ceo cfo coo founder cofounder co-founder executive manager commissioner inspector investigator colonel
  lieutenant major captain admiral sergeant brigadier marshal cleric ayatollah imam mullah mufti sheikh shaikh
  sheikha emir king queen prince princess pope cardinal archbishop bishop rabbi pastor monarch sultan emperor
  analyst expert researcher professor economist journalist correspondent editor reporter spokespeople activist
  candidate nominee deputy ruler dictator strongman premier-elect president-elect businessman businesswoman
  billionaire mogul tycoon magnate whip secretary-general actress administrator coordinator convenor convener detective constable barrister
  solicitor guest
  singer rapper actor musician comedian filmmaker novelist author athlete footballer striker entrepreneur
  champion coach player goalkeeper midfielder quarterback golfer
  engineer doctor surgeon physician nurse teacher scientist architect pilot farmer councillor councilor corporator supervisor foreman
  strategist consultant historian scholar lecturer witness resident undersecretary under-secretary
`), ...LOCAL_OFFICES]); // city-hall offices, one list with the entity rules' (entities/titledNames.ts)

/** Words that modify a role ("foreign", "national security", "deputy", "top"). */
const MODIFIERS = new Set(words(`
  foreign interior defence defense finance economy economic oil energy trade health education intelligence security
  national state prime vice acting former top senior supreme first assistant military armed forces presidential
  parliamentary judicial judiciary army police navy naval air agriculture environment culture labour labor
  transport housing information communications sports tourism water electricity industry commerce planning
  development religious affairs home internal external homeland press strategic political special high chief
  executive general deputy grand junior associate regional provincial federal central opposition majority minority
  affairs justice public foreign-policy counterterrorism nuclear detective work pensions rear
`));

/** Honorifics and ranks written before a name ("Mr.", "Gen.", "Sheikh"); stripped from names. */
const HONORIFICS = new Set(words(`
  mr mrs ms miss mx dr prof sir dame lord lady madam madame monsieur herr sheikh shaikh sheikha ayatollah
  hojatoleslam imam mullah rev reverend gen lt col maj capt sgt adm sen rep gov pres brig cmdr supt insp amb
  sec dep atty hon honorable honourable excellency highness sens reps mk alhaji alhaja hajiya cr cllr coun datuk dato
  datin seri tun encik puan sayyid ratu shri smt shrimati sushri
`));

/** Titles that are part of how a person is named when only one name remains ("Pope Francis", "King Salman"). */
const NAME_TITLES = new Set(words('king queen prince princess pope emperor empress sultan emir sheikh sheikha crown duke duchess saint st ratu'));

/** Generic adjectives ignored when matching a description ("the top Iranian diplomat"). */
export const DESCRIPTION_FILLERS = new Set(words(`
  the a an this that these those its his her their top senior former veteran then current acting outgoing incoming
  new longtime long-time powerful influential high-ranking ranking leading visiting embattled same
`));

const CANONICAL: ReadonlyMap<string, string> = new Map([
  ['adviser', 'advisor'], ['counsellor', 'advisor'], ['counselor', 'advisor'], ['defense', 'defence'],
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokespeople', 'spokesperson'],
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'], ['shaikh', 'sheikh'],
  ['sheikha', 'sheikh'], ['congressman', 'congressperson'], ['congresswoman', 'congressperson'],
  ['labor', 'labour'], ['co-founder', 'founder'], ['cofounder', 'founder'], ['judiciary', 'judicial'],
  ['gen', 'general'], ['lt', 'lieutenant'], ['col', 'colonel'], ['maj', 'major'], ['capt', 'captain'],
  ['sgt', 'sergeant'], ['adm', 'admiral'], ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'],
  ['pres', 'president'], ['brig', 'brigadier'], ['cmdr', 'commander'], ['amb', 'ambassador'], ['sec', 'secretary'],
  ['dep', 'deputy'], ['atty', 'attorney'], ['insp', 'inspector'], ['supt', 'superintendent'], ['det', 'detective'],
  ['pol', 'police'], // "Pol Gen Surachai", "Pol Lt Gen Anan" (Thai police ranks, Bangkok Post)
  ['businessman', 'businessperson'], ['businesswoman', 'businessperson'], ['tycoon', 'mogul'], ['magnate', 'mogul'],
  ['fm', 'diplomat'], // "Iran's FM" (South Asian and Iranian copy): a foreign minister, whose class is diplomat
  ['cm', 'minister'], ['pm', 'premier'], // "the CM" (a chief minister), "PM Wong", "the PM" (South Asian, Asian copy)
  ['cs', 'secretary'], // "Treasury CS John Mbadi", "the CS said": Kenya's Cabinet Secretaries
]);

/** Classes a canonical role word belongs to, so a description can name the class ("diplomat", "commander"). */
const CLASSES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['ambassador', ['diplomat', 'envoy']], ['envoy', ['diplomat']], ['consul', ['diplomat']], ['negotiator', ['diplomat']],
  ['chair', ['head', 'leader']], ['chief', ['head', 'leader']], ['leader', ['head']], ['director', ['head', 'chief']],
  ['boss', ['head', 'chief']], ['head', ['leader', 'chief']], ['ruler', ['leader']], ['monarch', ['leader']],
  ['secretary-general', ['head', 'chief', 'leader']],
  ['premier', ['prime', 'minister', 'leader']], ['president', ['leader', 'head']], ['king', ['monarch', 'leader']],
  ['queen', ['monarch', 'leader']], ['emir', ['monarch', 'leader']], ['sultan', ['monarch', 'leader']],
  ['general', ['commander']], ['colonel', ['commander', 'officer']], ['lieutenant', ['officer']],
  ['brigadier', ['commander', 'general']], ['admiral', ['commander']], ['marshal', ['commander']],
  ['captain', ['officer']], ['major', ['officer']], ['sergeant', ['officer']],
  ['senator', ['lawmaker']], ['congressperson', ['lawmaker']], ['representative', ['lawmaker']],
  ['mp', ['lawmaker']], ['parliamentarian', ['lawmaker']], ['legislator', ['lawmaker']], ['speaker', ['lawmaker']],
  ['ayatollah', ['cleric']], ['imam', ['cleric']], ['mullah', ['cleric']], ['mufti', ['cleric']],
  ['sheikh', ['cleric']], ['cardinal', ['cleric']], ['archbishop', ['cleric']], ['bishop', ['cleric']],
  ['rabbi', ['cleric']], ['pastor', ['cleric']], ['pope', ['cleric', 'leader']],
  ['justice', ['judge']], ['judge', ['judicial']], ['aide', ['advisor']],
]);

const MALE = new Set(words('mr sir lord monsieur herr king prince emperor sultan emir duke spokesman chairman congressman businessman'));
const FEMALE = new Set(words('mrs ms miss madam madame lady dame queen princess empress duchess sheikha spokeswoman chairwoman congresswoman businesswoman'));

/** Lower-cased word without a final period or possessive, for lexicon lookups ("Gen." → "gen"). */
export function roleKey(word: string): string {
  const w = word.toLowerCase();
  const last = w.charCodeAt(w.length - 1);
  // One slice for both cuts: a possessive, first met after roleKey was compiled, deoptimised it at a slice of its own.
  const cut = last === 46 /* . */ ? 1 : last === 115 /* s */ && (w.endsWith("'s") || w.endsWith('’s')) ? 2 : 0;
  return cut === 0 ? w : w.slice(0, w.length - cut);
}

export function canonicalRole(key: string): string {
  return CANONICAL.get(key) ?? key;
}

/** Heads and the words whose canonical form is one ("spokeswoman", "gen"): isHead in one lookup. */
const HEAD_KEYS: ReadonlySet<string> = new Set([...HEADS, ...[...CANONICAL].filter(([, c]) => HEADS.has(c)).map(([k]) => k)]);
/** Every word isTitleWord accepts, in one set: it runs for every word of every title scan and description. */
const TITLE_WORDS: ReadonlySet<string> = new Set([...HEADS, ...MODIFIERS, ...HONORIFICS, ...CANONICAL.keys()]);

/** Whether a role word belongs to a class ("general", "admiral" → "commander"). */
export function hasRoleClass(key: string, cls: string): boolean {
  return CLASSES.get(canonicalRole(key))?.includes(cls) === true;
}

export function isHead(key: string): boolean {
  return HEAD_KEYS.has(key);
}

export function isHonorific(key: string): boolean {
  return HONORIFICS.has(key);
}

/** A cleric's honorific ("Sheikh Naim Qassem", "Ayatollah …"): says nothing of the office the person holds. */
const RELIGIOUS_HONORIFICS = new Set(words('sheikh shaikh sheikha ayatollah hojatoleslam imam mullah rev reverend rabbi sayyed sayyid'));

/** Whether all of a person's roles come from a cleric's honorific ("Sheikh": sheikh, cleric, official): no office known. */
export function onlyReligiousHonorifics(rolePhrases: ReadonlySet<string>, roles: ReadonlySet<string>): boolean {
  if (rolePhrases.size === 0) return false;
  for (const phrase of rolePhrases) if (!RELIGIOUS_HONORIFICS.has(phrase)) return false;
  const implied = new Set<string>();
  addRoleWords([...rolePhrases], implied);
  for (const r of roles) if (!implied.has(r)) return false;
  return true;
}

/** Any word that can be part of a title before a name. */
export function isTitleWord(key: string): boolean {
  return TITLE_WORDS.has(key);
}

export function isNameTitle(key: string): boolean {
  return NAME_TITLES.has(key);
}

/** The plural of a head role ("officials", "diplomats") → its singular key, else undefined. */
export function pluralHead(key: string): string | undefined {
  if (key.length < 4 || !key.endsWith('s')) return undefined;
  const singular = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.slice(0, -1);
  return isHead(singular) ? singular : undefined;
}

export function genderOfTitle(key: string): Gender | undefined {
  if (MALE.has(key)) return 'm';
  if (FEMALE.has(key)) return 'f';
  return undefined;
}

/**
 * Adds a role phrase's words to a role set: canonical words, their classes, and phrase classes (a foreign
 * minister, foreign secretary, foreign ministry spokesperson or secretary of state is a diplomat; a prime minister is a premier). Every role
 * also makes the actor an "official".
 */
export function addRoleWords(roleKeys: readonly string[], into: Set<string>): void {
  const canon: string[] = []; // pushed, not mapped: one array kind (see names.ts)
  for (let k = 0; k < roleKeys.length; k++) canon.push(canonicalRole(roleKeys[k]));
  // Indexed loops and no closures: this runs for every titled mention, mostly before V8 has optimised it.
  let head = false;
  for (let k = 0; k < canon.length; k++) {
    const w = canon[k];
    into.add(w);
    const classes = CLASSES.get(w);
    if (classes) for (let c = 0; c < classes.length; c++) into.add(classes[c]);
    if (HEADS.has(w)) head = true;
  }
  const minister = canon.includes('minister');
  const secretary = canon.includes('secretary');
  // A foreign minister or secretary, or a foreign ministry's spokesperson ("the diplomat told a weekly briefing").
  if (canon.includes('foreign') && (minister || secretary || canon.includes('spokesperson'))) into.add('diplomat');
  if (secretary && canon.includes('state')) into.add('diplomat');
  if (canon.includes('prime') && minister) { into.add('premier'); into.add('leader'); }
  if (minister) into.add('cabinet');
  // "Judiciary Chief Gholamhossein Mohseni Ejei … The top judge": the head of a judiciary is its first judge.
  if (canon.includes('judicial') && (canon.includes('chief') || canon.includes('head'))) into.add('judge');
  if (head) into.add('official');
}

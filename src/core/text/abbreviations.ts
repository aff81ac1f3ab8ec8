// Words that keep their trailing period as part of the token. Titles never end a sentence;
// the others end one only when the next word clearly starts a new sentence.

export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr', 'adm', 'brig',
  'gov', 'sen', 'rep', 'rev', 'fr', 'st', 'hon', 'pres', 'supt', 'insp', 'amb', 'sec', 'atty', 'mt', 'ft',
  'jr', 'sr', 'messrs', 'mme', 'mlle', 'vs', 'v', 'cf', 'approx', 'dept', 'est', 'fig', 'vol',
]);

export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'assn', 'univ', 'intl', 'govt',
  'etc', 'al', 'ave', 'blvd', 'rd', 'mass', 'calif', 'fla', 'ill', 'tenn', 'conn', 'penn', 'ariz', 'colo',
  'wash', 'mich', 'minn', 'okla', 'ore', 'wis', 'ky', 'va', 'la', 'ga', 'md', 'nev', 'neb', 'kan',
  'e.g', 'i.e', 'a.m', 'p.m',
  // Currencies written before the amount in South Asian and East African copy ("a loss of Rs. 12 billion", "Tsh. 5,000").
  'rs', 'tsh', 'ksh', 'shs', 'rp',
]);

/** Capitalised words that usually open a sentence; after "U.S." they signal a sentence break. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'in', 'on', 'at', 'for', 'his', 'her', 'its', 'their', 'our', 'my', 'if', 'when', 'while',
  'after', 'before', 'as', 'some', 'many', 'most', 'no', 'one', 'two', 'both', 'however', 'meanwhile', 'what',
]);

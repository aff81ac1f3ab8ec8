// A weak prior for a person's gender from their first name ("Steve Israel", "Jeff Weaver"), for speaker pronouns
// only, where the article itself gives no evidence (no honorific, gendered title, kinship noun or pronoun after the
// name: see context.ts). The table (models/name-genders.json) is derived from unlabeled news by
// scripts/build-name-genders.ts and keeps only names whose documents agree (models/name-genders.md).
import TABLE from '../../../models/name-genders.json';
import type { Gender } from './roles';
import { isTitleWord, roleKey } from './roles';

let byName: Map<string, Gender> | undefined;

function table(): Map<string, Gender> {
  if (!byName) {
    byName = new Map();
    for (const n of TABLE.m) byName.set(n, 'm');
    for (const n of TABLE.f) byName.set(n, 'f');
  }
  return byName;
}

/** The gender the first name of a person's name says, if the table knows it: "Steve Israel" → m. A name of one word
 * ("Israel") has no first name; titles before the name are skipped. */
export function genderOfFirstName(name: string): Gender | undefined {
  let from = 0;
  for (;;) {
    const sp = name.indexOf(' ', from);
    if (sp < 0) return undefined; // the last word is the surname
    const word = name.slice(from, sp);
    if (!isTitleWord(roleKey(word))) return table().get(word);
    from = sp + 1;
  }
}

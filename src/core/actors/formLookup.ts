// A speaker span that is a name or a surname the tagger did not tag there ("Fayyad"), found among the names the
// grouping already knows: every actor's folded name and aliases, and the surnames only one person has.
import { fold, stripPossessive } from './fold';
import { surnameKey } from './names';
import type { ActorGrouping } from './types';

const formIndexes = new WeakMap<ActorGrouping, Map<string, number>>();

/** Folded names and aliases, and surnames that only one person has ("surname:fayyad"), → actor index. */
function formIndex(g: ActorGrouping): Map<string, number> {
  const cached = formIndexes.get(g);
  if (cached) return cached;
  const forms = new Map<string, number>();
  const ambiguous = new Set<string>();
  // Indexed loops, no spread of the aliases: one pass over every actor, mostly in code not yet optimised.
  for (let ai = 0; ai < g.actors.length; ai++) {
    const a = g.actors[ai];
    // The folded name and aliases, as grouping keyed them (folding ~14,000 names again was a third of this loop).
    const keys = g.formKeys[ai];
    for (let k = 0; k < keys.length; k++) addForm(forms, keys[k], ai);
    if (a.type === 'ORG') {
      const acronym = acronymOf(a.name);
      if (acronym !== '') {
        const key = `acronym:${acronym}`;
        const prev = forms.get(key);
        if (prev !== undefined && prev !== ai) ambiguous.add(key); else forms.set(key, ai);
      }
    }
    if (a.type !== 'PERSON') continue;
    const k = `surname:${surnameKey(lastWord(a.name))}`;
    const prev = forms.get(k);
    if (prev !== undefined && prev !== ai) ambiguous.add(k); else forms.set(k, ai);
  }
  for (const k of ambiguous) forms.delete(k);
  formIndexes.set(g, forms);
  return forms;
}

function addForm(forms: Map<string, number>, key: string, actor: number): void {
  if (!forms.has(key)) forms.set(key, actor);
}

/** name.split(/\s+/) and its last element; for names without a tab, line break or non-ASCII space, no regex. */
function lastWord(name: string): string {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if ((c >= 9 && c <= 13) || c >= 128) { const words = name.split(/\s+/); return words[words.length - 1]; }
  }
  const sp = name.lastIndexOf(' ');
  return sp < 0 ? name : name.slice(sp + 1);
}

/** The initials of an organisation's capitalised words ("World Health Organization" → "WHO"), or '' for one word. */
function acronymOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 && words.length <= 6 ? words.map((w) => w[0]).join('') : '';
}

/**
 * A name or unique surname seen elsewhere in the text ("Fayyad" where this mention was not tagged), or the acronym of
 * an organisation named in full ("WHO", which the tagger reads as the pronoun).
 */
export function lookupForm(g: ActorGrouping, raw: string): number | undefined {
  if (!/\p{Lu}/u.test(raw)) return undefined;
  const cleaned = stripPossessive(raw).replace(/^the\s+/i, '');
  const forms = formIndex(g);
  const byName = forms.get(fold(cleaned));
  if (byName !== undefined) return byName;
  if (/^\p{Lu}{2,6}$/u.test(cleaned)) return forms.get(`acronym:${cleaned}`);
  const words = cleaned.split(/\s+/);
  return words.length <= 2 ? forms.get(`surname:${surnameKey(words[words.length - 1])}`) : undefined;
}

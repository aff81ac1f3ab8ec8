import * as assert from 'node:assert/strict';
import { anchorAt } from '../../src/core/annotations/anchor';
import { emptySidecar } from '../../src/core/annotations/model';
import type { Sidecar } from '../../src/core/annotations/model';
import { fingerprintArticle } from '../../src/core/annotations/fingerprint';
import { applyUserAnnotations } from '../../src/core/overlay/applyUserAnnotations';
import type { Analysis } from '../../src/core/types';

const text = 'Joe Biden met Emmanuel Macron in Paris. Biden said the talks were useful. Grace is a virtue.';
const at = (needle: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
};
const ent = (needle: string, type: 'PERSON' | 'GPE', actor: string, from = 0) => ({ ...at(needle, from), text: needle, type, actor });
const auto: Analysis = {
  entities: [ent('Joe Biden', 'PERSON', 'p:biden'), ent('Emmanuel Macron', 'PERSON', 'p:macron'), ent('Paris', 'GPE', 'g:paris'), ent('Biden', 'PERSON', 'p:biden', 20), { ...at('Grace'), text: 'Grace', type: 'PERSON', actor: 'p:grace' }],
  actors: [
    { id: 'p:biden', name: 'Joe Biden', type: 'PERSON', aliases: ['Biden'], mentions: 2 },
    { id: 'p:macron', name: 'Emmanuel Macron', type: 'PERSON', aliases: [], mentions: 1 },
    { id: 'g:paris', name: 'Paris', type: 'GPE', aliases: [], mentions: 1 },
    { id: 'p:grace', name: 'Grace', type: 'PERSON', aliases: [], mentions: 1 },
  ],
  claims: [{ ...at('the talks were useful'), text: 'the talks were useful', kind: 'indirect', cue: { ...at('said'), text: 'said' }, speaker: 'p:biden', speakerSpan: at('Biden', 20) }],
};
const sidecar = (patch: Partial<Sidecar>): Sidecar => ({ ...emptySidecar(fingerprintArticle('a.txt', text)), ...patch });

suite('core: user annotations over automatic analysis', () => {
  test('no sidecar: the analysis unchanged, automatic claims unverified', () => {
    const out = applyUserAnnotations(auto, undefined, text);
    assert.equal(out.entities.length, 5);
    assert.deepEqual(out.orphans, []);
  });

  test('a rejected automatic entity stays hidden, and its actor disappears with its last mention', () => {
    const out = applyUserAnnotations(auto, sidecar({ entities: [{ id: 'e-1', decision: 'rejected', anchor: anchorAt(text, at('Grace').start, at('Grace').end) }] }), text);
    assert.ok(!out.entities.some((e) => e.text === 'Grace'));
    assert.ok(!out.actors.some((a) => a.id === 'p:grace'));
  });

  test('retyped and added entities; an added one hides overlapping automatic ones', () => {
    const paris = at('Paris');
    const added = at('Macron in Paris');
    const out = applyUserAnnotations(auto, sidecar({ entities: [
      { id: 'e-1', decision: 'retyped', type: 'PERSON', anchor: anchorAt(text, paris.start, paris.end) },
      { id: 'e-2', decision: 'added', type: 'MISC', anchor: anchorAt(text, added.start, added.end) },
    ] }), text);
    assert.equal(out.entities.find((e) => e.text === 'Macron in Paris')?.type, 'MISC');
    assert.ok(!out.entities.some((e) => e.text === 'Emmanuel Macron'), 'overlapped automatic entity hidden');
    assert.equal(out.entities.find((e) => e.text === 'Paris')?.type, 'PERSON', 'a retype wins over the overlap rule');
  });

  test('a user-added mention of a known name joins that actor', () => {
    const sc = sidecar({ entities: [{ id: 'e-1', decision: 'added', type: 'PERSON', anchor: anchorAt(text, text.indexOf('Biden', 20), text.indexOf('Biden', 20) + 5) }] });
    const withoutAuto: Analysis = { ...auto, entities: auto.entities.filter((e) => !(e.text === 'Biden')) };
    const out = applyUserAnnotations(withoutAuto, sc, text);
    assert.equal(out.entities.find((e) => e.record === 'e-1')?.actor, 'p:biden');
  });

  test('merged and renamed actors; Wikidata id and note shown on the actor', () => {
    const out = applyUserAnnotations(auto, sidecar({ actors: [
      { id: 'p:macron', name: 'Emmanuel Macron', type: 'PERSON', aliases: [], mergedInto: 'p:biden' },
      { id: 'p:biden', name: 'President Joe Biden', type: 'PERSON', aliases: [], wikidataId: 'Q6279', note: 'checked' },
    ] }), text);
    const biden = out.actors.find((a) => a.id === 'p:biden');
    assert.equal(biden?.name, 'President Joe Biden');
    assert.equal(biden?.wikidataId, 'Q6279');
    assert.equal(biden?.mentions, 3);
    assert.ok(biden?.aliases.includes('Emmanuel Macron'));
    assert.ok(!out.actors.some((a) => a.id === 'p:macron'));
    assert.ok(out.entities.filter((e) => e.actor === 'p:biden').length === 3);
  });

  test('merge cycles do not hang', () => {
    const out = applyUserAnnotations(auto, sidecar({ actors: [
      { id: 'p:macron', name: 'M', type: 'PERSON', aliases: [], mergedInto: 'p:biden' },
      { id: 'p:biden', name: 'B', type: 'PERSON', aliases: [], mergedInto: 'p:macron' },
    ] }), text);
    assert.ok(out.entities.length > 0);
  });

  test('claim records: status on an automatic claim, a rejected one hidden, a user claim added, orphans listed', () => {
    const c = at('the talks were useful');
    const user = at('Grace is a virtue');
    const orphanAnchor = { ...anchorAt(text, c.start, c.end), state: 'orphan' as const };
    const out = applyUserAnnotations(auto, sidecar({ claims: [
      { id: 'c-1', origin: 'auto', status: 'disputed', tags: ['economy'], note: 'check', speaker: null, anchor: anchorAt(text, c.start, c.end) },
      { id: 'c-2', origin: 'user', status: 'false', tags: [], note: '', speaker: 'p:macron', anchor: anchorAt(text, user.start, user.end) },
      { id: 'c-3', origin: 'user', status: 'verified', tags: [], note: '', speaker: null, anchor: orphanAnchor },
    ] }), text);
    const tagged = out.claims.find((x) => x.record === 'c-1');
    assert.equal(tagged?.status, 'disputed');
    assert.equal(tagged?.speaker, 'p:biden', 'a record without a speaker keeps the automatic one');
    assert.equal(out.claims.find((x) => x.record === 'c-2')?.speaker, 'p:macron');
    assert.deepEqual(out.orphans.map((o) => o.id), ['c-3']);
    const rejected = applyUserAnnotations(auto, sidecar({ claims: [{ id: 'c-1', origin: 'auto', status: 'unverified', tags: [], note: '', speaker: null, rejected: true, anchor: anchorAt(text, c.start, c.end) }] }), text);
    assert.equal(rejected.claims.length, 0);
  });

  test('a record that keeps an actor id re-analysis renamed points at the actor that now has that name; others stay', () => {
    const c = at('Grace is a virtue');
    const record = (id: string, speaker: string) => ({ id, origin: 'user' as const, status: 'verified' as const, tags: [], note: '', speaker, anchor: anchorAt(text, c.start, c.end) });
    // "person:biden" was the id while the article named him only "Biden"; "Joe Biden" is his fuller name now.
    const out = applyUserAnnotations(auto, sidecar({ claims: [record('c-1', 'person:biden')] }), text);
    assert.equal(out.claims.find((x) => x.record === 'c-1')?.speaker, 'p:biden');
    const unknown = applyUserAnnotations(auto, sidecar({ claims: [record('c-1', 'person:someone-else')] }), text);
    assert.equal(unknown.claims.find((x) => x.record === 'c-1')?.speaker, 'person:someone-else');
    const twoBidens: Analysis = { ...auto, actors: [...auto.actors, { id: 'p:jill', name: 'Jill Biden', type: 'PERSON', aliases: ['Biden'], mentions: 0 }] };
    const ambiguous = applyUserAnnotations(twoBidens, sidecar({ claims: [record('c-1', 'person:biden')] }), text);
    assert.equal(ambiguous.claims.find((x) => x.record === 'c-1')?.speaker, 'person:biden', 'two actors have that name: left as it is');
  });

  test('co-speakers follow merges, stay while the speaker is kept, and go when the user corrects the speaker', () => {
    const c = at('the talks were useful');
    const withCo: Analysis = { ...auto, claims: [{ ...auto.claims[0], coSpeakers: ['p:macron'] }] };
    const kept = applyUserAnnotations(withCo, sidecar({ claims: [
      { id: 'c-1', origin: 'auto', status: 'verified', tags: [], note: '', speaker: 'p:biden', anchor: anchorAt(text, c.start, c.end) },
    ] }), text);
    assert.deepEqual(kept.claims[0].coSpeakers, ['p:macron']);
    const merged = applyUserAnnotations(withCo, sidecar({ actors: [{ id: 'p:macron', name: 'M', type: 'PERSON', aliases: [], mergedInto: 'p:grace' }] }), text);
    assert.deepEqual(merged.claims[0].coSpeakers, ['p:grace']);
    const intoSpeaker = applyUserAnnotations(withCo, sidecar({ actors: [{ id: 'p:macron', name: 'M', type: 'PERSON', aliases: [], mergedInto: 'p:biden' }] }), text);
    assert.equal(intoSpeaker.claims[0].coSpeakers, undefined, 'merged into the speaker: one speaker left');
    const corrected = applyUserAnnotations(withCo, sidecar({ claims: [
      { id: 'c-1', origin: 'auto', status: 'verified', tags: [], note: '', speaker: 'p:grace', anchor: anchorAt(text, c.start, c.end) },
    ] }), text);
    assert.equal(corrected.claims[0].speaker, 'p:grace');
    assert.equal(corrected.claims[0].coSpeakers, undefined);
  });

  test('co-speakers the user set replace the analysis\'s, an empty list leaves the speaker alone, and they survive a corrected speaker', () => {
    const c = at('the talks were useful');
    const withCo: Analysis = { ...auto, claims: [{ ...auto.claims[0], coSpeakers: ['p:macron'] }] };
    const record = (speaker: string, coSpeakers: string[]) => ({ id: 'c-1', origin: 'auto' as const, status: 'verified' as const, tags: [], note: '', speaker, coSpeakers, anchor: anchorAt(text, c.start, c.end) });
    const set = applyUserAnnotations(withCo, sidecar({ claims: [record('p:biden', ['p:grace'])] }), text);
    assert.deepEqual(set.claims[0].coSpeakers, ['p:grace']);
    const added = applyUserAnnotations(auto, sidecar({ claims: [record('p:biden', ['p:macron', 'p:grace'])] }), text);
    assert.deepEqual(added.claims[0].coSpeakers, ['p:macron', 'p:grace'], 'added to a claim the analysis gave one speaker');
    const alone = applyUserAnnotations(withCo, sidecar({ claims: [record('p:biden', [])] }), text);
    assert.equal(alone.claims[0].coSpeakers, undefined);
    const corrected = applyUserAnnotations(withCo, sidecar({ claims: [record('p:grace', ['p:macron', 'p:grace'])] }), text);
    assert.equal(corrected.claims[0].speaker, 'p:grace');
    assert.deepEqual(corrected.claims[0].coSpeakers, ['p:macron'], 'the user\'s list stays; the speaker is not their own co-speaker');
    assert.ok(added.actors.some((a) => a.id === 'p:grace'), 'a co-speaker is an actor of the analysis');
  });
});

/** Shared builders for the annotation tests. */
import { anchorAt } from '../../src/core/annotations/anchor';
import { fingerprintArticle } from '../../src/core/annotations/fingerprint';
import { createIdGenerator, mulberry32 } from '../../src/core/annotations/ids';
import type { ActorRecord, ClaimRecord, EntityRecord, Sidecar } from '../../src/core/annotations/model';
import { serializeSidecar } from '../../src/core/annotations/serialize';

export const ARTICLE =
  'BAGHDAD (Dispatches) -- Iranian Foreign Minister Hussein Amir-Abdollahian said on Monday that Tehran and Baghdad\n' +
  'would deepen security cooperation. "We will not allow any threat," he told reporters.\n' +
  'Iraqi officials described the talks as constructive.\n';

export function sampleSidecar(text = ARTICLE, seed = 1): Sidecar {
  const ids = createIdGenerator(mulberry32(seed));
  const at = (needle: string, nth = 0): [number, number] => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`no ${needle}`);
    return [i, i + needle.length];
  };
  const actor: ActorRecord = { id: ids('a'), name: 'Hussein Amir-Abdollahian', type: 'PERSON', aliases: ['Amir-Abdollahian'], wikidataId: 'Q5946346', modified: '2026-11-29T10:00:00.000Z' };
  const ctor: ActorRecord = { id: ids('a'), name: 'constructor', type: 'ORG', aliases: ['toString', '__proto__'] };
  const entity: EntityRecord = { id: ids('e'), decision: 'added', type: 'PERSON', actor: actor.id, anchor: anchorAt(text, ...at('Hussein Amir-Abdollahian')) };
  const rejected: EntityRecord = { id: ids('e'), decision: 'rejected', anchor: anchorAt(text, ...at('Dispatches')) };
  const claim: ClaimRecord = {
    id: ids('c'), origin: 'user', status: 'disputed', tags: ['security', 'iran'], note: 'check with ministry', speaker: actor.id,
    anchor: anchorAt(text, ...at('Tehran and Baghdad\nwould deepen security cooperation')), cue: anchorAt(text, ...at('said')),
    modified: '2026-11-29T10:05:00.000Z',
  };
  const auto: ClaimRecord = { id: ids('c'), origin: 'auto', status: 'unverified', tags: [], note: '', speaker: null, anchor: anchorAt(text, ...at('We will not allow any threat,')), rejected: true };
  return { schemaVersion: 1, article: fingerprintArticle('story.txt', text), actors: [actor, ctor], entities: [entity, rejected], claims: [claim, auto] };
}

export const sampleText = (): string => serializeSidecar(sampleSidecar());

// Business copy: a company's short name is the company ("Vantor" of Vantor AI), "the Japanese automaker" and "the
// company" are the business the story is about (not a plant's name or "Labor" of "Labor unions"), and people familiar
// with its plans are unnamed.
import * as assert from 'node:assert/strict';
import { extractedSpeakers, group, tagAll } from './actors-helpers';

suite('actors: business copy', () => {
  test('"Vantor" and "Daesan" are Vantor AI and Daesan Heavy Industries', () => {
    const text = 'Vantor AI reported record sales. Daesan Heavy Industries builds the ships. Revenue grew, Vantor said. Daesan declined to comment.';
    const g = group(text, tagAll(text, [['Vantor AI', 'ORG'], ['Vantor', 'ORG'], ['Daesan Heavy Industries', 'ORG'], ['Daesan', 'ORG']]));
    assert.equal(g.actorOf('Vantor'), g.actorOf('Vantor AI'));
    assert.equal(g.actorOf('Daesan'), g.actorOf('Daesan Heavy Industries'));
  });

  test('"…, the Japanese automaker announced" is the company named, not Japan', () => {
    const r = extractedSpeakers('Kaizora Motors will cut about 4,000 jobs, the Japanese automaker announced on Friday.',
      [['Kaizora Motors', 'ORG'], ['Japanese', 'NORP']]);
    assert.equal(r.byCue('announced')?.speaker, 'org:kaizora-motors');
  });

  test('"according to the company" paragraphs later is the company named most, not a plant or "Labor"', () => {
    const text = 'Kaizora Motors to cut 4,000 jobs\n\nTOKYO -- Kaizora Motors will cut about 4,000 jobs, the firm announced on Friday.\n\n' +
      'President Hiroshi Tanabe told a news conference that the restructuring was painful. Labor unions in Thailand reacted angrily.\n\n' +
      '"We have to rebuild our cost structure," Tanabe said. "Chinese makers are cheaper."\n\n' +
      'The Ayutthaya plant will close, and the remaining cuts will come mainly from staff in Japan, according to the company.\n\n' +
      'According to people familiar with the company\'s plans, Kaizora Motors is also considering selling a stake.';
    const r = extractedSpeakers(text, [['Kaizora Motors', 'ORG'], ['Hiroshi Tanabe', 'PERSON'], ['Tanabe', 'PERSON'], ['Labor', 'ORG'],
      ['Thailand', 'GPE'], ['Ayutthaya', 'ORG'], ['Japan', 'GPE']]);
    assert.equal(r.bySpeakerSpan('the company')?.speaker, 'org:kaizora-motors');
    assert.equal(r.bySpeakerSpan('people familiar with the company\'s plans')?.speaker, null);
  });
});

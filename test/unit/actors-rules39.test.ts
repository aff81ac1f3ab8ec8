// Speaker rules of session 39, found on stories in agency, local and specialist house styles.
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';

suite('actors: speaker rules (session 39)', () => {
  test('a place\'s branch or chapter of a named body is that body, not the place', () => {
    const speakerName = (text: string): string | undefined => {
      const a = analyzeText(text);
      return a.actors.find((x) => x.id === a.claims[0]?.speaker)?.name;
    };
    assert.equal(speakerName('The Pinellas County branch of the NAACP called on the sheriff to release the video.'), 'NAACP');
    assert.equal(speakerName('The Ohio chapter of the American Civil Liberties Union said the law was unconstitutional.'),
      'American Civil Liberties Union');
  });

  test('"the minister" after a minister named with a long portfolio ("of Mines and Industry", "for Sugar Industry", commas)', () => {
    const text = 'Fiji mill repairs\n\nMinister for Sugar Industry Premila Devi Chand said repairs would finish in May. ' +
      '"We will not leave growers behind," the minister said.\n\nMoroccan Minister of Mines and Industry Ryad Mezzour spoke in ' +
      'Rabat. The minister explained that trade had grown.\n\nMinister of Transport, Works and Water Resources Santia Bradshaw ' +
      'announced the change. "This is about safety," the minister stressed.';
    const a = analyzeText(text);
    const name = (cue: string): string | undefined => a.actors.find((x) => x.id === a.claims.find((c) => c.cue?.text === cue)?.speaker)?.name;
    assert.deepEqual(['explained', 'stressed'].map(name), ['Ryad Mezzour', 'Santia Bradshaw']);
    assert.equal(a.actors.find((x) => x.id === a.claims[1].speaker)?.name.endsWith('Devi Chand'), true);
  });

  test('"the association", "the party" after a body introduced by that noun as its descriptor', () => {
    const text = 'Tax plan\n\nBusiness association Concordia welcomed the plan on Monday. The association said that any increase in ' +
      'taxes would hit investment.\n\nThe opposition party Syriza criticised it. The party said the plan was unfair.';
    const a = analyzeText(text);
    const name = (span: string): string | undefined =>
      a.actors.find((x) => x.id === a.claims.find((c) => c.speakerSpan && text.slice(c.speakerSpan.start, c.speakerSpan.end) === span)?.speaker)?.name;
    assert.deepEqual([name('The association'), name('The party')], ['Concordia', 'Syriza']);
  });

  test('"the bureau" speaks for the body named so before it (a Bureau)', () => {
    const text = 'Jobs data\n\nThe Kenya National Bureau of Statistics published new data on Monday. Unemployment stood at 5.4% in ' +
      'the quarter, the bureau said.';
    const a = analyzeText(text);
    assert.equal(a.actors.find((x) => x.id === a.claims[0]?.speaker)?.name, 'Kenya National Bureau of Statistics');
  });

  test('a described speaker who gave a name ("who only wanted to be known as Kak Yati", "who gave her name as Shanice") is that name', () => {
    const text = 'Parents protest\n\nOne mother, who only wanted to be known as Kak Yati, said the group now had more than 60 members.';
    const a = analyzeText(text);
    assert.equal(a.actors.find((x) => x.id === a.claims[0]?.speaker)?.name, 'Kak Yati');
  });

  test('"said the factory supervisor" after "The factory supervisor, Ahmad Kamal, said" is Kamal (supervisor a role)', () => {
    const text = 'Factory fears\n\nThe factory supervisor, Ahmad Kamal, said the line would close. "What choice do we have?" said the ' +
      'factory supervisor.';
    const a = analyzeText(text);
    assert.deepEqual(a.claims.map((c) => a.actors.find((x) => x.id === c.speaker)?.name), ['Ahmad Kamal', 'Ahmad Kamal']);
  });
});

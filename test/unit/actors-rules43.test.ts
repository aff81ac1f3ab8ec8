// Speaker and entity rules of session 43.
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';

const speakerOf = (text: string, fragment: string): string | undefined => {
  const a = analyzeText(text);
  const claim = a.claims.find((c) => c.text.includes(fragment));
  assert.ok(claim, `a claim with "${fragment}": ${a.claims.map((c) => c.text).join(' | ')}`);
  return a.actors.find((x) => x.id === claim.speaker)?.name;
};

suite('actors: speaker rules (session 43)', () => {
  test('"the army" after forces named as such ("The Israel Defense Forces said …") is those forces, before any country', () => {
    const text = 'JERUSALEM — The Israel Defense Forces said on Tuesday that its troops had destroyed a tunnel near the border. ' +
      'The army said no soldiers were hurt.\n';
    assert.equal(speakerOf(text, 'no soldiers were hurt'), 'Israel Defense Forces');
    const country = 'Israeli troops raided the camp on Monday. Troops killed two gunmen, the army said.\n';
    assert.equal(speakerOf(country, 'killed two gunmen'), 'Israel');
    const salvation = 'Pakistani troops moved into the valley on Monday. The Salvation Army said it had opened two shelters. ' +
      'Roads were closed, the army said.\n';
    assert.equal(speakerOf(salvation, 'Roads were closed'), 'Pakistan');
  });

  test('allies and friends speak for themselves, not for whom they back ("Her allies said", "Adams\'s friends said"); aides still do', () => {
    const text = 'Senator Ruth Adams is running again. Her allies said she was confident. Adams\'s friends said she was tired. ' +
      'Her aides said she would hold a rally.\n';
    assert.equal(speakerOf(text, 'she was confident'), undefined);
    assert.equal(speakerOf(text, 'she was tired'), undefined);
    assert.equal(speakerOf(text, 'hold a rally'), 'Ruth Adams');
  });

  test('"The Minnesota Democrat said" is the person the text called a Minnesota Democrat, though another was named since', () => {
    const text = 'Senator Maria Delgado, a Minnesota Democrat, debated Governor Tom Whitfield on Tuesday. Whitfield said taxes were ' +
      'too high. The Minnesota Democrat said his plan would raise them.\n\nWisconsin Republican Paul Nash met Mayor Ann Cole. Cole ' +
      'said the talks went well. The Wisconsin Republican said they did not.\n';
    assert.equal(speakerOf(text, 'his plan would raise them'), 'Maria Delgado');
    assert.equal(speakerOf(text, 'they did not'), 'Paul Nash');
  });

  test('an acronym leaves out or keeps whole a country\'s abbreviation before the name ("U.S. Food and Drug Administration" / "FDA")', () => {
    const a = analyzeText('The U.S. Food and Drug Administration said the drug was safe. The FDA added that it would keep monitoring. ' +
      'The UK Health Security Agency said cases rose. The UKHSA said vaccines worked.\n');
    const named = (acronym: string): string | undefined => a.actors.find((x) => x.id === a.entities.find((e) => e.text === acronym)?.actor)?.name;
    assert.equal(named('FDA'), 'U.S. Food and Drug Administration');
    assert.equal(named('UKHSA'), 'UK Health Security Agency');
  });

  test('"The bloc said" is the union or community of states named before it', () => {
    const text = 'The Economic Community of West African States condemned the attempt. The bloc said it was ready to send troops.\n';
    assert.equal(speakerOf(text, 'ready to send troops'), 'Economic Community of West African States');
  });

  test('people a body serves or faces do not speak for it ("Parents at Hillside Academy said"); its officials do', () => {
    const text = 'Parents at Hillside Academy said the school should stay open. Campaigners in the village of Ashby St Ledgers said ' +
      'the plan was wrong. Officials at the Pentagon said the report was false.\n';
    assert.equal(speakerOf(text, 'stay open'), undefined);
    assert.equal(speakerOf(text, 'plan was wrong'), undefined);
    assert.equal(speakerOf(text, 'report was false'), 'Pentagon');
  });

  test('a spokesperson found to speak for a body is not the next-named spokeswoman of another one', () => {
    const text = "Britain's Competition and Markets Authority said it would review the deal. A spokesperson for the authority said " +
      'a decision was months away. European Commission spokeswoman Lea Zuber said the review would take months.\n';
    assert.equal(speakerOf(text, 'months away'), 'Competition and Markets Authority');
  });

  test('"He said" after "One of the survivors, a 23-year-old man," is that survivor (nobody named), not the last named man', () => {
    const text = 'Flavio Di Giacomo, a spokesman for the agency, said the number was higher. One of the survivors, a 23-year-old man ' +
      'from Sudan, told journalists he had paid smugglers. He said he had spent months in detention.\n';
    assert.equal(speakerOf(text, 'months in detention'), undefined);
    assert.equal(speakerOf(text, 'number was higher'), 'Flavio Di Giacomo');
  });

  test('Filipino and Spanish particles ("dela Rosa", "delos Santos", "de los Ángeles") join one person\'s name', () => {
    const a = analyzeText('Senator Ronald dela Rosa defended the campaign. He said the police had followed the law. Randy delos Santos ' +
      'said his son was innocent. Maria de los Angeles Gomez said she had seen it. Dela Rosa said he would testify.\n');
    assert.deepEqual(a.actors.filter((x) => x.type === 'PERSON').map((x) => x.name),
      ['Ronald dela Rosa', 'Randy delos Santos', 'Maria de los Angeles Gomez']);
  });

  test('"The Labour leader Keir Starmer then raised …", "Party leader Ed Davey raised …": the titled name is the subject "He" goes on with', () => {
    assert.equal(speakerOf('Rishi Sunak opened the debate. The Labour leader Keir Starmer then raised the cost of living. He said ' +
      'families were struggling.\n', 'families were struggling'), 'Keir Starmer');
    assert.equal(speakerOf('Lindsay Hoyle intervened. Party leader Ed Davey raised the case. He said the family had been failed.\n',
      'family had been failed'), 'Ed Davey');
  });

  test('"One mother from Leeds said" is nobody named, not the place; "The junta said" is the country it rules', () => {
    assert.equal(speakerOf('One mother from Leeds said her daughter had self-harmed.\n', 'self-harmed'), undefined);
    assert.equal(speakerOf("Mali's military government ordered the mission to leave. The junta accused the peacekeepers of failing.\n",
      'peacekeepers'), 'Mali');
  });

  test('"Darnell Whitaker, now 49, at the request of prosecutors, who said": the pronoun is on the adjunct\'s noun, not the name', () => {
    const text = 'Judge Sheila Gibson dismissed all charges against Darnell Whitaker, now 49, at the request of prosecutors, who said the ' +
      'case could not stand. Senator Tim Kaine, a Democrat, who said the bill was fair, voted no.\n';
    assert.equal(speakerOf(text, 'could not stand'), undefined);
    assert.equal(speakerOf(text, 'bill was fair'), 'Tim Kaine');
  });

  test('"Clearline" is the "Clearline Water Systems" named before: a three-word company name shortens to its first word', () => {
    const a = analyzeText('The town signed a contract with Clearline Water Systems last spring. A spokeswoman for Clearline said the ' +
      'company remained committed.\n');
    assert.deepEqual(a.actors.filter((x) => x.type === 'ORG').map((x) => [x.name, x.mentions]), [['Clearline Water Systems', 2]]);
  });

  test('"the Department of Justice" after "the U.S. Department of Justice", "the Security Council" after the U.N.\'s: one actor each', () => {
    const a = analyzeText('The U.S. Department of Justice sued. The Department of Justice said it would appeal. The U.N. Security ' +
      'Council met. The Security Council said talks would go on.\n');
    assert.deepEqual(a.actors.filter((x) => x.type === 'ORG').map((x) => [x.name, x.mentions]),
      [['U.S. Department of Justice', 2], ['U.N. Security Council', 2]]);
  });
});

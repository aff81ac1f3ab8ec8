// Wire-copy attributions: a coordinated subject after "said" is the content's, and a final "…, the sources said"
// takes a clause whose subject a raising cue ("are expected to") left in place.
import * as assert from 'node:assert/strict';
import { claimsOf, claimWith } from './claims-helpers';

suite('claims: wire-copy attributions', () => {
  test('"said Britain, France and Germany would …": the list is the content\'s subject, not an inverted speaker', () => {
    const text = 'A European diplomat, speaking on condition of anonymity, said Britain, France and Germany would hold off on a censure resolution.';
    const c = claimWith(claimsOf(text), 'would hold off');
    assert.equal(c.text, 'Britain, France and Germany would hold off on a censure resolution');
    assert.equal(c.cue, 'said');
    assert.ok(c.speaker?.startsWith('A European diplomat'));
  });

  test('"said Smith, Jones and Brown, all members of the panel": still the speakers', () => {
    const text = 'The plan is dead, said Smith, Jones and Brown, all members of the panel.';
    assert.equal(claimWith(claimsOf(text), 'plan is dead').cue, 'said');
    assert.ok(claimWith(claimsOf(text), 'plan is dead').speaker?.startsWith('Smith'));
  });

  test('"X are expected to focus on …, the sources said": the sources say the whole clause', () => {
    const text = 'The talks are expected to focus on humanitarian corridors into El Fasher and parts of Kordofan, the sources said.';
    const c = claimWith(claimsOf(text), 'humanitarian corridors');
    assert.equal(c.speaker, 'the sources');
    assert.equal(c.text, 'The talks are expected to focus on humanitarian corridors into El Fasher and parts of Kordofan');
  });
});

suite('claims: a statement that reached the outlet', () => {
  test('"said in a statement received by Rudaw that …": the content starts at "that", and the outlet is no source', () => {
    const text = 'Iraq’s finance ministry, however, said in a statement received by Rudaw that the Kurdistan Region had not yet submitted complete data.';
    const c = claimWith(claimsOf(text), 'Kurdistan Region');
    assert.equal(c.text, 'that the Kurdistan Region had not yet submitted complete data');
    assert.equal(c.speaker, 'Iraq’s finance ministry');
  });

  test('"said in a letter sent to lawmakers that …": the same for a message sent on', () => {
    const c = claimWith(claimsOf('The agency said in a letter sent to lawmakers that the program would end.'), 'program would end');
    assert.equal(c.text, 'that the program would end');
  });
});

suite('claims: "expressed <feeling> for"', () => {
  test('the cue runs to where the content starts: "Expressing gratitude for", "expressed hope"', () => {
    const c = claimWith(claimsOf('Expressing gratitude for the efforts of the forces in battling Daesh, he said stability in Iraq is Iran’s.'), 'the efforts');
    assert.equal(c.cue, 'Expressing gratitude for');
    assert.equal(c.text, 'the efforts of the forces in battling Daesh');
    assert.equal(claimWith(claimsOf('He expressed hope that the talks would succeed.'), 'talks would succeed').cue, 'expressed hope');
  });
});

suite('claims: "According to X, <apposition>, …"', () => {
  test('the apposition is the source\'s: a name after a person described, a role, a relative clause, "seen by"', () => {
    for (const [text, source, content] of [
      ['According to her lawyer, Mohammad-Ali Kamfirouzi, she was charged with assembly.', 'her lawyer, Mohammad-Ali Kamfirouzi', 'she was charged with assembly'],
      ['According to Ali Vaez, Iran project director at the International Crisis Group, the Leader is trying to buy time.',
        'Ali Vaez, Iran project director at the International Crisis Group', 'the Leader is trying to buy time'],
      ['According to the source, who requested anonymity, the letter was drafted by members of the front.', 'the source, who requested anonymity',
        'the letter was drafted by members of the front'],
      ['According to the confidential report, seen by AFP, Iran’s stockpile has grown since February.', 'the confidential report, seen by AFP',
        'Iran’s stockpile has grown since February'],
      ['According to a poll by Demoscope, an independent pollster, only 41% of Kazakhs back the plan.', 'a poll by Demoscope, an independent pollster',
        'only 41% of Kazakhs back the plan'],
    ]) {
      const c = claimWith(claimsOf(text), content);
      assert.equal(c.speaker, source);
      assert.equal(c.text, content);
    }
  });

  test('an office\'s place after it ("the District Administration Office, Sindhupalchok,") is neither content nor the speaker', () => {
    const c = claimWith(claimsOf('According to the District Administration Office, Sindhupalchok, four people have died.'), 'four people');
    assert.deepEqual([c.speaker, c.text], ['the District Administration Office', 'four people have died']);
  });

  test('no apposition: a list, a clause, a document then a name', () => {
    assert.equal(claimWith(claimsOf('According to the report, Iran, Iraq and Syria have agreed to cooperate.'), 'agreed').speaker, 'the report');
    const mills = claimWith(claimsOf('According to an FBI summary, Cheryl Mills, a top aide, sent the employee an email.'), 'sent the employee');
    assert.equal(mills.speaker, 'an FBI summary');
  });
});

suite('claims: a wire\'s own tag', () => {
  test('"…, X told reporters, Trend reports." is X\'s claim; the tag is the byline', () => {
    const a = claimWith(claimsOf('Azerbaijan is ready to sign the agreement without delay, Hikmet Hajiyev, Assistant to the President, told ' +
      'reporters, Trend reports.'), 'ready to sign');
    assert.equal(a.cue, 'told');
    assert.equal(a.text, 'Azerbaijan is ready to sign the agreement without delay');
    const b = claimWith(claimsOf('The FDFA said it was deeply concerned about the escalation, Keystone-SDA reports.'), 'deeply concerned');
    assert.equal(b.speaker, 'The FDFA');
    assert.equal(b.text, 'it was deeply concerned about the escalation');
  });

  test('a tag with no attribution before it is the claim\'s source', () => {
    assert.equal(claimWith(claimsOf('Prices rose sharply in the capital, Trend reports.'), 'Prices rose').speaker, 'Trend');
  });
});

suite('claims: "without elaborating"', () => {
  test('a gerund after "without" that ends the clause is no cue: the claim before it stands', () => {
    const c = claimWith(claimsOf('Fayyad said a fuel shipment had been delayed by administrative problems, without elaborating.'), 'fuel shipment');
    assert.equal(c.cue, 'said');
    assert.equal(c.speaker, 'Fayyad');
  });
});

suite('claims: a quote, then its speaker with an apposition, then "wrote in" / "said in"', () => {
  test('the noun phrase after a cue ending in a preposition is no inverted speaker: the quote alone is the content', () => {
    const text = '"We have nothing to do with this crime and we condemn it," the group\'s spokesman, Abu Ali al-Askari, wrote in a post on Telegram.';
    const c = claimWith(claimsOf(text), 'nothing to do');
    assert.equal(c.text, '"We have nothing to do with this crime and we condemn it,"');
    assert.equal(c.kind, 'direct');
    assert.equal(c.speaker, 'the group\'s spokesman, Abu Ali al-Askari,');
  });
});

suite('claims: a document seen by an outlet', () => {
  test('"A document seen by AFP shows …": the document shows it; "seen by" is no cue of the outlet', () => {
    const claims = claimsOf('A document seen by AFP shows that the strike killed 12 people.');
    const c = claimWith(claims, 'strike killed');
    assert.equal(c.cue, 'shows');
    assert.equal(c.speaker, 'A document seen by AFP');
    assert.equal(claims.length, 1);
  });
});

suite('claims: a final attribution after a time adjunct', () => {
  test('"… will discuss a new sanctions package on Wednesday, three diplomats said": the diplomats say the whole clause', () => {
    const claims = claimsOf('European Union ambassadors will discuss a new sanctions package against Russia on Wednesday, three diplomats said.');
    const c = claimWith(claims, 'sanctions package');
    assert.deepEqual([c.text, c.speaker], ['European Union ambassadors will discuss a new sanctions package against Russia on Wednesday', 'three diplomats']);
    assert.equal(claims.length, 1);
  });
});

suite('claims: a contrasting clause with its own speaker', () => {
  test('"Italian media reported that …, while ESPN sources said …" is two claims; a poll\'s "…, while Republicans favored Trump" stays one', () => {
    const claims = claimsOf('Italian media reported that Napoli were monitoring his situation, while ESPN sources said De Zerbi was among the candidates.');
    assert.equal(claimWith(claims, 'Napoli').text, 'that Napoli were monitoring his situation');
    assert.equal(claimWith(claims, 'De Zerbi').speaker, 'ESPN sources');
    const poll = claimsOf('Military Times found Democrats favored Clinton, 72 percent to 8 percent, while Republicans favored Trump, 82 percent to 6 percent.');
    assert.ok(claimWith(poll, 'Democrats favored').text.includes('Republicans favored Trump'));
  });
});

// Transcript turns: "SPEAKER: …" lines of a dialogue are claims of their speaker, one claim per line.
import * as assert from 'node:assert/strict';
import { claimWith, claimsOf } from './claims-helpers';

const INTERVIEW = [
  'The mayor spoke with a local radio host on Friday.',
  '',
  'HOST: Will the new stadium be finished by spring? Many residents doubt it.',
  '',
  'MAYOR LOPEZ: I think it will. The contractors told me they are ahead of schedule.',
  '',
  'HOST: And the cost overruns?',
  '',
  'LOPEZ: They are smaller than reported. We will publish the figures next week.',
].join('\n');

suite('claims: transcript turns', () => {
  test('a labelled line is one claim of its speaker, all of its sentences included', () => {
    const claims = claimsOf(INTERVIEW);
    const c = claimWith(claims, 'I think it will');
    assert.equal(c.text, 'I think it will. The contractors told me they are ahead of schedule');
    assert.equal(c.speaker, 'MAYOR LOPEZ');
    assert.equal(c.cue, ':');
    assert.equal(c.kind, 'direct'); // the speaker's own words, as a quote is
    assert.equal(claimWith(claims, 'smaller than reported').speaker, 'LOPEZ');
    assert.equal(claimWith(claims, 'cost overruns').speaker, 'HOST');
  });

  test('one person\'s answers to "Q:" lines are turns, all of each answer\'s sentences included', () => {
    const text = ['Below are extracts of the interview:', '', 'Q: Is the government ready to sit down with the British?', '',
      'Werthein: We are ready tomorrow. The question is whether London is ready. We have proposed cooperation on fisheries.', '',
      'Q: And the islanders?', '', 'Werthein: We respect their way of life. But a dispute is between two states.'].join('\n');
    const claims = claimsOf(text);
    const c = claimWith(claims, 'ready tomorrow');
    assert.deepEqual([c.text, c.speaker, c.kind], ['We are ready tomorrow. The question is whether London is ready. We have proposed ' +
      'cooperation on fisheries', 'Werthein', 'direct']);
    assert.equal(claimWith(claims, 'way of life').text, 'We respect their way of life. But a dispute is between two states');
  });

  test('a dateline in capitals before an interview ("KARACHI: …") is where the story was filed, no turn', () => {
    const text = ['Dawn talks to minister', '', 'KARACHI: Minister Haji Rasool Bux Chandio on Sunday defended the relief effort.', '',
      '"We have reached every district," said Mr Chandio.', '', 'Dawn: Why were the camps closed early?', '',
      'Chandio: The water receded. We will reopen them if needed.', '', 'Dawn: And the funds?', '', 'Chandio: They have not come.'].join('\n');
    const claims = claimsOf(text);
    assert.equal(claimWith(claims, 'every district').speaker, 'Mr Chandio');
    assert.ok(claims.every((c) => c.speaker !== 'KARACHI'), JSON.stringify(claims));
    assert.equal(claimWith(claims, 'water receded').speaker, 'Chandio');
  });

  test('a cue inside a turn makes no claim of its own', () => {
    const claims = claimsOf(INTERVIEW);
    assert.equal(claims.filter((c) => c.text.includes('ahead of schedule')).length, 1);
    assert.ok(!claims.some((c) => c.speaker === 'The contractors'));
  });

  test('title-case labels and a label after an opening quote mark', () => {
    const text = [
      '“Mr. Reyes: The bill is dead. Nobody will vote for it.',
      '',
      '“Ms. Chan: It passed the committee yesterday, as “The Ledger” wrote, and it will pass the floor.',
      '',
      'Mr. Reyes: Committees are not the floor.',
      '',
      'Ms. Chan: We have the votes, and we will show it.',
    ].join('\n');
    const claims = claimsOf(text);
    assert.equal(claimWith(claims, 'The bill is dead').speaker, 'Mr. Reyes');
    // The cue inside a quoted turn ("as “The Ledger” wrote") makes no claim that would crowd the turn out.
    assert.equal(claimWith(claims, 'passed the committee').speaker, 'Ms. Chan');
  });

  test('a transcript quoted paragraph by paragraph: content after the label, continuation lines to the last speaker', () => {
    const text = [
      'An excerpt of the interview follows:',
      '',
      '"REPORTER: Will the bridge reopen before the holidays? Drivers have waited a year.',
      '',
      '"ENGINEER: It will reopen in December. The steel arrived last week.',
      '',
      '"The only question left is the paint, and that can wait for spring.',
      '',
      '"REPORTER: And the cost?',
      '',
      '"ENGINEER: About what the city planned, give or take a few percent."',
    ].join('\n');
    const claims = claimsOf(text);
    const first = claimWith(claims, 'Will the bridge reopen');
    assert.ok(first.text.startsWith('Will the bridge reopen before the holidays? Drivers have waited a year'));
    assert.equal(first.speaker, 'REPORTER'); // not the cue "follows:" before the dialogue
    assert.ok(claimWith(claims, 'reopen in December').text.startsWith('It will reopen in December. The steel arrived'));
    const more = claimWith(claims, 'The only question left');
    assert.ok(more.text.startsWith('The only question left is the paint'));
    assert.equal(more.speaker, 'ENGINEER');
  });

  test('one repeated label is no dialogue: kickers and form fields stay what they were', () => {
    const text = [
      'UPDATE: The council postponed the vote until next month.',
      '',
      'The delay follows weeks of protests.',
      '',
      'UPDATE: The mayor said the vote would take place in June.',
    ].join('\n');
    const claims = claimsOf(text);
    assert.ok(!claims.some((c) => c.speaker === 'UPDATE'));
    assert.equal(claimWith(claims, 'the vote would take place').speaker, 'The mayor');
  });

  test('"Q:" and "A:" name nobody and make no turns', () => {
    const text = [
      'Q: Do you expect to run again? People keep asking.',
      '',
      'A: I have not decided, and my family will have a say.',
      '',
      'Q: When will you decide?',
      '',
      'A: The senator said she would announce it after the summer.',
    ].join('\n');
    const claims = claimsOf(text);
    assert.ok(!claims.some((c) => c.speaker === 'Q' || c.speaker === 'A'));
    assert.equal(claimWith(claims, 'announce it after the summer').speaker, 'The senator');
  });

  test('one exchange quoted in a story: two capitals labels on consecutive lines, both names the story writes; not "UPDATE:"', () => {
    const text = ['Treasury Secretary Helen Vasquez-Lowe spoke with Margaret Brennan on Sunday.', '',
      'BRENNAN: Farmers have told us they are paying more already. What do you say to them?', '',
      'VASQUEZ-LOWE: I would say, first, we hear you. And second, we have a relief program.', '', 'She left soon after.'].join('\n');
    const claims = claimsOf(text);
    const answer = claimWith(claims, 'we hear you');
    assert.deepEqual([answer.text, answer.speaker], ['I would say, first, we hear you. And second, we have a relief program', 'VASQUEZ-LOWE']);
    assert.ok(!claims.some((c) => c.speaker === 'you'), JSON.stringify(claims));
    const notes = ['The council met on Monday.', '', 'UPDATE: The vote was moved to Friday by the council.', '',
      'WATCH: The mayor speaks about the vote in a video.'].join('\n');
    assert.ok(!claimsOf(notes).some((c) => c.cue === ':'), JSON.stringify(claimsOf(notes)));
  });
});

// Claim rules of session 40, found on stories written in Markdown (newsletters, live blogs, notes, transcripts).
import * as assert from 'node:assert';
import { claimsOf, claimWith } from './claims-helpers';
import { findQuotes } from '../../src/core/claims/quotes';

suite('claims: rules (session 40)', () => {
  test('a live blog\'s time stamp is no part of an entry\'s claim or source, however far down the blog', () => {
    const entries = Array.from({ length: 5 }, (_, i) => `1${i}:00 — Crews cleared road ${i + 1}.`).join('\n\n');
    const text = `Storm Iver: live\n\nAll times local.\n\n${entries}\n\n14:05 — Storm Iver has made landfall, according to the weather service.\n\n` +
      '3.45pm BST - Police said two roads were closed.\n\n4:10 p.m. ET: Northgrid says 61,000 homes are without power.';
    const got = claimsOf(text).map((c) => [c.text, c.speaker]);
    assert.deepStrictEqual(got, [['Storm Iver has made landfall', 'the weather service'], ['two roads were closed', 'Police'],
      ['61,000 homes are without power', 'Northgrid']]);
  });

  test('"per X" opening a sentence up to a comma, or closing it after one, is "according to X"', () => {
    const text = 'Funds hit\n\nPer the Financial Times, three hedge funds lost $500 million.\n\nThe fund lost $2 billion, per Bloomberg.\n\n' +
      'He was paid $50 per hour. Prices rose 3 per cent, per capita income fell. As per the rules, members must vote.\n\n' +
      'A quarter of that, per the plan, is $40,000.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.text, c.speaker]), [
      ['Per', 'three hedge funds lost $500 million', 'the Financial Times'], ['per', 'The fund lost $2 billion', 'Bloomberg']]);
  });

  test('a quote signed by a described signer: a title before the name, or a body\'s statement', () => {
    const signed = (signature: string): [string | null, string | null][] => claimsOf(`Vote row\n\nThe row grew on Monday.\n\n` +
      `“Ballots were printed and sealed under observation. Any claim otherwise is false.”\n${signature}\n`).map((c) => [c.cue, c.speaker]);
    assert.deepStrictEqual(signed('— Grocery analyst Tom Reddy'), [['—', 'Grocery analyst Tom Reddy']]);
    assert.deepStrictEqual(signed('— analyst Tom Reddy'), [['—', 'analyst Tom Reddy']]);
    assert.deepStrictEqual(signed('— Election Commission statement, 4 April'), [['—', 'Election Commission statement, 4 April']]);
    assert.deepStrictEqual(signed('— and then the vote was held'), [[null, null]]);
  });

  test('"according to" takes no infinitive cue after it: "according to state records", "according to show insiders"', () => {
    const text = 'Rates\n\nThe plant was fined twice, according to state records.\n\nTrump demeaned women, according to show insiders.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.speaker]), [['according to', 'state records'], ['according to', 'show insiders']]);
  });

  test('a line labelled with a role and a name speaks the line ("Treasury spokesperson Dana Kim: …"); other labels do not', () => {
    const text = 'Reactions\n\nReactions came quickly.\n\nTreasury spokesperson Dana Kim: The department is monitoring the situation.\n\n' +
      'Minister Tom Reed: We will publish the figures next week.\n\nOpening times: The museum opens at nine every day.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.speaker, c.text]), [
      [':', 'Treasury spokesperson Dana Kim', 'The department is monitoring the situation'],
      [':', 'Minister Tom Reed', 'We will publish the figures next week']]);
  });

  test('"posted" after a quote and its speaker is the quote\'s cue ("“…,” Tunde Okafor posted on X after the match.")', () => {
    const text = 'Match\n\n"Proud of the lads. Three points and we go again," Tunde Okafor posted on X after the match.\n\n' +
      '"See you Saturday," she posted later.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.speaker, c.kind]),
      [['posted', 'Tunde Okafor', 'direct'], ['posted', 'she', 'direct']]);
  });

  test('other languages\' quote marks kept by translation desks are quotes: « … », »…«, „…“, 「…」', () => {
    const text = 'Strike\n\n« We will not resign, » the mayor, Paul Girard, said on Monday.\n\n' +
      '„This is not a cut, it is a correction,“ Finance Minister Torsten Behrendt said. „We are paying too much.“\n\n' +
      '「We cannot tell the world that,」 Minister Kenji Hayamizu said.\n\n»We will fight,« said Anna Weber.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.kind, c.text, c.speaker]), [
      ['direct', '« We will not resign, »', 'the mayor, Paul Girard,'],
      ['direct', '„This is not a cut, it is a correction,“', 'Finance Minister Torsten Behrendt'],
      ['direct', '„We are paying too much.“', 'Finance Minister Torsten Behrendt'],
      ['direct', '「We cannot tell the world that,」', 'Minister Kenji Hayamizu'],
      ['direct', '»We will fight,«', 'Anna Weber']]);
    // A mark without its closing one on the line quotes nothing: a breadcrumb, a "Read more »" link.
    assert.deepStrictEqual(findQuotes('Home » News » Politics » Europe\n\nThe minister spoke on Monday. Read more »\n'), []);
  });

  test('a checklist\'s repeated fields ("Claim:", "Status:") are no dialogue: the attributions in them stay', () => {
    const text = 'Checklist\n\nClaim: The repair bill has risen to $48 million.\n\nStatus: Pike told me by phone that the figure came from the report.\n\n' +
      'Claim: Nobody on the council was told the cost had gone up.\n\nStatus: Her aide, Marco Reyes, said she stands by the statement.';
    const got = claimsOf(text);
    assert.deepStrictEqual([claimWith(got, 'the figure came').speaker, claimWith(got, 'stands by').speaker], ['Pike', 'Her aide, Marco Reyes,']);
  });

  test('"posted on X after …:" introduces the post below it, however long the adjunct before the colon', () => {
    const text = 'Hearing call\n\nThe story drew a quick response.\n\nState Sen. Rafael Ocampo posted on X after an early version of the story ran:\n\n' +
      '“Every family in Millbrook deserves answers. I am calling for hearings.”';
    assert.deepStrictEqual(claimsOf(text).filter((c) => c.kind === 'direct').map((c) => [c.cue, c.speaker]), [['posted', 'State Sen. Rafael Ocampo']]);
  });

  test('a list of people\'s quotes: "Jenna Okafor, mother of a ninth-grader: “…”" is hers, apposition and all', () => {
    const text = 'Board fight\n\nParents spoke for two hours.\n\nJenna Okafor, mother of a ninth-grader: "My daughter read the book and nobody asked me."\n\n' +
      'Ron Tillis, who has two kids at Millbrook High: "This is a library, not a church."';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.cue, c.speaker]), [[':', 'Jenna Okafor, mother of a ninth-grader'],
      [':', 'Ron Tillis, who has two kids at Millbrook High']]);
  });

  test('Spanish-style dialogue lines are speech: "—We will not give in —said Minister X—. The quota …" is X\'s, before and after the aside', () => {
    const text = 'Fishing quota\n\nThe minister defended the cut on Monday.\n\n' +
      '—We are not going to give in —said Minister Ricardo Olmedilla—. The quota is what science allows.\n\n' +
      '—People see the quota as the enemy —Fontenla said—. The real enemy is an empty sea.\n\nThe talks — held in Vigo — failed.';
    assert.deepStrictEqual(claimsOf(text).filter((c) => c.kind === 'direct').map((c) => [c.text, c.speaker]), [
      ['—We are not going to give in —', 'Minister Ricardo Olmedilla'], ['The quota is what science allows.', 'Minister Ricardo Olmedilla'],
      ['—People see the quota as the enemy —', 'Fontenla'], ['The real enemy is an empty sea.', 'Fontenla']]);
    assert.deepStrictEqual(findQuotes('The talks — held in Vigo — failed.\n— Tom Reddy, analyst'), []); // spaced dashes quote nothing
  });

  test('an "and" inside a portfolio before a name stays in the inverted source, an adjunct or a dash after the name', () => {
    const text = 'Quota\n\n"It is fair," said Fisheries and Oceans Minister Joyce Murray on Monday.\n\n' +
      'Officials said Britain and France would hold off on new rules.';
    assert.deepStrictEqual(claimsOf(text).map((c) => [c.text, c.speaker]), [['"It is fair,"', 'Fisheries and Oceans Minister Joyce Murray'],
      ['Britain and France would hold off on new rules', 'Officials']]);
  });
});

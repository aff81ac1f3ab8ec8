import * as assert from 'node:assert/strict';
import { AnalysisIndex } from '../../src/core/analysisIndex';
import { groupStatements, statementNote, statementSource, statementStatus, statementTags, statementText } from '../../src/core/statements';
import type { Claim } from '../../src/core/types';

// "President Bush is expected to visit Texas. “Judge,” he said. “I have never seen that.” Officials said it rained."
const cue = (start: number, text: string): Claim['cue'] => ({ start, end: start + text.length, text });
const claim = (start: number, text: string, c: Claim['cue'], speaker: string | null, extra: Partial<Claim> = {}): Claim => ({
  start, end: start + text.length, text, kind: 'indirect', cue: c, speaker, speakerSpan: null, ...extra,
});
const expected = cue(15, 'is expected');
const said = cue(52, 'said');
const bush = claim(0, 'President Bush', expected, null);
const visit = claim(27, 'to visit Texas', expected, null);
const judge = claim(43, '“Judge,”', said, 'p1', { kind: 'direct' });
const never = claim(58, '“I have never\n seen that.”', said, 'p1', { kind: 'direct', status: 'false' });
const rained = claim(95, 'it rained', cue(90, 'said'), null);
const tagged = claim(110, 'a hand-tagged claim', null, 'p1');

suite('core: statements (claims sharing a cue and a speaker)', () => {
  test('pieces around one cue with one speaker are one statement, in text order', () => {
    const st = groupStatements([bush, visit, judge, never, rained, tagged]);
    assert.deepEqual(st.map((s) => s.map((c) => c.start)), [[0, 27], [43, 58], [95], [110]]);
  });

  test('one cue with two different speakers is two statements; a claim without a cue is alone', () => {
    const other = { ...never, speaker: 'p2' };
    assert.equal(groupStatements([judge, other]).length, 2);
    const twin = { ...tagged, start: 130, end: 149 };
    assert.equal(groupStatements([tagged, twin]).length, 2);
  });

  test('the text joins the pieces with an ellipsis and collapses white space; the status is the first set', () => {
    assert.equal(statementText([bush, visit]), 'President Bush … to visit Texas');
    assert.equal(statementText([judge, never]), '“Judge,” … “I have never seen that.”');
    assert.equal(statementStatus([judge, never]), 'false');
    assert.equal(statementStatus([bush, visit]), undefined);
    const a = { ...judge, tags: ['x', 'y'], note: 'check' };
    const b = { ...never, tags: ['y', 'z'], note: 'check' };
    assert.deepEqual(statementTags([a, b]), ['x', 'y', 'z']);
    assert.equal(statementNote([a, b]), 'check');
    assert.equal(statementNote([a, { ...b, note: 'call back' }]), 'check / call back');
    assert.deepEqual(statementTags([bush, visit]), []);
  });

  test('the index gives each piece its statement and an actor its statements', () => {
    const index = new AnalysisIndex({ entities: [], actors: [], claims: [rained, never, bush, judge, visit, tagged] });
    assert.equal(index.statements.length, 4);
    assert.deepEqual(index.statementOf(never).map((c) => c.start), [43, 58]);
    assert.deepEqual(index.statementOf(visit).map((c) => c.start), [0, 27]);
    assert.deepEqual(index.statementsBy('p1').map((s) => s.length), [2, 1]);
    assert.deepEqual(index.statementOf({ ...bush }), [{ ...bush }], 'a claim not in the analysis is its own statement');
  });

  test('the source words: the first piece with a source span, one line, shortened; none without a span', () => {
    const text = 'x'.repeat(43) + 'the top\n Iranian diplomat' + ' of the ministry of foreign affairs of the Islamic Republic';
    const spoken = { ...judge, speakerSpan: { start: 43, end: 43 + 'the top\n Iranian diplomat'.length } };
    assert.equal(statementSource([spoken, never], (s, e) => text.slice(s, e)), 'the top Iranian diplomat');
    assert.equal(statementSource([never, spoken], (s, e) => text.slice(s, e)), 'the top Iranian diplomat');
    const long = { ...judge, speakerSpan: { start: 43, end: text.length } };
    const shown = statementSource([long], (s, e) => text.slice(s, e))!;
    assert.equal(shown.length, 40);
    assert.ok(shown.startsWith('the top Iranian diplomat of') && shown.endsWith('…'), shown);
    assert.equal(statementSource([bush, visit], (s, e) => text.slice(s, e)), undefined);
  });
});

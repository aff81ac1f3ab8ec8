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
});

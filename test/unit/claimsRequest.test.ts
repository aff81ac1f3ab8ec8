import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { packRequest, requestSentences, requestTokens } from '../../src/core/parallel/claimsRequest';
import type { ClaimsRequest } from '../../src/core/parallel/claimsRequest';
import { decodeArticle } from '../../src/core/text/decode';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

const SAMPLE = join(__dirname, '../../../test/fixtures/iran-iraq-security-cooperation.txt');

suite('core: the claims request (main thread → claims worker)', () => {
  test('arrives with the same tokens and sentences, and the sender keeps its own', () => {
    const text = decodeArticle(readFileSync(SAMPLE));
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const startsBefore = Array.from(tokens.starts.subarray(0, tokens.length));

    const { port1, port2 } = new MessageChannel();
    port1.postMessage(...packRequest(1, text, tokens, sentences));
    const received = receiveMessageOnPort(port2)?.message as ClaimsRequest;
    port1.close();

    // Transferring detaches what was sent: the sender's own columns must not have been among it.
    assert.deepEqual(Array.from(tokens.starts.subarray(0, tokens.length)), startsBefore);
    const got = requestTokens(received);
    assert.equal(got.length, tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      assert.equal(got.text(i), tokens.text(i));
      assert.equal(got.kind(i), tokens.kind(i));
      assert.equal(got.starts[i], tokens.starts[i]);
      assert.equal(got.ends[i], tokens.ends[i]);
    }
    assert.deepEqual(requestSentences(received), sentences);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MOST_STOPS, RestartPolicy, WINDOW_MS } from '../../client/src/restartPolicy';

describe('restarting a server that stopped unexpectedly', () => {
  it('restarts it after each of the first stops, and not after the fifth within three minutes', () => {
    const policy = new RestartPolicy();
    const answers = Array.from({ length: MOST_STOPS }, (_, k) => policy.restartAfterStop(1_000 + k * 10_000));
    assert.deepEqual(answers, [true, true, true, true, false]);
  });

  it('keeps restarting a server that stops now and then, since older stops leave the window', () => {
    const policy = new RestartPolicy();
    for (let k = 0; k < 20; k++) assert.equal(policy.restartAfterStop(k * (WINDOW_MS / 4 + 1)), true, `stop ${k + 1}`);
  });

  it('counts stops afresh once the user restarts the server by hand', () => {
    const policy = new RestartPolicy(2, 1000);
    assert.equal(policy.restartAfterStop(0), true);
    assert.equal(policy.restartAfterStop(1), false);
    policy.forget();
    assert.equal(policy.restartAfterStop(2), true);
  });
});

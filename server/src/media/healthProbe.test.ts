import { describe, expect, it } from 'vitest';
import { createHealthProbe } from './healthProbe.js';

describe('health probe', () => {
  it('needs two failures in a row before an up LiveKit counts as down, and one success to be up', async () => {
    let t = 0;
    let answers = true;
    const probe = createHealthProbe(
      () => (answers ? Promise.resolve() : Promise.reject(new Error('refused'))),
      () => t,
    );
    expect(await probe.check()).toBe('up');
    answers = false;
    t += 2_000;
    expect(await probe.check()).toBe('up');
    t += 2_000;
    expect(await probe.check()).toBe('down');
    answers = true;
    t += 2_000;
    expect(await probe.check()).toBe('up');
  });

  it('is down at once when LiveKit never answered, and says why', async () => {
    const probe = createHealthProbe(() => Promise.reject(new Error('connect ECONNREFUSED')));
    expect(probe.lastFailure()).toBeNull();
    expect(await probe.check()).toBe('down');
    expect(probe.lastFailure()).toBe('connect ECONNREFUSED');
  });

  it("gives fetch's reason, which it keeps in the error's cause", async () => {
    const refused = new Error('connect ECONNREFUSED 127.0.0.1:7880');
    const probe = createHealthProbe(() =>
      Promise.reject(new TypeError('fetch failed', { cause: refused })),
    );
    await probe.check();
    expect(probe.lastFailure()).toBe('fetch failed (connect ECONNREFUSED 127.0.0.1:7880)');
  });

  it('caches an answer for two seconds', async () => {
    let t = 0;
    let calls = 0;
    const probe = createHealthProbe(
      () => {
        calls += 1;
        return Promise.resolve();
      },
      () => t,
    );
    await probe.check();
    t += 1_999;
    await probe.check();
    expect(calls).toBe(1);
    t += 1;
    await probe.check();
    expect(calls).toBe(2);
  });
});

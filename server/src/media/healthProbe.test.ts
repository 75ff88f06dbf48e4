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

  it('is down at once when LiveKit never answered', async () => {
    const probe = createHealthProbe(() => Promise.reject(new Error('refused')));
    expect(await probe.check()).toBe('down');
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

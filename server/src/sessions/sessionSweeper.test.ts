import { afterEach, describe, expect, it } from 'vitest';
import { sessionKit } from './sessionTestKit.js';

const HOUR = 3_600_000;

describe('the session sweeper', () => {
  const kits: Array<ReturnType<typeof sessionKit>> = [];
  afterEach(async () => {
    for (const k of kits.splice(0)) await k.close();
  });
  const fresh = () => {
    const k = sessionKit();
    kits.push(k);
    return k;
  };

  it('deletes a lobby never started once the lobby TTL has passed, telling its sockets, with no media call', async () => {
    const k = fresh();
    const g = await k.groupOf();
    k.clock.increment(168 * HOUR - 1);
    await k.settled();
    expect(await k.service.sweeper.sweep()).toEqual([]);
    k.clock.increment(1);
    await k.settled();
    k.log.length = 0;
    expect(await k.service.sweeper.sweep()).toEqual([g.created.id]);
    expect(k.log).toEqual([{ kind: 'closed', sessionId: g.created.id, reason: 'expired' }]);
    expect(await k.store.getSession(g.created.id)).toBeUndefined();
    expect(await k.store.listParticipants(g.created.id)).toEqual([]);
    expect(k.service.liveCount).toBe(0);
  });

  it('purges an ended session a day after it ended, and never a running one', async () => {
    const k = fresh();
    const ended = await k.groupOf();
    const running = await k.groupOf();
    for (const g of [ended, running]) {
      await k.service.commands.machine(g.chair, {
        type: 'presenter.set',
        identity: g.anna.identity,
      });
    }
    await k.service.commands.machine(ended.chair, { type: 'session.end' });
    await k.service.commands.machine(running.chair, { type: 'session.start' });
    await k.service.commands.machine(running.chair, { type: 'phase.pause' });
    k.clock.increment(24 * HOUR - 1);
    await k.settled();
    expect(await k.service.sweeper.sweep()).toEqual([]);
    k.clock.increment(1);
    await k.settled();
    expect(await k.service.sweeper.sweep()).toEqual([ended.created.id]);
    k.clock.increment(1000 * HOUR);
    await k.settled();
    expect(await k.service.sweeper.sweep()).toEqual([]);
    expect((await k.service.view(running.created.id)).status).toBe('paused');
  });
});

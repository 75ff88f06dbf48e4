import { afterEach, describe, expect, it } from 'vitest';
import { sessionKit } from './sessionTestKit.js';

const HOUR = 3_600_000;

describe('the session sweeper', () => {
  const kits: Array<ReturnType<typeof sessionKit>> = [];
  afterEach(() => kits.splice(0).forEach((k) => k.close()));
  const fresh = () => {
    const k = sessionKit();
    kits.push(k);
    return k;
  };

  it('deletes a lobby never started once the lobby TTL has passed, telling its sockets, with no media call', async () => {
    const k = fresh();
    const g = await k.groupOf();
    k.clock.increment(168 * HOUR - 1);
    expect(k.service.sweeper.sweep()).toEqual([]);
    k.clock.increment(1);
    k.log.length = 0;
    expect(k.service.sweeper.sweep()).toEqual([g.created.id]);
    expect(k.log).toEqual([{ kind: 'closed', sessionId: g.created.id, reason: 'expired' }]);
    expect(k.store.getSession(g.created.id)).toBeUndefined();
    expect(k.store.listParticipants(g.created.id)).toEqual([]);
    expect(k.service.liveCount).toBe(0);
  });

  it('purges an ended session a day after it ended, and never a running one', async () => {
    const k = fresh();
    const ended = await k.groupOf();
    const running = await k.groupOf();
    for (const g of [ended, running]) {
      k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    }
    k.service.commands.machine(ended.chair, { type: 'session.end' });
    k.service.commands.machine(running.chair, { type: 'session.start' });
    k.service.commands.machine(running.chair, { type: 'phase.pause' });
    k.clock.increment(24 * HOUR - 1);
    expect(k.service.sweeper.sweep()).toEqual([]);
    k.clock.increment(1);
    expect(k.service.sweeper.sweep()).toEqual([ended.created.id]);
    k.clock.increment(1000 * HOUR);
    expect(k.service.sweeper.sweep()).toEqual([]);
    expect(k.service.view(running.created.id).status).toBe('paused');
  });
});

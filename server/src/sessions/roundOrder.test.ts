import { afterEach, describe, expect, it } from 'vitest';
import { roundOrder } from './roundOrder.js';
import { sessionKit } from './sessionTestKit.js';

describe('the order of a speaking round', () => {
  const kits: Array<ReturnType<typeof sessionKit>> = [];
  afterEach(async () => {
    for (const k of kits.splice(0)) await k.close();
  });

  /** A running intervision with Anna presenting; Ben and a third peer, Cas, offline until connected. */
  async function running() {
    const k = sessionKit();
    kits.push(k);
    const g = await k.groupOf();
    const cas = await k.service.join(g.created.id, k.secretOf(g.created.inviteUrl), 'Cas');
    const c = { sessionId: g.created.id, identity: cas.identity };
    for (const who of [g.chair, g.anna, g.ben]) k.service.presence.connected(who, 1);
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    await k.service.commands.machine(g.chair, { type: 'session.start' });
    const round = async () => (await k.service.view(g.created.id)).round;
    const start = (payload: Record<string, unknown>) =>
      k.service.handlers['round:start'](g.chair, { secondsPerTurn: 60, strict: false, ...payload });
    return { k, g, cas: c, round, start };
  }

  it('the list takes the connected members except the chair, the presenter included when the phase lets them speak', async () => {
    const r = await running();
    await r.start({ mode: 'list' });
    expect((await r.round())?.order).toEqual([r.g.anna.identity, r.g.ben.identity]);
  });

  it('leaves the presenter out by default in a phase where they listen, and in when the chair says so', async () => {
    const r = await running();
    await r.k.service.commands.machine(r.g.chair, { type: 'phase.next' });
    await r.start({ mode: 'list' });
    expect((await r.round())?.order).toEqual([r.g.ben.identity]);
    await r.start({ mode: 'list', includePresenter: true });
    expect((await r.round())?.order).toEqual([r.g.anna.identity, r.g.ben.identity]);
    await r.k.service.commands.machine(r.g.chair, { type: 'phase.previous' });
    await r.start({ mode: 'list', includePresenter: false });
    expect((await r.round())?.order).toEqual([r.g.ben.identity]);
  });

  it('random gives everyone of the list one turn in a shuffled order', async () => {
    const r = await running();
    r.k.service.presence.connected(r.cas, 1);
    await r.start({ mode: 'random' });
    const order = (await r.round())?.order ?? [];
    expect([...order].sort()).toEqual([r.g.anna.identity, r.g.ben.identity, r.cas.identity].sort());
    // With the draws fixed, the shuffle is the one Fisher–Yates gives: not the list order.
    const session = await r.k.service.registry.require(r.g.created.id);
    const choice = { mode: 'random', secondsPerTurn: 60, strict: false } as const;
    expect(roundOrder(session, choice, () => 0)).toEqual([
      r.g.ben.identity,
      r.cas.identity,
      r.g.anna.identity,
    ]);
  });

  it('hands follow the queue, first raised first', async () => {
    const r = await running();
    await r.k.service.commands.hand(r.cas, true);
    r.k.clock.increment(1000);
    await r.k.settled();
    await r.k.service.commands.hand(r.g.ben, true);
    await r.start({ mode: 'hands' });
    expect((await r.round())?.order).toEqual([r.cas.identity, r.g.ben.identity]);
  });

  it('in the lobby the round is refused as a transition, before any order is looked at', async () => {
    const k = sessionKit();
    kits.push(k);
    const g = await k.groupOf();
    await expect(
      k.service.handlers['round:start'](g.chair, {
        mode: 'hands',
        secondsPerTurn: 60,
        strict: true,
      }),
    ).rejects.toThrow(expect.objectContaining({ code: 'invalid_transition' }));
  });
});

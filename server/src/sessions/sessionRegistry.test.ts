import { pino } from 'pino';
import { SimulatedClock } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionService } from './sessionService.js';
import { sessionKit, T0 } from './sessionTestKit.js';

describe('session registry', () => {
  const kits: Array<ReturnType<typeof sessionKit>> = [];
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
    for (const k of kits.splice(0)) await k.close();
  });
  const fresh = () => {
    const k = sessionKit();
    kits.push(k);
    return k;
  };

  it('an unknown session is not_found', async () => {
    const k = fresh();
    await expect(k.service.registry.require('missing-session')).rejects.toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });

  it('a restarted service restores a running phase and ends it at the original deadline', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    await k.service.commands.machine(g.chair, { type: 'session.start' });
    k.clock.increment(10_000);
    await k.settled();
    await k.service.close(); // the old process is gone; its store stays

    const clock = new SimulatedClock();
    clock.set(T0 + 15_000);
    const states: string[] = [];
    const restarted = new SessionService({
      store: k.store,
      media: k.media,
      logger: pino({ level: 'silent' }),
      publicUrl: 'http://127.0.0.1:3000',
      now: () => clock.now(),
      clock,
    });
    closers.push(() => restarted.close());
    restarted.listen({
      state: (_id, view) => states.push(view.phase?.id ?? 'none'),
      warning: () => undefined,
      closed: () => undefined,
      removed: () => undefined,
    });
    expect(await restarted.restoreAll()).toBe(1);
    expect((await restarted.view(g.created.id)).phase).toMatchObject({
      id: 'presentation',
      endsAt: T0 + 30_000,
    });
    clock.increment(14_999);
    expect((await restarted.view(g.created.id)).phase?.id).toBe('presentation');
    clock.increment(1);
    await (await restarted.registry.require(g.created.id)).settled();
    expect((await restarted.view(g.created.id)).phase).toMatchObject({
      id: 'muted-reflection',
      startedAt: T0 + 30_000,
    });
    expect(states).toEqual(['muted-reflection']);
  });

  it('warns listeners a minute before a long phase’s deadline', async () => {
    const k = fresh();
    const created = await k.service.create({
      title: 'Long',
      method: 'reflective-practice-group',
      durations: { 'check-in': 120 },
    });
    const chair = await k.service.join(created.id, k.secretOf(created.chairUrl), 'Chair');
    await k.service.commands.machine(
      { sessionId: created.id, identity: chair.identity },
      { type: 'session.start' },
    );
    const warnings = () => k.log.filter((e) => e.kind === 'warning');
    k.clock.increment(59_999);
    await k.settled();
    expect(warnings()).toEqual([]);
    k.clock.increment(1);
    await k.settled();
    expect(warnings()).toEqual([{ kind: 'warning', phaseId: 'check-in' }]);
  });

  it('a session unloaded from memory comes back from the store as it was', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    k.service.registry.unload(g.created.id);
    expect(k.service.registry.find(g.created.id)).toBeUndefined();
    expect(await k.service.view(g.created.id)).toMatchObject({
      status: 'lobby',
      presenter: g.anna.identity,
    });
    expect(k.service.liveCount).toBe(1);
  });

  it('at start only running and paused sessions come back; a lobby loads when someone uses it', async () => {
    const k = fresh();
    const lobby = await k.groupOf();
    const running = await k.groupOf();
    await k.service.commands.machine(running.chair, {
      type: 'presenter.set',
      identity: running.anna.identity,
    });
    await k.service.commands.machine(running.chair, { type: 'session.start' });
    await k.service.close();

    const restarted = new SessionService({
      store: k.store,
      media: k.media,
      logger: pino({ level: 'silent' }),
      publicUrl: 'http://127.0.0.1:3000',
      now: k.now,
      clock: k.clock,
    });
    closers.push(() => restarted.close());
    expect(await restarted.restoreAll()).toBe(1);
    expect(restarted.registry.find(lobby.created.id)).toBeUndefined();
    expect((await restarted.view(lobby.created.id)).status).toBe('lobby');
    expect(restarted.liveCount).toBe(2);
  });
  it('a session whose stored snapshot carries a newer epoch is let go, the command is refused and nobody hears the change', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    // Another owner wrote with epoch 1; this node still writes with 0.
    const stored = await k.store.getSession(g.created.id);
    expect(await k.store.saveSnapshot(g.created.id, 'lobby', stored?.snapshot, 1)).toBe(true);
    k.log.length = 0;
    // Never acknowledged as done: the store did not keep it.
    await expect(
      k.service.commands.machine(g.chair, { type: 'session.start' }),
    ).rejects.toMatchObject({ code: 'session_unavailable' });
    expect(k.log.map((e) => e.kind)).toEqual(['stored']);
    expect(k.service.registry.find(g.created.id)).toBeUndefined();
    expect((await k.store.getSession(g.created.id))?.status).toBe('lobby');
  });
});

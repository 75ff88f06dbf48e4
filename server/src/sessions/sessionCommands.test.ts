import { LIMITS } from '@intervision/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionKit, T0 } from './sessionTestKit.js';

describe('session commands', () => {
  const kits: Array<ReturnType<typeof sessionKit>> = [];
  afterEach(async () => {
    for (const k of kits.splice(0)) await k.close();
  });
  const fresh = () => {
    const k = sessionKit();
    kits.push(k);
    return k;
  };

  it('a transition is stored, then listeners hear it, then the media server follows', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    k.log.length = 0;
    await k.service.commands.machine(g.chair, { type: 'session.start' });
    expect(k.log.map((e) => e.kind)).toEqual(['stored', 'state', 'enforce']);
    expect(k.log[0]).toEqual({ kind: 'stored', status: 'running' });
    expect((await k.store.getSession(g.created.id))?.status).toBe('running');
  });

  it('starting without the presenter the method needs is refused with presenter_required and stores nothing', async () => {
    const k = fresh();
    const g = await k.groupOf();
    k.log.length = 0;
    await expect(k.service.commands.machine(g.chair, { type: 'session.start' })).rejects.toThrow(
      expect.objectContaining({ code: 'presenter_required' }),
    );
    expect(k.log).toEqual([]);
    expect((await k.store.getSession(g.created.id))?.status).toBe('lobby');
  });

  it('the chair cannot be made presenter and a stranger cannot be chosen', async () => {
    const k = fresh();
    const g = await k.groupOf();
    const set = (identity: string) =>
      k.service.commands.machine(g.chair, { type: 'presenter.set', identity });
    await expect(set(g.chair.identity)).rejects.toThrow(
      expect.objectContaining({ code: 'bad_request' }),
    );
    await expect(set('nobody')).rejects.toThrow(expect.objectContaining({ code: 'not_found' }));
    expect((await k.service.view(g.created.id)).presenter).toBeNull();
  });

  it('a phase cannot be extended past the total bound, and the refusal changes nothing', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    await k.service.commands.machine(g.chair, { type: 'session.start' });
    const hour = LIMITS.extendSecondsMax;
    for (let i = 0; i < LIMITS.extendTotalSecondsMax / hour; i++) {
      await k.service.commands.machine(g.chair, { type: 'phase.extend', seconds: hour });
    }
    const endsAt = (await k.service.view(g.created.id)).phase?.endsAt;
    expect(endsAt).toBe(T0 + 30_000 + LIMITS.extendTotalSecondsMax * 1000);
    await expect(
      k.service.commands.machine(g.chair, { type: 'phase.extend', seconds: 1 }),
    ).rejects.toThrow(expect.objectContaining({ code: 'invalid_transition' }));
    expect((await k.service.view(g.created.id)).phase?.endsAt).toBe(endsAt);
  });

  it('the deadline moves the session on by the simulated clock, stored before it is told', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    await k.service.commands.machine(g.chair, { type: 'session.start' });
    k.log.length = 0;
    k.clock.increment(30_000);
    await k.settled();
    expect((await k.service.view(g.created.id)).phase).toMatchObject({
      id: 'muted-reflection',
      startedAt: T0 + 30_000,
    });
    expect(k.log.map((e) => e.kind)).toEqual(['stored', 'state', 'enforce']);
  });

  it('after the end every command is refused with session_ended', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await k.service.commands.machine(g.chair, { type: 'session.end' });
    await expect(k.service.commands.machine(g.chair, { type: 'phase.next' })).rejects.toThrow(
      expect.objectContaining({ code: 'session_ended' }),
    );
    await expect(k.service.commands.hand(g.anna, true)).rejects.toThrow(
      expect.objectContaining({ code: 'session_ended' }),
    );
  });

  it('hands go up once, are stored, and only the chair lowers someone else’s', async () => {
    const k = fresh();
    const g = await k.groupOf();
    k.clock.increment(5_000);
    await k.settled();
    await k.service.commands.hand(g.anna, true);
    k.clock.increment(5_000);
    await k.settled();
    await k.service.commands.hand(g.ben, true);
    k.log.length = 0;
    await k.service.commands.hand(g.anna, true); // already up: keeps its place, tells nobody
    expect(k.log).toEqual([]);
    expect((await k.service.view(g.created.id)).hands).toEqual([g.anna.identity, g.ben.identity]);
    const stored = (await k.store.listParticipants(g.created.id)).find(
      (p) => p.id === g.anna.identity,
    );
    expect(stored?.handRaisedAt).toBe(T0 + 5_000);

    await expect(k.service.commands.hand(g.ben, false, g.anna.identity)).rejects.toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    await k.service.commands.hand(g.chair, false, g.anna.identity);
    expect((await k.service.view(g.created.id)).hands).toEqual([g.ben.identity]);
    await expect(k.service.commands.hand(g.chair, false, 'nobody')).rejects.toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});

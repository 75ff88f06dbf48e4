import { afterEach, describe, expect, it } from 'vitest';
import { sessionKit } from './sessionTestKit.js';

describe('the chair removes a participant', () => {
  const kits: Array<ReturnType<typeof sessionKit>> = [];
  afterEach(async () => {
    for (const k of kits.splice(0)) await k.close();
  });
  const fresh = () => {
    const k = sessionKit();
    kits.push(k);
    return k;
  };

  it('the presenter with a raised hand is gone: credential, hand, presenter, sockets, then the media room', async () => {
    const k = fresh();
    const created = await k.service.create({ title: 'x', method: 'intervision' });
    const chair = await k.service.join(created.id, k.secretOf(created.chairUrl), 'Chair');
    const anna = await k.service.join(created.id, k.secretOf(created.inviteUrl), 'Anna');
    const chairCaller = { sessionId: created.id, identity: chair.identity };
    const annaCaller = { sessionId: created.id, identity: anna.identity };
    await k.service.commands.machine(chairCaller, {
      type: 'presenter.set',
      identity: anna.identity,
    });
    await k.service.commands.hand(annaCaller, true);
    k.log.length = 0;

    await k.service.commands.remove(chairCaller, anna.identity);

    expect(k.log.map((e) => e.kind)).toEqual([
      'removed',
      'stored',
      'state',
      'enforce',
      'removeParticipant',
    ]);
    const view = await k.service.view(created.id);
    expect(view.participants.map((p) => p.identity)).toEqual([chair.identity]);
    expect(view).toMatchObject({ presenter: null, hands: [] });
    await expect(k.service.authenticate(anna.credential)).rejects.toThrow(
      expect.objectContaining({ code: 'unauthorized' }),
    );
    await expect(k.service.roleOf(annaCaller)).rejects.toThrow(
      expect.objectContaining({ code: 'unauthorized' }),
    );
    expect((await k.store.listParticipants(created.id)).map((p) => p.id)).toEqual([chair.identity]);
  });

  it('a peer who is not presenting is removed without touching the machine', async () => {
    const k = fresh();
    const g = await k.groupOf();
    k.log.length = 0;
    await k.service.commands.remove(g.chair, g.ben.identity);
    expect(k.log.map((e) => e.kind)).toEqual(['removed', 'state', 'removeParticipant']);
  });

  it('refuses removing yourself, someone unknown, or anyone after the end, and changes nothing', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await expect(k.service.commands.remove(g.chair, g.chair.identity)).rejects.toThrow(
      expect.objectContaining({ code: 'bad_request' }),
    );
    await expect(k.service.commands.remove(g.chair, 'nobody')).rejects.toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
    await k.service.commands.machine(g.chair, { type: 'session.end' });
    await expect(k.service.commands.remove(g.chair, g.anna.identity)).rejects.toThrow(
      expect.objectContaining({ code: 'session_ended' }),
    );
    expect(await k.store.listParticipants(g.created.id)).toHaveLength(3);
  });
});

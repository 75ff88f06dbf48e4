import { afterEach, describe, expect, it } from 'vitest';
import { sessionKit } from './sessionTestKit.js';

describe('membership', () => {
  const kits: Array<ReturnType<typeof sessionKit>> = [];
  afterEach(async () => {
    for (const k of kits.splice(0)) await k.close();
  });
  const fresh = () => {
    const k = sessionKit();
    kits.push(k);
    return k;
  };

  it('the chair link joins as chair, the invite link as peer, and each credential names its member', async () => {
    const k = fresh();
    const created = await k.service.create({ title: 'Case', method: 'intervision' });
    expect(created.chairUrl).toMatch(new RegExp(`^http://127.0.0.1:3000/s/${created.id}#k=`));
    const chair = await k.service.join(created.id, k.secretOf(created.chairUrl), 'Chair');
    const peer = await k.service.join(created.id, k.secretOf(created.inviteUrl), 'Peer');
    expect([chair.role, peer.role]).toEqual(['chair', 'peer']);
    expect(peer.livekit?.token).toBe(`token-for-${peer.identity}`);
    expect(await k.service.authenticate(peer.credential)).toEqual({
      sessionId: created.id,
      identity: peer.identity,
    });
    await expect(k.service.authenticate('forged')).rejects.toThrow(
      expect.objectContaining({ code: 'unauthorized' }),
    );
    expect((await k.store.listParticipants(created.id)).map((p) => p.joinRole)).toEqual([
      'chair',
      'peer',
    ]);
  });

  it('refuses an unknown method, unknown phase ids, a wrong secret, and a full group', async () => {
    const k = fresh();
    await expect(k.service.create({ title: 'x', method: 'nope' })).rejects.toThrow(
      expect.objectContaining({ code: 'bad_request' }),
    );
    await expect(
      k.service.create({ title: 'x', method: 'intervision', durations: { nope: 60 } }),
    ).rejects.toThrow(expect.objectContaining({ code: 'bad_request' }));
    const created = await k.service.create({
      title: 'x',
      method: 'intervision',
      maxParticipants: 2,
    });
    await expect(k.service.join(created.id, 'wrong', 'Eve')).rejects.toMatchObject({
      code: 'unauthorized',
    });
    const invite = k.secretOf(created.inviteUrl);
    await k.service.join(created.id, invite, 'A');
    await k.service.join(created.id, invite, 'B');
    await expect(k.service.join(created.id, invite, 'C')).rejects.toMatchObject({
      code: 'session_full',
    });
    expect(await k.store.listParticipants(created.id)).toHaveLength(2);
  });

  it('nobody joins an ended session', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await k.service.commands.machine(g.chair, { type: 'session.end' });
    await expect(
      k.service.join(g.created.id, k.secretOf(g.created.inviteUrl), 'Late'),
    ).rejects.toMatchObject({ code: 'session_ended' });
  });

  it('a token carries the rights of the phase in force: the presenter listens in muted reflection', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await k.service.commands.machine(g.chair, { type: 'presenter.set', identity: g.anna.identity });
    await k.service.commands.machine(g.chair, { type: 'session.start' });
    await k.service.commands.machine(g.chair, { type: 'phase.next' });
    k.log.length = 0;
    await k.service.mediaToken(g.anna);
    await k.service.mediaToken(g.ben);
    const rights = k.log.flatMap((e) => (e.kind === 'token' ? [e.request.rights] : []));
    expect(rights).toMatchObject([
      { microphone: false, camera: false },
      { microphone: true, camera: true },
    ]);
  });

  it('without a media server joining still works and a fresh token says media_unavailable', async () => {
    const k = fresh();
    k.mediaUp.value = false;
    const created = await k.service.create({ title: 'x', method: 'balint' });
    const joined = await k.service.join(created.id, k.secretOf(created.inviteUrl), 'Peer');
    expect(joined).toMatchObject({ livekit: null, mediaError: 'media_unavailable' });
    await expect(
      k.service.mediaToken({ sessionId: created.id, identity: joined.identity }),
    ).rejects.toMatchObject({ code: 'media_unavailable' });
  });

  it('only the chair deletes; then the data is gone, listeners are told, and the media room goes last', async () => {
    const k = fresh();
    const g = await k.groupOf();
    await expect(k.service.delete(g.created.id, g.anna)).rejects.toMatchObject({
      code: 'forbidden',
    });
    k.log.length = 0;
    await k.service.delete(g.created.id, g.chair);
    expect(k.log.map((e) => e.kind)).toEqual(['closed', 'deleteRoom']);
    expect(await k.store.getSession(g.created.id)).toBeUndefined();
    expect(k.service.liveCount).toBe(0);
    await expect(k.service.view(g.created.id)).rejects.toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { sessionKit } from './sessionTestKit.js';

describe('joining again and the cap', () => {
  const kits: Array<ReturnType<typeof sessionKit>> = [];
  afterEach(async () => {
    for (const k of kits.splice(0)) await k.close();
  });
  const fresh = () => {
    const k = sessionKit();
    kits.push(k);
    return k;
  };

  it('the cap counts peers only: a full group still lets the chair link in', async () => {
    const k = fresh();
    const created = await k.service.create({
      title: 'x',
      method: 'intervision',
      maxParticipants: 2,
    });
    const invite = k.secretOf(created.inviteUrl);
    await k.service.join(created.id, invite, 'A');
    await k.service.join(created.id, invite, 'B');
    await expect(k.service.join(created.id, invite, 'C')).rejects.toMatchObject({
      code: 'session_full',
    });
    const chair = await k.service.join(created.id, k.secretOf(created.chairUrl), 'Chair');
    expect(chair.role).toBe('chair');
    expect((await k.store.listParticipants(created.id)).map((p) => p.joinRole)).toEqual([
      'peer',
      'peer',
      'chair',
    ]);
  });

  it('a valid credential brings back the same person without a name, and adds nobody', async () => {
    const k = fresh();
    const g = await k.groupOf();
    const invite = k.secretOf(g.created.inviteUrl);
    const first = await k.service.join(g.created.id, invite, 'Dana');
    const again = await k.service.join(g.created.id, invite, undefined, first.credential);
    expect(again).toMatchObject({
      identity: first.identity,
      role: 'peer',
      credential: first.credential,
    });
    expect(await k.store.listParticipants(g.created.id)).toHaveLength(4);
    const renamed = await k.service.join(g.created.id, invite, 'Dana K.', first.credential);
    expect(renamed.identity).toBe(first.identity);
    expect(
      (await k.service.view(g.created.id)).participants.find((p) => p.identity === first.identity),
    ).toMatchObject({ name: 'Dana K.' });
  });

  it('without a valid credential of this session a name is required and a new person joins', async () => {
    const k = fresh();
    const g = await k.groupOf();
    const other = await k.service.create({ title: 'Other', method: 'intervision' });
    const elsewhere = await k.service.join(other.id, k.secretOf(other.inviteUrl), 'Eve');
    const invite = k.secretOf(g.created.inviteUrl);
    await expect(k.service.join(g.created.id, invite, undefined)).rejects.toMatchObject({
      code: 'bad_request',
    });
    await expect(
      k.service.join(g.created.id, invite, undefined, elsewhere.credential),
    ).rejects.toMatchObject({ code: 'bad_request' });
    const newcomer = await k.service.join(g.created.id, invite, 'Eve', elsewhere.credential);
    expect(newcomer.identity).not.toBe(elsewhere.identity);
    expect(newcomer.credential).not.toBe(elsewhere.credential);
  });

  it('a presenting peer who opens the chair link becomes the chair and stops presenting', async () => {
    const k = fresh();
    const created = await k.service.create({ title: 'x', method: 'intervision' });
    const chairSecret = k.secretOf(created.chairUrl);
    const chair = await k.service.join(created.id, chairSecret, 'Chair');
    const anna = await k.service.join(created.id, k.secretOf(created.inviteUrl), 'Anna');
    await k.service.commands.machine(
      { sessionId: created.id, identity: chair.identity },
      { type: 'presenter.set', identity: anna.identity },
    );
    k.log.length = 0;
    const promoted = await k.service.join(created.id, chairSecret, undefined, anna.credential);
    expect(promoted).toMatchObject({ identity: anna.identity, role: 'chair' });
    expect((await k.service.view(created.id)).presenter).toBeNull();
    expect((await k.store.listParticipants(created.id)).map((p) => p.joinRole)).toEqual([
      'chair',
      'chair',
    ]);
    // Stored before anyone heard, and the media room follows the new role.
    expect(k.log.map((e) => e.kind).slice(0, 3)).toEqual(['stored', 'state', 'enforce']);
  });

  it('the invite link never lowers the chair', async () => {
    const k = fresh();
    const created = await k.service.create({ title: 'x', method: 'intervision' });
    const chair = await k.service.join(created.id, k.secretOf(created.chairUrl), 'Chair');
    const again = await k.service.join(
      created.id,
      k.secretOf(created.inviteUrl),
      undefined,
      chair.credential,
    );
    expect(again).toMatchObject({ identity: chair.identity, role: 'chair' });
    expect(await k.store.listParticipants(created.id)).toHaveLength(1);
  });
});

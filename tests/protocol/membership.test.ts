import type { JoinSessionResponse, SessionClosed } from '@intervision/shared';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import {
  createSession,
  join,
  LiveClient,
  request,
  secretOf,
  startInProcessServer,
  type RunningServer,
} from '@intervision/testkit';

describe('no invite-link holder can lock the chair out', () => {
  let server: RunningServer;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    server = await startInProcessServer();
  });
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  afterAll(async () => {
    await server.close();
  });
  const connect = async (j: JoinSessionResponse) => {
    const c = await LiveClient.connect(server.url, j.credential);
    clients.push(c);
    return c;
  };
  const bearer = (j: JoinSessionResponse) => ({ authorization: `Bearer ${j.credential}` });

  it('after eight invite-link joins the chair still enters and can delete the session', async () => {
    const created = await createSession(server.url, { title: 'Full', method: 'intervision' });
    for (let i = 1; i <= 8; i++) await join(server.url, created.id, created.inviteUrl, `Peer ${i}`);
    const ninth = await request(server.url, 'POST', `/api/sessions/${created.id}/join`, {
      secret: secretOf(created.inviteUrl),
      name: 'Peer 9',
    });
    expect(ninth).toMatchObject({ status: 409, body: { error: 'session_full' } });

    const chair = await join(server.url, created.id, created.chairUrl, 'Chair');
    expect(chair.role).toBe('chair');
    const deleted = await request(
      server.url,
      'DELETE',
      `/api/sessions/${created.id}`,
      undefined,
      bearer(chair),
    );
    expect(deleted.status).toBe(204);
  });

  it('the chair removes the presenter: their sockets hear "removed" and close, and they are gone for good', async () => {
    const created = await createSession(server.url, { title: 'Remove', method: 'intervision' });
    const chair = await join(server.url, created.id, created.chairUrl, 'Chair');
    const anna = await join(server.url, created.id, created.inviteUrl, 'Anna');
    const ben = await join(server.url, created.id, created.inviteUrl, 'Ben');
    const [chairClient, annaTab1, annaTab2, benClient] = await Promise.all([
      connect(chair),
      connect(anna),
      connect(anna),
      connect(ben),
    ]);
    expect(await chairClient.send('presenter:set', { identity: anna.identity })).toEqual({
      ok: true,
    });
    expect(await annaTab1.send('hand:raise')).toEqual({ ok: true });
    await benClient.waitFor((v) => v.hands.includes(anna.identity), 5000, 'hand up');

    const closedEvents = [annaTab1, annaTab2].map((c) => c.next<SessionClosed>('session:closed'));
    const disconnects = [annaTab1, annaTab2].map(
      (c) => new Promise<void>((resolve) => c.socket.once('disconnect', () => resolve())),
    );
    expect(await chairClient.send('participant:remove', { identity: anna.identity })).toEqual({
      ok: true,
    });
    for (const closed of await Promise.all(closedEvents))
      expect(closed).toEqual({ reason: 'removed' });
    await Promise.all(disconnects);

    const view = await benClient.waitFor(
      (v) => !v.participants.some((p) => p.identity === anna.identity),
      5000,
      'Anna gone',
    );
    expect(view).toMatchObject({ presenter: null, hands: [] });
    expect(benClient.socket.connected).toBe(true);
    expect(chairClient.socket.connected).toBe(true);

    // Her credential works nowhere any more: not the socket, not media, not a name-less rejoin.
    await expect(LiveClient.connect(server.url, anna.credential)).rejects.toThrow('unauthorized');
    const token = await request(
      server.url,
      'POST',
      `/api/sessions/${created.id}/token`,
      undefined,
      bearer(anna),
    );
    expect(token.status).toBe(401);
    const rejoin = await request(server.url, 'POST', `/api/sessions/${created.id}/join`, {
      secret: secretOf(created.inviteUrl),
      credential: anna.credential,
    });
    expect(rejoin).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect((await server.store.listParticipants(created.id)).map((p) => p.id)).toEqual([
      chair.identity,
      ben.identity,
    ]);
  });

  it('only the chair removes, never themself, and a refused removal changes nothing', async () => {
    const created = await createSession(server.url, { title: 'Refuse', method: 'intervision' });
    const chair = await join(server.url, created.id, created.chairUrl, 'Chair');
    const ben = await join(server.url, created.id, created.inviteUrl, 'Ben');
    const [chairClient, benClient] = await Promise.all([connect(chair), connect(ben)]);
    expect(await benClient.send('participant:remove', { identity: chair.identity })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(
      await chairClient.send('participant:remove', { identity: chair.identity }),
    ).toMatchObject({ ok: false, error: 'bad_request' });
    expect(await chairClient.send('participant:remove', { identity: 'nobody-here' })).toMatchObject(
      {
        ok: false,
        error: 'not_found',
      },
    );
    expect(await chairClient.send('participant:remove', { who: ben.identity })).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
    expect(await server.store.listParticipants(created.id)).toHaveLength(2);
    expect(benClient.socket.connected).toBe(true);
  });
});

describe('one person per browser', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startInProcessServer();
  });
  afterAll(async () => {
    await server.close();
  });
  const joinBody = (sessionId: string, body: object) =>
    request<JoinSessionResponse & { error?: string }>(
      server.url,
      'POST',
      `/api/sessions/${sessionId}/join`,
      body,
    );

  it('rejoining with the invite link and the stored credential is the same person, name optional', async () => {
    const created = await createSession(server.url, { title: 'Again', method: 'intervision' });
    const first = await join(server.url, created.id, created.inviteUrl, 'Dana');
    const again = await joinBody(created.id, {
      secret: secretOf(created.inviteUrl),
      credential: first.credential,
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      identity: first.identity,
      role: 'peer',
      credential: first.credential,
    });
    expect(again.body.view.participants).toHaveLength(1);
    expect(await server.store.listParticipants(created.id)).toHaveLength(1);

    const nameless = await joinBody(created.id, { secret: secretOf(created.inviteUrl) });
    expect(nameless).toMatchObject({ status: 400, body: { error: 'bad_request' } });
  });

  it('a peer who opens the chair link with their credential becomes the chair, not a second person', async () => {
    const created = await createSession(server.url, { title: 'Chair', method: 'intervision' });
    const peer = await join(server.url, created.id, created.inviteUrl, 'Sam');
    const client = await LiveClient.connect(server.url, peer.credential);
    try {
      const promoted = await joinBody(created.id, {
        secret: secretOf(created.chairUrl),
        credential: peer.credential,
      });
      expect(promoted.body).toMatchObject({ identity: peer.identity, role: 'chair' });
      await client.waitFor(
        (v) => v.participants.some((p) => p.identity === peer.identity && p.role === 'chair'),
        5000,
        'Sam as chair',
      );
      // The same socket now has the chair's rights.
      expect(await client.send('phase:pause')).toMatchObject({
        ok: false,
        error: 'invalid_transition',
      });
      expect(await server.store.listParticipants(created.id)).toHaveLength(1);
    } finally {
      client.close();
    }
  });
});

import type { JoinSessionResponse, SessionView } from '@intervision/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSession,
  join,
  request,
  secretOf,
  startInProcessServer,
  type RunningServer,
  LiveClient,
} from '@intervision/testkit';

/** A view without the send time, to compare "before" and "after". */
const stable = (v: SessionView) => ({ ...v, serverNow: 0 });

describe('bad input changes nothing and gets its error code', () => {
  let server: RunningServer;
  let sessionId: string;
  let chairUrl: string;
  let inviteUrl: string;
  let chair: JoinSessionResponse;
  let peer: JoinSessionResponse;
  let chairClient: LiveClient;
  let peerClient: LiveClient;

  const currentView = async (): Promise<SessionView> => {
    const ack = await chairClient.send('session:get');
    if (!ack.ok) throw new Error(ack.error);
    return ack.view as SessionView;
  };

  beforeAll(async () => {
    server = await startInProcessServer();
    const created = await createSession(server.url, { title: 'Bad input', method: 'intervision' });
    ({ id: sessionId, chairUrl, inviteUrl } = created);
    chair = await join(server.url, sessionId, chairUrl, 'Chair');
    peer = await join(server.url, sessionId, inviteUrl, 'Peer');
    chairClient = await LiveClient.connect(server.url, chair.credential);
    peerClient = await LiveClient.connect(server.url, peer.credential);
  });
  afterAll(async () => {
    chairClient.close();
    peerClient.close();
    await server.close();
  });

  it.each([
    ['phase:extend', { seconds: 'ten' }],
    ['phase:extend', { seconds: -5 }],
    ['phase:extend', { seconds: 1.5 }],
    ['phase:extend', { seconds: 60, extra: true }],
    ['presenter:set', {}],
    ['presenter:set', { identity: 42 }],
    ['phase:next', { unexpected: 'field' }],
    ['phase:next', 'a string'],
    ['clock:sync', { clientSentAt: 'now' }],
  ])('the chair sending %s with %j gets bad_request', async (event, payload) => {
    const before = stable(await currentView());
    const ack = await chairClient.send(event, payload);
    expect(ack).toMatchObject({ ok: false, error: 'bad_request' });
    expect(stable(await currentView())).toEqual(before);
  });

  it.each(['session:start', 'phase:next', 'phase:pause', 'phase:previous', 'session:end'])(
    'a peer cannot %s',
    async (event) => {
      const before = stable(await currentView());
      expect(await peerClient.send(event)).toMatchObject({ ok: false, error: 'forbidden' });
      expect(stable(await currentView())).toEqual(before);
    },
  );

  it('a peer cannot choose the presenter or set the question', async () => {
    const before = stable(await currentView());
    expect(await peerClient.send('presenter:set', { identity: peer.identity })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await peerClient.send('question:set', { text: 'mine' })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await peerClient.send('hand:lower', { identity: chair.identity })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(stable(await currentView())).toEqual(before);
  });

  it('commands that do not apply now are refused with their reason', async () => {
    const before = stable(await currentView());
    expect(await chairClient.send('session:start')).toMatchObject({
      ok: false,
      error: 'presenter_required',
    });
    expect(await chairClient.send('phase:next')).toMatchObject({
      ok: false,
      error: 'invalid_transition',
    });
    expect(await chairClient.send('phase:resume')).toMatchObject({
      ok: false,
      error: 'invalid_transition',
    });
    expect(await chairClient.send('phase:extend', { seconds: 60 })).toMatchObject({
      ok: false,
      error: 'invalid_transition',
    });
    expect(await chairClient.send('presenter:set', { identity: 'nobody-here' })).toMatchObject({
      ok: false,
      error: 'not_found',
    });
    expect(await chairClient.send('presenter:set', { identity: chair.identity })).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
    expect(stable(await currentView())).toEqual(before);
  });

  it('oversized strings are refused', async () => {
    const before = stable(await currentView());
    expect(await chairClient.send('question:set', { text: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      error: 'forbidden', // the chair is not the presenter: authorisation comes first
    });
    const other = await createSession(server.url, {
      title: 'Long question',
      method: 'intervision',
    });
    const otherChair = await join(server.url, other.id, other.chairUrl, 'Chair');
    const presenter = await join(server.url, other.id, other.inviteUrl, 'Presenter');
    const otherChairLive = await LiveClient.connect(server.url, otherChair.credential);
    const presenterLive = await LiveClient.connect(server.url, presenter.credential);
    await otherChairLive.send('presenter:set', { identity: presenter.identity });
    expect(await presenterLive.send('question:set', { text: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      error: 'bad_request',
    });
    expect(presenterLive.latest?.question).toBeNull();
    otherChairLive.close();
    presenterLive.close();
    const long = await request(server.url, 'POST', '/api/sessions', {
      title: 'x'.repeat(121),
      method: 'intervision',
    });
    expect(long).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    const longName = await request(server.url, 'POST', `/api/sessions/${sessionId}/join`, {
      secret: secretOf(inviteUrl),
      name: 'n'.repeat(61),
    });
    expect(longName).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    const huge = await request(server.url, 'POST', '/api/sessions', {
      title: 'ok',
      method: 'intervision',
      padding: 'p'.repeat(20_000),
    });
    expect(huge).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect(stable(await currentView())).toEqual(before);
  });

  it('malformed HTTP bodies are refused', async () => {
    for (const body of [
      '{not json',
      { title: 'x', method: 'no-such-method' },
      { title: 'x', method: 'intervision', durations: { 'no-such-phase': 60 } },
      { title: 'x', method: 'intervision', durations: { presentation: 0 } },
      { title: 'x', method: 'intervision', maxParticipants: 9 },
      { title: '', method: 'intervision' },
      [],
    ]) {
      const res = await request(server.url, 'POST', '/api/sessions', body);
      expect(res, JSON.stringify(body)).toMatchObject({
        status: 400,
        body: { error: 'bad_request' },
      });
    }
    const badJoin = await request(server.url, 'POST', `/api/sessions/${sessionId}/join`, {
      name: 'x',
    });
    expect(badJoin).toMatchObject({ status: 400, body: { error: 'bad_request' } });
  });

  it('a wrong secret, an unknown session and a forged credential are refused', async () => {
    const before = stable(await currentView());
    const wrong = await request(server.url, 'POST', `/api/sessions/${sessionId}/join`, {
      secret: 'guessed',
      name: 'Mallory',
    });
    expect(wrong).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
    const unknown = await request(server.url, 'POST', '/api/sessions/AAAAAAAAAAAAAAAA/join', {
      secret: secretOf(inviteUrl),
      name: 'Lost',
    });
    expect(unknown).toMatchObject({ status: 404, body: { error: 'not_found' } });
    await expect(LiveClient.connect(server.url, 'forged-credential')).rejects.toThrow(
      'unauthorized',
    );
    await expect(LiveClient.connect(server.url, '')).rejects.toThrow('unauthorized');
    const forgedDelete = await request(
      server.url,
      'DELETE',
      `/api/sessions/${sessionId}`,
      undefined,
      {
        authorization: 'Bearer forged',
      },
    );
    expect(forgedDelete).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
    const peerDelete = await request(
      server.url,
      'DELETE',
      `/api/sessions/${sessionId}`,
      undefined,
      {
        authorization: `Bearer ${peer.credential}`,
      },
    );
    expect(peerDelete).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(stable(await currentView())).toEqual(before);
  });

  it('the ninth peer is refused when the cap is 8, and adds nobody', async () => {
    const created = await createSession(server.url, { title: 'Full', method: 'intervision' });
    for (let i = 0; i < 8; i += 1)
      await join(server.url, created.id, created.inviteUrl, `Member ${i}`);
    const ninth = await request(server.url, 'POST', `/api/sessions/${created.id}/join`, {
      secret: secretOf(created.inviteUrl),
      name: 'Ninth',
    });
    expect(ninth).toMatchObject({ status: 409, body: { error: 'session_full' } });
    expect(await server.store.listParticipants(created.id)).toHaveLength(8);
  });

  it('a deleted session and its data are gone, and its members are disconnected', async () => {
    const created = await createSession(server.url, { title: 'Delete me', method: 'intervision' });
    const c = await join(server.url, created.id, created.chairUrl, 'Chair');
    const p = await join(server.url, created.id, created.inviteUrl, 'Peer');
    const peerLive = await LiveClient.connect(server.url, p.credential);
    const closed = peerLive.next('session:closed');
    const res = await request(server.url, 'DELETE', `/api/sessions/${created.id}`, undefined, {
      authorization: `Bearer ${c.credential}`,
    });
    expect(res.status).toBe(204);
    expect(await closed).toEqual({ reason: 'deleted' });
    expect(await server.store.getSession(created.id)).toBeUndefined();
    expect(await server.store.listParticipants(created.id)).toEqual([]);
    const again = await request(server.url, 'POST', `/api/sessions/${created.id}/join`, {
      secret: secretOf(created.inviteUrl),
      name: 'Late',
    });
    expect(again).toMatchObject({ status: 404, body: { error: 'not_found' } });
    await expect(LiveClient.connect(server.url, p.credential)).rejects.toThrow('unauthorized');
    peerLive.close();
  });

  it('an ended session refuses commands and new members', async () => {
    const created = await createSession(server.url, {
      title: 'Ended',
      method: 'reflective-practice-group',
    });
    const c = await join(server.url, created.id, created.chairUrl, 'Chair');
    const live = await LiveClient.connect(server.url, c.credential);
    expect(await live.send('session:start')).toEqual({ ok: true });
    expect(await live.send('session:end')).toEqual({ ok: true });
    expect(await live.send('phase:next')).toMatchObject({ ok: false, error: 'session_ended' });
    const late = await request(server.url, 'POST', `/api/sessions/${created.id}/join`, {
      secret: secretOf(created.inviteUrl),
      name: 'Late',
    });
    expect(late).toMatchObject({ status: 410, body: { error: 'session_ended' } });
    live.close();
  });
});

import type { ErrorBody, SessionPreviewResponse } from '@intervision/shared';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rateLimitsFrom } from '@intervision/server/config';
import {
  createSession,
  join,
  LiveClient,
  request,
  secretOf,
  startInProcessServer,
  type RunningServer,
} from '@intervision/testkit';
import { WARN_LEVEL, startLoggedServer, type LogLine } from './loggedServer.js';

const preview = (base: string, sessionId: string, body: unknown) =>
  request<SessionPreviewResponse | ErrorBody>(
    base,
    'POST',
    `/api/sessions/${sessionId}/preview`,
    body,
  );

describe('a link preview names the session and the role the link gives, and adds nobody', () => {
  let server: RunningServer;
  let logs: LogLine[];
  beforeAll(async () => {
    ({ server, logs } = await startLoggedServer());
  });
  afterAll(async () => {
    await server.close();
  });

  it('the chair link previews as the chair and the invite link as a peer, in the lobby', async () => {
    const s = await createSession(server.url, { title: 'Team North, March', method: 'balint' });
    const asChair = await preview(server.url, s.id, { secret: secretOf(s.chairUrl) });
    const asPeer = await preview(server.url, s.id, { secret: secretOf(s.inviteUrl) });
    expect(asChair).toEqual({
      status: 200,
      body: { title: 'Team North, March', methodId: 'balint', role: 'chair', status: 'lobby' },
    });
    expect(asPeer).toEqual({
      status: 200,
      body: { title: 'Team North, March', methodId: 'balint', role: 'peer', status: 'lobby' },
    });
    expect(await server.store.listParticipants(s.id)).toEqual([]);
  });

  it('says running and then paused once the chair has started and paused the session', async () => {
    const s = await createSession(server.url, { title: 'Live', method: 'intervision' });
    const chair = await join(server.url, s.id, s.chairUrl, 'Chair');
    const peer = await join(server.url, s.id, s.inviteUrl, 'Peer');
    const client = await LiveClient.connect(server.url, chair.credential);
    try {
      expect(await client.send('presenter:set', { identity: peer.identity })).toMatchObject({
        ok: true,
      });
      expect(await client.send('session:start')).toMatchObject({ ok: true });
      const running = await preview(server.url, s.id, { secret: secretOf(s.inviteUrl) });
      expect(running.body).toMatchObject({ role: 'peer', status: 'running' });
      expect(await client.send('phase:pause')).toMatchObject({ ok: true });
      const paused = await preview(server.url, s.id, { secret: secretOf(s.chairUrl) });
      expect(paused.body).toMatchObject({ role: 'chair', status: 'paused' });
      expect((await server.store.listParticipants(s.id)).map((p) => p.name)).toEqual([
        'Chair',
        'Peer',
      ]);
    } finally {
      client.close();
    }
  });

  it('an ended session answers 410 session_ended to its links, and 401 to a wrong secret', async () => {
    const s = await createSession(server.url, { title: 'Over', method: 'intervision' });
    const chair = await join(server.url, s.id, s.chairUrl, 'Chair');
    const client = await LiveClient.connect(server.url, chair.credential);
    try {
      expect(await client.send('session:end')).toMatchObject({ ok: true });
    } finally {
      client.close();
    }
    const ended = await preview(server.url, s.id, { secret: secretOf(s.inviteUrl) });
    expect(ended).toEqual({
      status: 410,
      body: { error: 'session_ended', message: expect.any(String) },
    });
    const wrong = await preview(server.url, s.id, { secret: 'not-the-secret' });
    expect(wrong.status).toBe(401);
  });

  it('a wrong secret, or the other session’s secret, is 401 unauthorized', async () => {
    const a = await createSession(server.url, { title: 'A', method: 'intervision' });
    const b = await createSession(server.url, { title: 'B', method: 'intervision' });
    for (const secret of ['x'.repeat(43), secretOf(b.chairUrl), secretOf(b.inviteUrl)]) {
      const res = await preview(server.url, a.id, { secret });
      expect(res).toEqual({
        status: 401,
        body: { error: 'unauthorized', message: expect.any(String) },
      });
    }
  });

  it('an unknown, malformed or deleted session is 404 not_found', async () => {
    const s = await createSession(server.url, { title: 'Gone', method: 'intervision' });
    const chair = await join(server.url, s.id, s.chairUrl, 'Chair');
    const deleted = await request(server.url, 'DELETE', `/api/sessions/${s.id}`, undefined, {
      authorization: `Bearer ${chair.credential}`,
    });
    expect(deleted.status).toBe(204);
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'bad!id', s.id]) {
      const res = await preview(server.url, id, { secret: secretOf(s.chairUrl) });
      expect(res).toEqual({
        status: 404,
        body: { error: 'not_found', message: expect.any(String) },
      });
    }
  });

  it.each([
    ['no body fields', {}],
    ['an empty secret', { secret: '' }],
    ['a number as the secret', { secret: 42 }],
    ['a secret over the limit', { secret: 's'.repeat(201) }],
    ['a name beside the secret', { secret: 'abc', name: 'Sam' }],
    ['an array', ['abc']],
  ])('%s is 400 bad_request, logged below warn, and adds nobody', async (_what, body) => {
    const s = await createSession(server.url, { title: 'Bad', method: 'intervision' });
    const real = { ...(body as object) };
    if ('secret' in real && real.secret === 'abc') real.secret = secretOf(s.inviteUrl);
    const before = logs.length;
    const res = await preview(server.url, s.id, Array.isArray(body) ? body : real);
    expect(res).toEqual({
      status: 400,
      body: { error: 'bad_request', message: expect.any(String) },
    });
    expect(await server.store.listParticipants(s.id)).toEqual([]);
    expect(logs.slice(before).filter((l) => l.level >= WARN_LEVEL)).toEqual([]);
  });
});

describe('link previews are limited per client address, apart from joins', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startInProcessServer(undefined, {
      rateLimits: rateLimitsFrom({
        socketPerSecond: 10,
        socketBurst: 40,
        createsPerHour: 10,
        joinsPerMinute: 2,
      }),
    });
  });
  afterEach(async () => {
    await server.close();
  });

  it('the preview past the budget is 429 rate_limited with Retry-After, and joining still works', async () => {
    const s = await createSession(server.url, { title: 'Busy', method: 'intervision' });
    const secret = secretOf(s.inviteUrl);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await preview(server.url, s.id, { secret })).status);
    expect(statuses).toEqual([200, 200, 429]);
    const res = await fetch(`${server.url}/api/sessions/${s.id}/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ secret }),
    });
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({ error: 'rate_limited', message: expect.any(String) });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const joined = await join(server.url, s.id, s.inviteUrl, 'Still in');
    expect(joined.role).toBe('peer');
  });
});

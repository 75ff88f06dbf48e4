import { existsSync, readFileSync } from 'node:fs';
import type { SessionClosed } from '@intervision/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createSession,
  join,
  LiveClient,
  request,
  secretOf,
  startInProcessServer,
  type RunningServer,
} from '@intervision/testkit';

const HOUR = 3_600_000;

/** Every byte SQLite keeps for the database: the main file and its write-ahead log. */
const databaseBytes = (file: string): Buffer =>
  Buffer.concat([file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));

describe('idle and ended sessions do not linger', () => {
  let server: RunningServer;
  // The app's clock: tests move it forward and sweep, instead of waiting.
  let offset = 0;
  const now = () => Date.now() + offset;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    server = await startInProcessServer(undefined, { now });
  });
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  afterAll(async () => {
    await server.close();
  });
  const connect = async (credential: string) => {
    const c = await LiveClient.connect(server.url, credential);
    clients.push(c);
    return c;
  };
  /** Resolves with the `session:closed` payload once the server has also disconnected the socket. */
  const closedFor = (c: LiveClient) =>
    Promise.all([
      c.next<SessionClosed>('session:closed'),
      new Promise<void>((resolve) => c.socket.once('disconnect', () => resolve())),
    ]).then(([closed]) => closed);

  it('a lobby never started expires 7 days after creation: sockets hear "expired" and nothing stays on disk', async () => {
    const secrets = { title: 'Lapwing-lobby-title-4471', name: 'Orrin-chair-name-2290' };
    const created = await createSession(server.url, {
      title: secrets.title,
      method: 'intervision',
    });
    const chair = await join(server.url, created.id, created.chairUrl, secrets.name);
    const client = await connect(chair.credential);
    const before = databaseBytes(server.databaseFile);
    for (const text of Object.values(secrets)) expect(before.includes(text)).toBe(true);

    offset += 168 * HOUR - 60_000;
    expect(await server.app.service.sweeper.sweep()).not.toContain(created.id);
    expect(client.socket.connected).toBe(true);

    const closed = closedFor(client);
    offset += 60_000;
    expect(await server.app.service.sweeper.sweep()).toContain(created.id);
    expect(await closed).toEqual({ reason: 'expired' });

    const after = databaseBytes(server.databaseFile);
    for (const text of Object.values(secrets)) expect(after.includes(text), text).toBe(false);
    const rejoin = await request(server.url, 'POST', `/api/sessions/${created.id}/join`, {
      secret: secretOf(created.chairUrl),
      name: 'Chair',
    });
    expect(rejoin.status).toBe(404);
    await expect(LiveClient.connect(server.url, chair.credential)).rejects.toThrow('unauthorized');
  });

  it('an ended session is purged a day after it ended, with its question; a running one is kept', async () => {
    const question = 'Should-Pellworth-call-the-school-8812';
    const ended = await createSession(server.url, { title: 'Ends', method: 'intervision' });
    const chair = await join(server.url, ended.id, ended.chairUrl, 'Chair');
    const presenter = await join(server.url, ended.id, ended.inviteUrl, 'Presenter');
    const [chairClient, presenterClient] = await Promise.all([
      connect(chair.credential),
      connect(presenter.credential),
    ]);
    expect(await chairClient.send('presenter:set', { identity: presenter.identity })).toEqual({
      ok: true,
    });
    expect(await presenterClient.send('question:set', { text: question })).toEqual({ ok: true });
    expect(await chairClient.send('session:start')).toEqual({ ok: true });
    expect(await chairClient.send('session:end')).toEqual({ ok: true });
    await chairClient.waitFor((v) => v.status === 'ended', 5000, 'ended');

    const running = await createSession(server.url, {
      title: 'Runs',
      method: 'reflective-practice-group',
    });
    const runningChair = await join(server.url, running.id, running.chairUrl, 'Chair');
    const runningClient = await connect(runningChair.credential);
    expect(await runningClient.send('session:start')).toEqual({ ok: true });

    offset += 24 * HOUR - 60_000;
    expect(await server.app.service.sweeper.sweep()).toEqual([]);
    const closed = [closedFor(chairClient), closedFor(presenterClient)];
    offset += 60_000;
    expect(await server.app.service.sweeper.sweep()).toEqual([ended.id]);
    for (const c of await Promise.all(closed)) expect(c).toEqual({ reason: 'expired' });
    expect(databaseBytes(server.databaseFile).includes(question)).toBe(false);

    offset += 1000 * HOUR;
    expect(await server.app.service.sweeper.sweep()).toEqual([]);
    expect(runningClient.socket.connected).toBe(true);
    expect((await runningClient.send('session:get')).ok).toBe(true);
  });
});

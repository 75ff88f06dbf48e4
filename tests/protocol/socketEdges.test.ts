import type { Ack, JoinSessionResponse } from '@intervision/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSession,
  join,
  startInProcessServer,
  type RunningServer,
  LiveClient,
} from '@intervision/testkit';

/** Resolves with `connect` or the handshake's refusal message. */
function handshake(url: string, credential: string, origin?: string): Promise<string> {
  const socket = io(url, {
    auth: { credential },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(origin ? { extraHeaders: { origin } } : {}),
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no handshake outcome')), 5000);
    const done = (outcome: string) => {
      clearTimeout(timer);
      socket.close();
      resolve(outcome);
    };
    socket.once('connect', () => done('connect'));
    socket.once('connect_error', (err) => done(`refused: ${err.message}`));
  });
}

describe('the socket handshake checks Origin', () => {
  let server: RunningServer;
  let member: JoinSessionResponse;
  beforeAll(async () => {
    server = await startInProcessServer(undefined, { publicUrl: 'https://intervision.example' });
    const created = await createSession(server.url, { title: 'Origins', method: 'intervision' });
    member = await join(server.url, created.id, created.inviteUrl, 'Member');
  });
  afterAll(async () => {
    await server.close();
  });

  it('a handshake from a foreign Origin is refused and the member does not appear connected', async () => {
    expect(await handshake(server.url, member.credential, 'https://evil.example')).toMatch(
      /^refused/,
    );
    const view = await server.app.service.view(member.sessionId);
    expect(view.participants.find((p) => p.identity === member.identity)?.connected).toBe(false);
  });

  it('a handshake from the public origin, or without Origin, is accepted', async () => {
    expect(await handshake(server.url, member.credential, 'https://intervision.example')).toBe(
      'connect',
    );
    expect(await handshake(server.url, member.credential)).toBe('connect');
  });
});

describe('events nobody handles', () => {
  it('an unknown event with an ack is answered bad_request and the socket stays usable', async () => {
    const server = await startInProcessServer();
    try {
      const created = await createSession(server.url, { title: 'Unknown', method: 'intervision' });
      const member = await join(server.url, created.id, created.inviteUrl, 'Member');
      const client = await LiveClient.connect(server.url, member.credential);
      try {
        expect(await client.send('phase:jump', { to: 3 })).toMatchObject({
          ok: false,
          error: 'bad_request',
        });
        expect(await client.send('hand:raise')).toEqual({ ok: true });
      } finally {
        client.close();
      }
    } finally {
      await server.close();
    }
  });
});

describe('one flooding socket is rate limited without starving another session', () => {
  let server: RunningServer;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    server = await startInProcessServer(); // the default limits, as in production
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  const connect = async (url: string, credential: string) => {
    const c = await LiveClient.connect(url, credential);
    clients.push(c);
    return c;
  };

  it('2 000 hand toggles from one peer get rate_limited while the other session syncs clocks and runs commands in order', async () => {
    const noisy = await createSession(server.url, { title: 'Noisy', method: 'intervision' });
    const flooder = await connect(
      server.url,
      (await join(server.url, noisy.id, noisy.inviteUrl, 'Flooder')).credential,
    );
    const calm = await createSession(server.url, { title: 'Calm', method: 'intervision' });
    const chairJoin = await join(server.url, calm.id, calm.chairUrl, 'Chair');
    const presenterJoin = await join(server.url, calm.id, calm.inviteUrl, 'Presenter');
    const chair = await connect(server.url, chairJoin.credential);
    const presenter = await connect(server.url, presenterJoin.credential);

    const floodAcks: Array<Promise<Ack<Record<string, unknown>>>> = [];
    for (let i = 0; i < 2000; i++)
      floodAcks.push(flooder.send(i % 2 ? 'hand:lower' : 'hand:raise'));

    // While the flood is in flight, the calm session does what a real group does.
    const arrival: string[] = [];
    const tracked = (label: string, ack: Promise<Ack<Record<string, unknown>>>) =>
      ack.then((a) => {
        arrival.push(label);
        return a;
      });
    const syncs = Array.from({ length: 8 }, (_, i) =>
      tracked(`sync${i}`, chair.send('clock:sync', { clientSentAt: 1000 + i })),
    );
    const presenterSet = tracked(
      'presenter:set',
      chair.send('presenter:set', { identity: presenterJoin.identity }),
    );
    const start = tracked('session:start', chair.send('session:start'));
    const next = tracked('phase:next', chair.send('phase:next'));
    const hand = tracked('hand:raise', presenter.send('hand:raise'));

    const syncAcks = await Promise.all(syncs);
    syncAcks.forEach((ack, i) => {
      expect(ack).toMatchObject({
        ok: true,
        clientSentAt: 1000 + i,
        serverNow: expect.any(Number),
      });
    });
    const serverTimes = syncAcks.map((a) => (a.ok ? (a.serverNow as number) : NaN));
    expect(serverTimes).toEqual([...serverTimes].sort((a, b) => a - b));
    expect(await presenterSet).toEqual({ ok: true });
    expect(await start).toEqual({ ok: true });
    expect(await next).toEqual({ ok: true });
    expect(await hand).toEqual({ ok: true });
    // One socket's acks come back in the order it sent.
    expect(arrival.filter((l) => l !== 'hand:raise')).toEqual([
      ...syncs.map((_, i) => `sync${i}`),
      'presenter:set',
      'session:start',
      'phase:next',
    ]);
    const calmView = await chair.waitFor(
      (v) => v.phase?.index === 1 && v.hands.includes(presenterJoin.identity),
      5000,
      'second phase with the hand up',
    );
    expect(calmView.presenter).toBe(presenterJoin.identity);

    const flood = await Promise.all(floodAcks);
    const outcomes = new Map<string, number>();
    for (const a of flood) {
      const key = a.ok ? 'ok' : a.error;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    expect([...outcomes.keys()].sort()).toEqual(['ok', 'rate_limited']);
    expect(outcomes.get('rate_limited')).toBeGreaterThan(1000);
  });
});

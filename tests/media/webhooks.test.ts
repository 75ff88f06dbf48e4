import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { mediaRights } from '@intervision/shared';
import { AccessToken } from 'livekit-server-sdk';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { Recorder, startLivekit, type RunningLivekit } from '@intervision/testkit';
import { createLivekitGateway, createWebhookHandler } from '@intervision/server/media';
import { connectPeer } from '@intervision/testkit/rtc';

const { apiKey, apiSecret } = inject('livekit');
type Presence = { sessionId: string; identity: string; inRoom: boolean };

/** An express app on port 0 with only the webhook route, recording what it reports. */
async function startReceiver(keys: { apiKey: string; apiSecret: string }) {
  const reports = new Recorder<Presence>();
  const app = express();
  app.post(
    '/api/livekit/webhook',
    createWebhookHandler({
      ...keys,
      onParticipant: (sessionId, identity, inRoom) =>
        reports.record({ sessionId, identity, inRoom }),
    }),
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/livekit/webhook`;
  return {
    url,
    seen: reports.items,
    /** Resolves when a matching presence report arrives (or already did). */
    waitFor: (match: (p: Presence) => boolean, timeoutMs = 20_000) =>
      reports.waitFor(match, timeoutMs, 'a matching webhook'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Signs a body the way LiveKit does: a JWT from the API key whose `sha256` claim is the body's hash. */
async function sign(body: string, secret = apiSecret): Promise<string> {
  const token = new AccessToken(apiKey, secret);
  token.sha256 = createHash('sha256').update(body).digest('base64');
  return token.toJwt();
}

const joined = JSON.stringify({
  id: 'EV_1',
  event: 'participant_joined',
  createdAt: String(Math.floor(Date.now() / 1000)),
  room: { sid: 'RM_1', name: 'session-w' },
  participant: { sid: 'PA_1', identity: 'peer-w' },
});

describe('LiveKit webhooks', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    receiver = await startReceiver({ apiKey, apiSecret });
  });
  afterEach(() => {
    receiver.seen.length = 0;
  });
  afterAll(() => receiver.close());

  const post = async (body: string, authorization?: string) =>
    fetch(receiver.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/webhook+json',
        ...(authorization ? { authorization } : {}),
      },
      body,
    });

  test('a correctly signed participant_joined marks the participant as in the room', async () => {
    const res = await post(joined, await sign(joined));
    expect(res.status).toBe(200);
    expect(receiver.seen).toEqual([{ sessionId: 'session-w', identity: 'peer-w', inRoom: true }]);
  });

  test.each([
    ['signed with a foreign secret', async () => sign(joined, 'y'.repeat(48))],
    ['signed for a different body', async () => sign(joined.replace('peer-w', 'peer-x'))],
    ['not signed at all', async () => undefined],
  ])('an event %s is rejected with 401 and changes nothing', async (_name, auth) => {
    const res = await post(joined, await auth());
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'unauthorized' });
    expect(receiver.seen).toEqual([]);
  });

  test('the server’s own hidden airtime listener joining is acknowledged and changes nothing', async () => {
    const listener = joined.replace('"peer-w"', '"airtime:peer-w"');
    const res = await post(listener, await sign(listener));
    expect(res.status).toBe(200);
    expect(receiver.seen).toEqual([]);
  });

  test('a signed body that is not a webhook event gets 400', async () => {
    const garbage = '{"event": ';
    const res = await post(garbage, await sign(garbage));
    expect(res.status).toBe(400);
    expect(receiver.seen).toEqual([]);
  });

  describe('from a real livekit-server', () => {
    let livekit: RunningLivekit;
    let own: Awaited<ReturnType<typeof startReceiver>>;
    beforeAll(async () => {
      // A LiveKit of its own, because the shared one posts its webhooks nowhere.
      const keys = { apiKey: 'webhook-test', apiSecret: 'w'.repeat(40) };
      own = await startReceiver(keys);
      livekit = await startLivekit({ webhookUrl: own.url, keys });
    });
    afterAll(async () => {
      await livekit?.stop();
      await own?.close();
    });

    test('joining and leaving the room are reported with verified signatures', async () => {
      const gateway = createLivekitGateway({ ...livekit, logger: pino({ level: 'silent' }) });
      const { url, token } = await gateway.issueToken({
        sessionId: 'session-real',
        identity: 'peer-real',
        name: 'Real',
        role: 'peer',
        rights: mediaRights(null, 'peer'),
      });
      const room = await connectPeer(url, token);
      await own.waitFor((p) => p.identity === 'peer-real' && p.inRoom);
      await room.disconnect();
      await own.waitFor((p) => p.identity === 'peer-real' && !p.inRoom);
      expect(own.seen.filter((p) => p.identity === 'peer-real')).toEqual([
        { sessionId: 'session-real', identity: 'peer-real', inRoom: true },
        { sessionId: 'session-real', identity: 'peer-real', inRoom: false },
      ]);
      gateway.close();
    });
  });
});

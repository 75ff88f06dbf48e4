import type { HealthResponse, JoinSessionResponse } from '@intervision/shared';
import type { Room } from '@livekit/rtc-node';
import { RoomServiceClient } from 'livekit-server-sdk';
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startLivekit,
  type RunningLivekit,
  createSession,
  join,
  request,
  startInProcessServer,
  type RunningServer,
  LiveClient,
  freePort,
} from '@intervision/testkit';
import { createLivekitGateway } from '@intervision/server/media';
import { connectPeer, publishTone, type Tone } from '@intervision/testkit/rtc';

/** A LiveKit of its own, so this file can stop and restart it without disturbing others. */
describe('LiveKit unavailable', () => {
  const keys = { apiKey: 'outage-test', apiSecret: randomBytes(32).toString('base64url') };
  let port: number;
  let livekit: RunningLivekit | undefined;
  let server: RunningServer;
  let chairLive: LiveClient;
  let presenter: JoinSessionResponse;
  let sessionId: string;
  let inviteUrl: string;
  let late: JoinSessionResponse;
  let presenterRoom: Room | undefined;
  let lateRoom: Room | undefined;
  const tones: Tone[] = [];

  const freshToken = (credential: string) =>
    request<{ livekit: { url: string; token: string } }>(
      server.url,
      'POST',
      `/api/sessions/${sessionId}/token`,
      undefined,
      { authorization: `Bearer ${credential}` },
    );

  const health = async () =>
    (await request<HealthResponse>(server.url, 'GET', '/api/health')).body.livekit;

  beforeAll(async () => {
    port = await freePort();
    livekit = await startLivekit({ port, keys });
    const media = createLivekitGateway({
      url: livekit.url,
      ...keys,
      logger: pino({ level: 'silent' }),
    });
    server = await startInProcessServer(media, { reconcileIntervalMs: 500, livekitKeys: keys });
    const created = await createSession(server.url, { title: 'Outage', method: 'intervision' });
    ({ id: sessionId, inviteUrl } = created);
    const chair = await join(server.url, sessionId, created.chairUrl, 'Chair');
    presenter = await join(server.url, sessionId, inviteUrl, 'Presenter');
    expect(presenter.livekit).not.toBeNull();
    chairLive = await LiveClient.connect(server.url, chair.credential);
    await chairLive.send('presenter:set', { identity: presenter.identity });
    await chairLive.send('session:start');
  });

  afterAll(async () => {
    await Promise.all(tones.map((t) => t.stop()));
    await Promise.all([presenterRoom, lateRoom].map((r) => r?.disconnect()));
    chairLive?.close();
    await server?.close();
    await livekit?.stop();
  });

  it('health says so, joining answers media_unavailable, and the protocol keeps running', async () => {
    await livekit!.stop();
    livekit = undefined;
    await expect.poll(health, { timeout: 10_000 }).toBe('down');

    late = await join(server.url, sessionId, inviteUrl, 'Late peer');
    expect(late.livekit).toBeNull();
    expect(late.mediaError).toBe('media_unavailable');
    const token = await request(server.url, 'POST', `/api/sessions/${sessionId}/token`, undefined, {
      authorization: `Bearer ${late.credential}`,
    });
    expect(token).toMatchObject({ status: 503, body: { error: 'media_unavailable' } });

    expect(await chairLive.send('phase:next')).toEqual({ ok: true });
    const view = await chairLive.waitFor((v) => v.phase?.id === 'muted-reflection');
    expect(view.participants.map((p) => p.name)).toContain('Late peer');
  });

  it('media catches up when LiveKit returns: fresh tokens, rights from the phase in force', async () => {
    livekit = await startLivekit({ port, keys, webhookUrl: `${server.url}/api/livekit/webhook` });
    await expect.poll(health, { timeout: 10_000 }).toBe('up');
    const roomService = new RoomServiceClient(livekit.url, keys.apiKey, keys.apiSecret);

    // The restarted LiveKit lost its rooms and creates none itself: a token from before is useless.
    await expect(connectPeer(presenter.livekit!.url, presenter.livekit!.token)).rejects.toThrow(
      /requested room does not exist/,
    );

    const fresh = await freshToken(presenter.credential);
    expect(fresh.status).toBe(200);
    presenterRoom = await connectPeer(fresh.body.livekit.url, fresh.body.livekit.token);
    const presenterPermission = await roomService.getParticipant(sessionId, presenter.identity);
    expect(presenterPermission.permission?.canPublish).toBe(false);
    await expect(publishTone(presenterRoom)).rejects.toThrow();

    // The peer who joined during the outage comes in now and may speak in muted reflection.
    const lateToken = await freshToken(late.credential);
    expect(lateToken.status).toBe(200);
    lateRoom = await connectPeer(lateToken.body.livekit.url, lateToken.body.livekit.token);
    const canPublish = async () =>
      (await roomService.getParticipant(sessionId, late.identity)).permission?.canPublish;
    await expect.poll(canPublish, { timeout: 15_000 }).toBe(true);
    tones.push(await publishTone(lateRoom));
    expect((await roomService.getParticipant(sessionId, presenter.identity)).tracks).toEqual([]);
  });
});

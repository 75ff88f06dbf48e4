import { randomBytes } from 'node:crypto';
import type { HealthResponse } from '@intervision/shared';
import type { Room } from '@livekit/rtc-node';
import { RoomServiceClient } from 'livekit-server-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSession,
  eventually,
  freePort,
  join,
  LiveClient,
  startCluster,
  startLivekit,
  type ServerProcess,
} from '@intervision/testkit';
import { connectPeer } from '@intervision/testkit/rtc';

describe('a cluster and a real LiveKit', () => {
  const cleanup: Array<() => Promise<unknown> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('webhooks reaching another node apply on the owner, and a new owner takes over the media room', async () => {
    const keys = { apiKey: 'cluster-test', apiSecret: randomBytes(32).toString('base64url') };
    // LiveKit posts its webhooks to node B only; the session will run on node A. LiveKit starts
    // first, on its own port at once, so the nodes find it answering from their first probe.
    const bPort = await freePort();
    const livekit = await startLivekit({
      keys,
      webhookUrl: `http://127.0.0.1:${bPort}/api/livekit/webhook`,
    });
    cleanup.push(() => livekit.stop());
    const c = await startCluster(
      2,
      1_500,
      {
        LIVEKIT_URL: livekit.url,
        LIVEKIT_API_KEY: keys.apiKey,
        LIVEKIT_API_SECRET: keys.apiSecret,
      },
      [{}, { PORT: String(bPort) }],
    );
    cleanup.push(() => c.close());
    const [a, b] = c.nodes as [ServerProcess, ServerProcess];
    expect(b.url).toBe(`http://127.0.0.1:${bPort}`);
    const roomService = new RoomServiceClient(livekit.url, keys.apiKey, keys.apiSecret);
    // Node A must see LiveKit up, or the joins below get no media token.
    await eventually(
      async () => {
        const health = (await (await fetch(`${a.url}/api/health`)).json()) as HealthResponse;
        return health.livekit === 'up' ? true : undefined;
      },
      15_000,
      'node A seeing LiveKit up',
    ).catch((err: Error) => {
      // Its log says why its probe failed ("LiveKit does not answer", with the reason).
      const tail = a.output().trim().split('\n').slice(-20).join('\n');
      throw new Error(`${err.message}\n--- node A's log (tail) ---\n${tail}`, { cause: err });
    });

    const created = await createSession(a.url, {
      title: 'Media cluster',
      method: 'intervision',
      durations: { presentation: 1, 'muted-reflection': 120 },
    });
    const chair = await join(a.url, created.id, created.chairUrl, 'Chair');
    const presenter = await join(a.url, created.id, created.inviteUrl, 'Presenter');
    expect(await c.liveCounts()).toEqual([1, 0]);
    const chairOnA = await LiveClient.connect(a.url, chair.credential);
    const chairOnB = await LiveClient.connect(b.url, chair.credential);
    cleanup.push(() => [chairOnA, chairOnB].forEach((x) => x.close()));
    await chairOnA.send('presenter:set', { identity: presenter.identity });
    await chairOnA.send('session:start');
    await chairOnA.waitFor((v) => v.phase?.id === 'muted-reflection');

    const room: Room = await connectPeer(presenter.livekit!.url, presenter.livekit!.token);
    cleanup.push(() => room.disconnect());
    const inMedia = (v: { participants: { identity: string; inMedia: boolean }[] }) =>
      v.participants.find((p) => p.identity === presenter.identity)?.inMedia;
    // The join webhook went to B, which handed it to A: A shows the presenter in the call.
    await chairOnA.waitFor((v) => inMedia(v) === true, 15_000);
    const permission = async () =>
      (await roomService.getParticipant(created.id, presenter.identity)).permission?.canPublish;
    await expect.poll(permission, { timeout: 10_000 }).toBe(false);

    await a.kill();
    // B never got a webhook for this session's room after the takeover: it asks LiveKit.
    await eventually(
      async () => {
        const ack = await chairOnB.send('session:get');
        return ack.ok && inMedia(ack.view as never) === true ? true : undefined;
      },
      15_000,
      'the new owner knowing who is in the media room',
    );
    expect(await chairOnB.send('phase:next')).toEqual({ ok: true });
    // The response phase gives the presenter the microphone back: granted by the new owner.
    await expect.poll(permission, { timeout: 10_000 }).toBe(true);
  });
});

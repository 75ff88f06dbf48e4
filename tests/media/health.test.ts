import { FULL_RIGHTS, mediaRights } from '@intervision/shared';
import { Writable } from 'node:stream';
import type { Room } from '@livekit/rtc-node';
import { pino } from 'pino';
import { afterAll, describe, expect, test } from 'vitest';
import { freePort, Recorder, startLivekit, type RunningLivekit } from '@intervision/testkit';
import {
  createDisabledGateway,
  createLivekitGateway,
  MediaUnavailableError,
  startMediaReconciler,
} from '@intervision/server/media';
import {
  connectPeer,
  listenTo,
  publishTone,
  RoomEvent,
  waitForRoomEvent,
  type Tone,
} from '@intervision/testkit/rtc';
import { sharedLivekit } from '@intervision/testkit/vitest';

const { apiKey, apiSecret, gateway } = sharedLivekit();
const logger = pino({ level: 'silent' });
const tokenFor = { name: 'Pat', role: 'presenter' as const, rights: FULL_RIGHTS };

describe('media health', () => {
  test('is up while LiveKit answers', async () => {
    expect(await gateway.health()).toBe('up');
  });

  test('is down when nothing listens, and then no token is issued', async () => {
    const closedPort = await freePort();
    const gateway = createLivekitGateway({
      url: `ws://127.0.0.1:${closedPort}`,
      apiKey,
      apiSecret,
      logger,
    });
    expect(await gateway.health()).toBe('down');
    await expect(
      gateway.issueToken({ sessionId: 's', identity: 'p', ...tokenFor }),
    ).rejects.toBeInstanceOf(MediaUnavailableError);
    // Enforcement gives up quietly (the reconciler catches up later) instead of rejecting.
    await expect(
      gateway.enforce('s', [
        { identity: 'p', role: 'presenter', rights: FULL_RIGHTS, inRoom: true },
      ]),
    ).resolves.toBe(undefined);
  });

  test('is disabled without a media server, and token requests say media is unavailable', async () => {
    const gateway = createDisabledGateway();
    expect(await gateway.health()).toBe('disabled');
    await expect(
      gateway.issueToken({ sessionId: 's', identity: 'p', ...tokenFor }),
    ).rejects.toBeInstanceOf(MediaUnavailableError);
  });
});

describe('media reconciliation', () => {
  const keys = { apiKey: 'comeback-test', apiSecret: 'c'.repeat(40) };
  let livekit: RunningLivekit | undefined;
  const rooms: Room[] = [];
  const tones: Tone[] = [];
  afterAll(async () => {
    await Promise.all(tones.map((t) => t.stop()));
    await Promise.all(rooms.map((r) => r.disconnect()));
    await livekit?.stop();
  });

  test('enforces every live session as soon as LiveKit answers again', async () => {
    const port = await freePort();
    const gateway = createLivekitGateway({ url: `ws://127.0.0.1:${port}`, ...keys, logger });
    const logs = captureLogs();
    const enforced = deferred();
    const reconciler = startMediaReconciler({
      gateway,
      listLive: () => {
        enforced.resolve();
        return [];
      },
      // Far beyond the test: only LiveKit's return can trigger this pass.
      intervalMs: 3_600_000,
      healthPollMs: 100,
      logger: logs.logger,
    });
    try {
      await logs.waitFor((line) => line.livekit === 'down');
      livekit = await startLivekit({ port, keys });
      await logs.waitFor((line) => line.livekit === 'up');
      await enforced.promise;
    } finally {
      reconciler.stop();
      gateway.close();
      await livekit?.stop();
      livekit = undefined;
    }
  });

  test('a presenter whose grant outlived a missed phase change is brought in line', async () => {
    livekit = await startLivekit({ keys });
    const gateway = createLivekitGateway({ ...livekit, logger });
    const sessionId = 'comeback';
    const presenterToken = await gateway.issueToken({
      sessionId,
      identity: 'presenter-c',
      ...tokenFor,
    });
    const peerToken = await gateway.issueToken({
      ...tokenFor,
      sessionId,
      identity: 'peer-c',
      role: 'peer',
    });
    const peer = await connectPeer(presenterToken.url, peerToken.token);
    const presenter = await connectPeer(presenterToken.url, presenterToken.token);
    rooms.push(peer, presenter);
    // Granted while the presenter could speak; the push for muted reflection then never arrives.
    await gateway.enforce(sessionId, [
      { identity: 'presenter-c', role: 'presenter', rights: FULL_RIGHTS, inRoom: true },
    ]);
    const subscribed = waitForRoomEvent(
      peer,
      RoomEvent.TrackSubscribed,
      (_t, _p, who) => who.identity === 'presenter-c',
    );
    tones.push(await publishTone(presenter));
    const [track] = await subscribed;
    const audio = listenTo(track);
    await audio.waitForAudio(10);
    await audio.stop();

    const listening = mediaRights({ presenter: 'listen' }, 'presenter');
    const removed = waitForRoomEvent(
      peer,
      RoomEvent.TrackUnpublished,
      (_pub, who) => who.identity === 'presenter-c',
    );
    const reconciler = startMediaReconciler({
      gateway,
      listLive: () => [
        {
          sessionId,
          status: 'running',
          desired: [
            { identity: 'presenter-c', role: 'presenter', rights: listening, inRoom: true },
          ],
        },
      ],
      intervalMs: 60_000,
      logger,
    });
    try {
      await removed;
      expect(peer.remoteParticipants.get('presenter-c')?.trackPublications.size).toBe(0);
    } finally {
      reconciler.stop();
      gateway.close();
    }
  });
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A pino logger whose lines tests can wait for: the reconciler reports health changes there. */
function captureLogs() {
  const lines = new Recorder<Record<string, unknown>>();
  const stream = new Writable({
    write(chunk: Buffer, _enc, callback) {
      lines.record(JSON.parse(chunk.toString()) as Record<string, unknown>);
      callback();
    },
  });
  return {
    logger: pino({ level: 'info' }, stream),
    waitFor: (match: (line: Record<string, unknown>) => boolean, timeoutMs = 20_000) =>
      lines.waitFor(match, timeoutMs, 'a matching log line'),
  };
}

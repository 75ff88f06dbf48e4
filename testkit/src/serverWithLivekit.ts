// The real app and a livekit-server of its own that posts its signed webhooks to it: publishing
// rights arrive only through those webhooks, so suites about joining need the pair.
import { randomBytes } from 'node:crypto';
import { RoomServiceClient } from 'livekit-server-sdk';
import { pino } from 'pino';
import { startLivekit, type RunningLivekit } from '@intervision/scripts/livekit/startLivekit';
import type { AppDeps } from '@intervision/server/app';
import { createLivekitGateway, type MediaGateway } from '@intervision/server/media';
import { startInProcessServer, type RunningServer } from './inProcessServer.js';
import { freePort } from './ports.js';

export interface ServerWithLivekit {
  server: RunningServer;
  livekit: RunningLivekit;
  /** LiveKit's own view, to check what it really allows. */
  roomService: RoomServiceClient;
  close(): Promise<void>;
}

/**
 * LiveKit needs the app's webhook address and the app needs LiveKit's: LiveKit's port is chosen
 * first, the app starts on port 0 with a gateway that holds every call until LiveKit is started
 * (so no early "down" is cached), then LiveKit starts pointing at the app. `wrap` lets a suite
 * observe the gateway.
 */
export async function startServerWithLivekit(
  options: {
    reconcileIntervalMs?: number;
    wrap?: (g: MediaGateway) => MediaGateway;
    /** The app's clocks (see `startInProcessServer`), so a suite moves deadlines instead of waiting. */
    now?: () => number;
    clock?: AppDeps['clock'];
    gatheringMoveGraceMs?: number;
  } = {},
): Promise<ServerWithLivekit> {
  const keys = { apiKey: 'join-test', apiSecret: randomBytes(32).toString('base64url') };
  const port = await freePort();
  const real = createLivekitGateway({
    url: `ws://127.0.0.1:${port}`,
    ...keys,
    logger: pino({ level: 'silent' }),
  });
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const held: MediaGateway = {
    mode: 'livekit',
    issueToken: async (r) => (await ready, real.issueToken(r)),
    enforce: async (id, desired) => (await ready, real.enforce(id, desired)),
    health: async () => (await ready, real.health()),
    deleteRoom: async (id) => (await ready, real.deleteRoom(id)),
    removeParticipant: async (id, identity) => (await ready, real.removeParticipant(id, identity)),
    close: () => real.close(),
  };
  const server = await startInProcessServer(options.wrap ? options.wrap(held) : held, {
    livekitKeys: keys,
    ...(options.reconcileIntervalMs ? { reconcileIntervalMs: options.reconcileIntervalMs } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.gatheringMoveGraceMs !== undefined
      ? { gatheringMoveGraceMs: options.gatheringMoveGraceMs }
      : {}),
  });
  let livekit: RunningLivekit;
  try {
    livekit = await startLivekit({ port, keys, webhookUrl: `${server.url}/api/livekit/webhook` });
  } finally {
    started();
  }
  return {
    server,
    livekit,
    roomService: new RoomServiceClient(livekit.url, keys.apiKey, keys.apiSecret),
    async close() {
      await server.close();
      await livekit.stop();
    },
  };
}

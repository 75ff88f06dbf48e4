// Vitest glue for the suites that need LiveKit: the globalSetup that starts one real
// livekit-server for the whole run, and what test files get back from it through inject().
import { ensureLivekit } from '@intervision/scripts/livekit/ensureLivekit';
import { startLivekit, type RunningLivekit } from '@intervision/scripts/livekit/startLivekit';
import { ensureSpeakerListener } from '@intervision/scripts/speakerListener/ensureSpeakerListener';
import { createLivekitGateway, type MediaGateway } from '@intervision/server/media';
import { RoomServiceClient } from 'livekit-server-sdk';
import { pino } from 'pino';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';

/** What test files get from `inject('livekit')`. */
export interface LivekitInfo {
  /** ws://127.0.0.1:<port> */
  livekitUrl: string;
  apiKey: string;
  apiSecret: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    livekit: LivekitInfo;
  }
}

/**
 * Vitest globalSetup: one real livekit-server for the run (it starts in well under a second), and
 * the airtime sidecar built.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureLivekit();
  // The app servers the suites start measure airtime with it (built once, when out of date).
  ensureSpeakerListener();
  const livekit: RunningLivekit = await startLivekit({ logDir: process.env.LIVEKIT_LOG_DIR });
  project.provide('livekit', {
    livekitUrl: livekit.url,
    apiKey: livekit.apiKey,
    apiSecret: livekit.apiSecret,
  });
  return () => livekit.stop();
}

/** The run's LiveKit, the server's real gateway to it (silent), and LiveKit's own room API. */
export function sharedLivekit(): LivekitInfo & {
  gateway: MediaGateway;
  roomService: RoomServiceClient;
} {
  const info = inject('livekit');
  const { livekitUrl: url, apiKey, apiSecret } = info;
  return {
    ...info,
    gateway: createLivekitGateway({ url, apiKey, apiSecret, logger: pino({ level: 'silent' }) }),
    roomService: new RoomServiceClient(url, apiKey, apiSecret),
  };
}

// Vitest globalSetup for the tests project: one real livekit-server for the whole run, its details
// handed to test files with provide/inject. It starts in well under a second once the binary exists.
import type { TestProject } from 'vitest/node';
import { ensureLivekit } from '../../scripts/livekit/ensureLivekit.js';
import { startLivekit, type RunningLivekit } from '../../scripts/livekit/startLivekit.js';

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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureLivekit();
  const livekit: RunningLivekit = await startLivekit({ logDir: process.env.LIVEKIT_LOG_DIR });
  project.provide('livekit', {
    livekitUrl: livekit.url,
    apiKey: livekit.apiKey,
    apiSecret: livekit.apiSecret,
  });
  return () => livekit.stop();
}

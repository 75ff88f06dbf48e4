// The whole product as people meet it: the real server as a child process with its own data
// directory, and a livekit-server of its own posting signed webhooks to it (publishing rights
// arrive only through those webhooks). Browser suites start exactly this.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLivekit, type RunningLivekit } from '@intervision/scripts/livekit/startLivekit';
import { freePort } from './ports.js';
import { startServerProcess, type ServerProcess } from './serverProcess.js';

export interface AppProcessWithLivekit {
  server: ServerProcess;
  livekit: RunningLivekit;
  /** The server's `DATA_DIR`, removed by `stop`. */
  dataDir: string;
  /** Stops the server, then LiveKit, and removes the data directory. */
  stop(): Promise<void>;
}

/**
 * The app's port is chosen first so LiveKit can be told where its webhooks go; `label` names the
 * temporary data directory; `env` adds to or overrides the server's environment.
 */
export async function startAppProcessWithLivekit(
  label: string,
  env: Record<string, string> = {},
): Promise<AppProcessWithLivekit> {
  const dataDir = mkdtempSync(join(tmpdir(), `intervision-${label}-`));
  let livekit: RunningLivekit | undefined;
  try {
    const port = await freePort();
    livekit = await startLivekit({ webhookUrl: `http://127.0.0.1:${port}/api/livekit/webhook` });
    const server = await startServerProcess({
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: livekit.apiSecret,
      LOG_LEVEL: 'warn',
      ...env,
    });
    const started = livekit;
    return {
      server,
      livekit: started,
      dataDir,
      async stop() {
        await server.stop();
        await started.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await livekit?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

// The embedded deployment on one machine: a local LiveKit (unless LIVEKIT_URL points at one)
// and the app, stopped together.
import { spawn } from 'node:child_process';
import { startLivekit } from './livekit/startLivekit.js';
import { repoRoot } from './repoRoot.js';

const port = process.env.PORT ?? '3000';

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: port };
  let stopLivekit = async (): Promise<void> => {};
  if (!process.env.LIVEKIT_URL) {
    const livekit = await startLivekit({
      webhookUrl: `http://127.0.0.1:${port}/api/livekit/webhook`,
    });
    env.LIVEKIT_URL = livekit.url;
    env.LIVEKIT_API_KEY = livekit.apiKey;
    env.LIVEKIT_API_SECRET = livekit.apiSecret;
    stopLivekit = livekit.stop;
    console.error(`[intervision] local LiveKit on ${livekit.url}`);
  }
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });
  console.error(`[intervision] open http://localhost:${port}`);
  // LiveKit is stopped at once too: a terminal's Ctrl-C reaches it as well, and an exit it was
  // not asked for is reported as a failure.
  const stop = (signal: NodeJS.Signals) => {
    server.kill(signal);
    void stopLivekit();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Orphaned (the launcher died without passing a signal on): stop rather than run on unseen.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM');
  }, 1000).unref();
  server.on('exit', (code) => {
    void stopLivekit().finally(() => process.exit(code ?? 0));
  });
}

main().catch((err: unknown) => {
  console.error(`[intervision] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

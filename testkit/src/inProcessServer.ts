import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { createApp, type App, type AppDeps, type AppOptions } from '@intervision/server/app';
import { createDisabledGateway, type MediaGateway } from '@intervision/server/media';
import { openSqliteStore, type SqliteStore } from '@intervision/server/store/sqlite';

export interface RunningServer {
  url: string;
  app: App;
  store: SqliteStore;
  databaseFile: string;
  close(): Promise<void>;
}

/** The real app on port 0 with a real SQLite file in a temp dir. */
export async function startInProcessServer(
  media: MediaGateway = createDisabledGateway(),
  options: Omit<AppOptions, 'publicUrl' | 'clientDist'> & {
    publicUrl?: string;
    logger?: Logger;
    /** The app's clock (session times, expiry); a test moves it instead of waiting. */
    now?: () => number;
    /** XState's timer clock beside `now` (a `SimulatedClock`), so deadlines fire when moved. */
    clock?: AppDeps['clock'];
    /** Reuse this SQLite file (a restart); it is left in place on close. */
    databaseFile?: string;
  } = {},
): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'intervision-test-'));
  const databaseFile = options.databaseFile ?? join(dir, 'intervision.sqlite');
  const store = openSqliteStore(databaseFile);
  const {
    logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    now,
    clock,
    databaseFile: _reused,
    ...appOptions
  } = options;
  const app = createApp(
    { publicUrl: 'http://127.0.0.1', clientDist: join(dir, 'no-client'), ...appOptions },
    { store, media, logger, ...(now ? { now } : {}), ...(clock ? { clock } : {}) },
  );
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store,
    databaseFile,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

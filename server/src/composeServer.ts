import type { Logger } from 'pino';
import { createApp, type App } from './app.js';
import type { ClusterNode } from './cluster/clusterNode.js';
import { describeDatabase, type AppConfig, type LivekitConfig } from './config.js';
import { createLogger } from './logger.js';
import { createDisabledGateway, createLivekitGateway, type MediaGateway } from './media/index.js';
import { openStore, type Store } from './store/openStore.js';

export interface ComposedServer {
  app: App;
  store: Store;
  media: MediaGateway;
  logger: Logger;
}

/** The configured store (PostgreSQL with `DATABASE_URL`, else the SQLite file), not yet awaited. */
export function openConfiguredStore(config: AppConfig, logger: Logger): Store {
  return openStore({
    databaseUrl: config.databaseUrl,
    databaseFile: config.databaseFile,
    // The pool reconnects on its own; writes in flight are retried by their callers.
    onPoolError: (err) => logger.warn({ err }, 'database connection lost'),
  });
}

/** What a failed start says, on one line: which database, and why. */
function databaseProblem(config: AppConfig, err: unknown): Error {
  const first = err instanceof AggregateError && err.errors.length > 0 ? err.errors[0] : err;
  const reason = first instanceof Error ? first.message : String(first);
  return new Error(
    `Cannot open the database ${describeDatabase(config)}: ${reason || 'unknown error'}`,
  );
}

/**
 * Opens the configured store and waits until it answers with the newest schema; a database that
 * cannot be reached, refuses the login or cannot be migrated stops the start with one clear line.
 */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<Store> {
  const store = openConfiguredStore(config, logger);
  try {
    await store.ready;
  } catch (err) {
    await store.close().catch(() => undefined);
    throw databaseProblem(config, err);
  }
  return store;
}

/**
 * The production wiring from a validated config: logger, store, the media gateway LiveKit's
 * settings ask for, and the app. `wrapMedia` lets a benchmark put a variant around the gateway;
 * `opened` is a store and logger `index.ts` already opened (and waited for), and `cluster` the
 * node of a cluster this process is (see `joinCluster`).
 */
export function composeServer(
  config: AppConfig,
  wrapMedia: (gateway: MediaGateway, livekit: LivekitConfig) => MediaGateway = (g) => g,
  opened?: { store: Store; logger: Logger; cluster?: ClusterNode },
): ComposedServer {
  const logger = opened?.logger ?? createLogger(config.logLevel);
  const store = opened?.store ?? openConfiguredStore(config, logger);
  const cluster = opened?.cluster;
  const lk = config.livekit;
  const media = lk
    ? wrapMedia(
        createLivekitGateway({
          url: lk.url,
          publicUrl: lk.publicUrl,
          apiKey: lk.apiKey,
          apiSecret: lk.apiSecret,
          tokenTtlSeconds: lk.tokenTtlSeconds,
          logger,
        }),
        lk,
      )
    : createDisabledGateway();
  const app = createApp(
    {
      publicUrl: config.publicUrl,
      clientDist: config.clientDist,
      rateLimits: config.rateLimits,
      sessionRetention: config.sessionRetention,
      groupMeetingOpensMinutes: config.groupMeetingOpensMinutes,
      speakerListenerBin: config.speakerListenerBin,
      ...(lk ? { livekitPublicUrl: lk.publicUrl } : {}),
      ...(lk ? { livekitKeys: { apiKey: lk.apiKey, apiSecret: lk.apiSecret } } : {}),
    },
    { store, media, logger, ...(cluster ? { cluster } : {}) },
  );
  return { app, store, media, logger };
}

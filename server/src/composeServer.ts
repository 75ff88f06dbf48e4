import type { Logger } from 'pino';
import { createApp, type App } from './app.js';
import type { ClusterNode } from './cluster/clusterNode.js';
import type { AppConfig, LivekitConfig } from './config.js';
import { createLogger } from './logger.js';
import { createDisabledGateway, createLivekitGateway, type MediaGateway } from './media/index.js';
import { openSqliteStore, type SqliteStore } from './store/sqliteStore.js';

export interface ComposedServer {
  app: App;
  store: SqliteStore;
  media: MediaGateway;
  logger: Logger;
}

/**
 * The production wiring from a validated config: logger, SQLite store, the media gateway LiveKit's
 * settings ask for, and the app. `wrapMedia` lets a benchmark put a variant around the gateway;
 * `cluster` makes it one node of a cluster (see `joinCluster`).
 */
export function composeServer(
  config: AppConfig,
  wrapMedia: (gateway: MediaGateway, livekit: LivekitConfig) => MediaGateway = (g) => g,
  cluster?: { node: ClusterNode; logger: Logger },
): ComposedServer {
  const logger = cluster?.logger ?? createLogger(config.logLevel);
  const store = openSqliteStore(config.databaseFile);
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
      ...(lk ? { livekitPublicUrl: lk.publicUrl } : {}),
      ...(lk ? { livekitKeys: { apiKey: lk.apiKey, apiSecret: lk.apiSecret } } : {}),
    },
    { store, media, logger, ...(cluster ? { cluster: cluster.node } : {}) },
  );
  return { app, store, media, logger };
}

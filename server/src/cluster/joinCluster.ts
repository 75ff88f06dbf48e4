import type { Logger } from 'pino';
import type { ClusterConfig } from '../config.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import { ClusterNode } from './clusterNode.js';
import { openSqliteEpochFence } from './epochFence.js';
import { connectRedis, redactRedisUrl, type RedisConnection } from './redisConnection.js';

/** A node ready to be given to the app, and its Redis connection to close last. */
export interface JoinedCluster {
  node: ClusterNode;
  redis: RedisConnection;
}

/**
 * Connects this process to the cluster's Redis (an unreachable Redis stops the start with a clear
 * message) and opens the epoch fence on the shared store.
 */
export async function joinCluster(
  config: ClusterConfig,
  databaseFile: string,
  logger: Logger,
): Promise<JoinedCluster> {
  const redis = await connectRedis(config.redisUrl, logger);
  // The store creates and migrates the schema on open; the fence needs its sessions table.
  openSqliteStore(databaseFile).close();
  const fence = openSqliteEpochFence(databaseFile);
  logger.info(
    {
      nodeId: config.nodeId,
      redis: redactRedisUrl(config.redisUrl),
      leaseTtlMs: config.leaseTtlMs,
    },
    'joined the cluster',
  );
  return { node: new ClusterNode(config, redis, fence, logger), redis };
}

import type { Logger } from 'pino';
import type { ClusterConfig } from '../config.js';
import { ClusterNode } from './clusterNode.js';
import type { OwnershipStore } from './clusterOwnership.js';
import { connectRedis, redactRedisUrl, type RedisConnection } from './redisConnection.js';

/** A node ready to be given to the app, and its Redis connection to close last. */
export interface JoinedCluster {
  node: ClusterNode;
  redis: RedisConnection;
}

/**
 * Connects this process to the cluster's Redis (an unreachable Redis stops the start with a clear
 * message). The store, opened and migrated already, is the one every node shares: it keeps each
 * session's fencing epoch beside its snapshot.
 */
export async function joinCluster(
  config: ClusterConfig,
  store: OwnershipStore,
  logger: Logger,
): Promise<JoinedCluster> {
  const redis = await connectRedis(config.redisUrl, logger);
  logger.info(
    {
      nodeId: config.nodeId,
      redis: redactRedisUrl(config.redisUrl),
      leaseTtlMs: config.leaseTtlMs,
    },
    'joined the cluster',
  );
  return { node: new ClusterNode(config, redis, store, logger), redis };
}

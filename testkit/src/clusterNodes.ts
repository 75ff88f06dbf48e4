import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HealthResponse } from '@intervision/shared';
import { startRedis, type RunningRedis } from './redisServer.js';
import { startServerProcess, type ServerProcess } from './serverProcess.js';

export interface TestCluster {
  redis: RunningRedis;
  nodes: ServerProcess[];
  dataDir: string;
  /** How many sessions each node holds in memory now (its health route's `sessions`). */
  liveCounts(): Promise<number[]>;
  close(): Promise<void>;
}

/**
 * A real Redis and `count` real server processes sharing one SQLite file (WAL) and that Redis,
 * each its own node, with a short lease so failover tests wait seconds, not minutes. `env` adds
 * to every node's environment: `DATABASE_URL` of one `startPostgres()` puts their store there.
 * `perNode[i]` adds to node i's only (a `PORT` chosen ahead, for a webhook that must reach it).
 */
export async function startCluster(
  count = 2,
  leaseTtlMs = 1_500,
  env: Record<string, string> = {},
  perNode: Array<Record<string, string>> = [],
): Promise<TestCluster> {
  const redis = await startRedis();
  const dataDir = mkdtempSync(join(tmpdir(), 'intervision-cluster-'));
  const nodes: ServerProcess[] = [];
  try {
    for (let i = 0; i < count; i++) {
      nodes.push(
        await startServerProcess({
          DATA_DIR: dataDir,
          REDIS_URL: redis.url,
          NODE_ID: `node-${i}`,
          LEASE_TTL_MS: String(leaseTtlMs),
          ...env,
          ...perNode[i],
        }),
      );
    }
  } catch (err) {
    await Promise.all(nodes.map((n) => n.kill()));
    await redis.stop();
    throw err;
  }
  return {
    redis,
    nodes,
    dataDir,
    liveCounts: () =>
      Promise.all(
        nodes.map(async (n) => {
          const health = (await (await fetch(`${n.url}/api/health`)).json()) as HealthResponse;
          return health.sessions;
        }),
      ),
    async close() {
      for (const n of nodes) {
        n.child.kill('SIGCONT'); // a test may have left one stopped
        await n.kill();
      }
      await redis.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Tries `attempt` every `everyMs` until it returns a value (not undefined) or `timeoutMs` passes:
 * for outcomes that other processes bring about with no event to wait on (a lease lapsing).
 */
export async function eventually<T>(
  attempt: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`${what} did not happen within ${timeoutMs} ms${why}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

import { createClient } from 'redis';
import type { Logger } from 'pino';

/** Retry every few hundred ms, at most 2 s apart: a Redis restart should be noticed quickly. */
const reconnectDelay = (retries: number): number => Math.min(100 * 2 ** retries, 2_000);

const createConnection = (url: string, timeoutMs: number) =>
  createClient({ url, socket: { reconnectStrategy: reconnectDelay, connectTimeout: timeoutMs } });

export type RedisConnection = ReturnType<typeof createConnection>;

/** Hides the password of a Redis URL for messages and logs. */
export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}

/**
 * Connects to Redis and checks it answers; a node that cannot reach Redis at start stops with this
 * error instead of serving half a cluster. Later outages are logged and retried by the client.
 */
export async function connectRedis(
  url: string,
  logger: Logger,
  timeoutMs = 5_000,
): Promise<RedisConnection> {
  const client = createConnection(url, timeoutMs);
  let lastError: unknown = null;
  let up = false;
  client.on('error', (err: unknown) => {
    lastError = err;
    if (up) logger.warn({ err }, 'redis connection problem; retrying');
  });
  client.on('ready', () => {
    if (up) logger.info('redis connection back');
  });
  const timeout = new Promise<never>((_, reject) => {
    const t = setTimeout(() => {
      const why = lastError instanceof Error ? lastError.message : 'no answer';
      reject(new Error(`REDIS_URL ${redactRedisUrl(url)} is unreachable: ${why}`));
    }, timeoutMs);
    t.unref();
  });
  try {
    await Promise.race([client.connect().then(() => client.ping()), timeout]);
  } catch (err) {
    client.destroy();
    throw err;
  }
  up = true;
  return client;
}

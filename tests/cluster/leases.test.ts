import { LeaseStore } from '@intervision/server/cluster/leases';
import { connectRedis, type RedisConnection } from '@intervision/server/cluster/redis';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, startRedis, startServerProcess, type RunningRedis } from '@intervision/testkit';

const logger = pino({ level: 'silent' });

describe('session leases in a real Redis', () => {
  const cleanup: Array<() => Promise<unknown> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function redisWithClient(): Promise<{ redis: RunningRedis; client: RedisConnection }> {
    const redis = await startRedis();
    cleanup.push(() => redis.stop());
    const client = await connectRedis(redis.url, logger);
    cleanup.push(() => client.destroy());
    return { redis, client };
  }

  it('one node holds a lease; the other is told who holds it until it is released', async () => {
    const { client } = await redisWithClient();
    const a = new LeaseStore(client, 'a', 10_000);
    const b = new LeaseStore(client, 'b', 10_000);
    expect(await a.claim('s1', 0)).toEqual({ held: true, epoch: 1 });
    expect(await b.claim('s1', 0)).toEqual({ held: false, owner: 'a' });
    expect(await a.claim('s1', 0)).toEqual({ held: true, epoch: 1 });
    expect(await b.extend('s1')).toBe(false);
    expect(await a.extend('s1')).toBe(true);
    await b.release('s1'); // not b's: nothing happens
    expect(await a.holders(['s1', 's2'])).toEqual(['a', null]);
    await a.release('s1');
    expect(await b.claim('s1', 1)).toEqual({ held: true, epoch: 2 });
  });

  it('a lease not renewed lapses after its TTL and the next owner gets a higher epoch', async () => {
    const { client } = await redisWithClient();
    const a = new LeaseStore(client, 'a', 300);
    const b = new LeaseStore(client, 'b', 300);
    expect(await a.claim('s1', 0)).toEqual({ held: true, epoch: 1 });
    const taken = await new Promise<unknown>((resolve, reject) => {
      const started = Date.now();
      const retry = () =>
        void b.claim('s1', 1).then((r) => {
          if (r.held) resolve(r);
          else if (Date.now() - started > 5_000) reject(new Error('the lease never lapsed'));
          else setTimeout(retry, 50);
        }, reject);
      retry();
    });
    expect(taken).toEqual({ held: true, epoch: 2 });
    expect(await a.extend('s1')).toBe(false);
  });

  it('after a Redis restart the epoch continues above the one the store has seen', async () => {
    const { redis, client } = await redisWithClient();
    const a = new LeaseStore(client, 'a', 10_000);
    expect(await a.claim('s1', 0)).toEqual({ held: true, epoch: 1 });
    await redis.restart();
    // The client reconnects by itself; the store has seen epoch 7 meanwhile.
    const after = await a.claim('s1', 7).catch(() => a.claim('s1', 7));
    expect(after).toEqual({ held: true, epoch: 8 });
  });

  it('a node whose Redis cannot be reached stops at start with a clear message', async () => {
    const port = await freePort();
    const started = startServerProcess({ REDIS_URL: `redis://127.0.0.1:${port}` }, 20_000);
    await expect(started).rejects.toThrow(/REDIS_URL redis:\/\/127\.0\.0\.1:\d+ is unreachable/);
  });
});

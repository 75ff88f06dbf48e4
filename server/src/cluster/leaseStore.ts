import type { RedisConnection } from './redisConnection.js';

const leaseKey = (sessionId: string) => `iv:lease:${sessionId}`;
const epochKey = (sessionId: string) => `iv:epoch:${sessionId}`;

/**
 * Takes the lease if free (or extends it if ours) and answers the fencing epoch we hold it with;
 * answers the holder's node id when another node has it. A new holder gets a fresh epoch, never
 * below the one already in the store (ARGV[3]): Redis may have restarted without its counters.
 */
const CLAIM = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return tonumber(redis.call('GET', KEYS[2]) or ARGV[3])
end
if holder then return holder end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
local epoch = redis.call('INCR', KEYS[2])
local floor = tonumber(ARGV[3])
if epoch <= floor then
  epoch = floor + 1
  redis.call('SET', KEYS[2], epoch)
end
return epoch
`;

/** Extends the lease only while this node still holds it: 1 extended, 0 lost. */
const EXTEND = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
`;

/** Deletes the lease only if this node holds it, so a late release never frees another's. */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

export type ClaimResult = { held: true; epoch: number } | { held: false; owner: string };

/** Session leases in Redis: one owner node per live session, with a fencing epoch. */
export class LeaseStore {
  constructor(
    private readonly redis: RedisConnection,
    readonly nodeId: string,
    readonly ttlMs: number,
  ) {}

  /** Takes or keeps the lease; `storedEpoch` is the newest epoch the store has seen. */
  async claim(sessionId: string, storedEpoch: number): Promise<ClaimResult> {
    const reply = await this.redis.eval(CLAIM, {
      keys: [leaseKey(sessionId), epochKey(sessionId)],
      arguments: [this.nodeId, String(this.ttlMs), String(storedEpoch)],
    });
    if (typeof reply === 'number') return { held: true, epoch: reply };
    return { held: false, owner: String(reply) };
  }

  /** True while still ours (extended by the TTL), false once lost. */
  async extend(sessionId: string): Promise<boolean> {
    const reply = await this.redis.eval(EXTEND, {
      keys: [leaseKey(sessionId)],
      arguments: [this.nodeId, String(this.ttlMs)],
    });
    return reply === 1;
  }

  async release(sessionId: string): Promise<void> {
    await this.redis.eval(RELEASE, { keys: [leaseKey(sessionId)], arguments: [this.nodeId] });
  }

  /** The holder of each session's lease, null where none: one round trip for many sessions. */
  async holders(sessionIds: string[]): Promise<(string | null)[]> {
    if (sessionIds.length === 0) return [];
    const replies = await this.redis.mGet(sessionIds.map(leaseKey));
    return replies.map((r) => (r === null ? null : String(r)));
  }
}

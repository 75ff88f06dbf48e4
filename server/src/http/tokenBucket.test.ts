import { describe, expect, it } from 'vitest';
import { KeyedBuckets, TokenBucket } from './tokenBucket.js';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('TokenBucket', () => {
  it('grants a full burst at once and refuses the next request with the wait until a token', () => {
    const c = clock();
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2 }, c.now);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 0]);
    expect(bucket.take()).toBe(500);
  });

  it('refills at its rate and never beyond its capacity', () => {
    const c = clock();
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 4 }, c.now);
    bucket.take();
    bucket.take();
    c.advance(250);
    expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBeGreaterThan(0);
    c.advance(60_000);
    expect([bucket.take(), bucket.take()]).toEqual([0, 0]);
    expect(bucket.take()).toBe(250);
  });

  it('a clock stepping back neither mints nor removes tokens', () => {
    const c = clock();
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 1 }, c.now);
    expect(bucket.take()).toBe(0);
    c.advance(-10_000);
    expect(bucket.take()).toBe(1000);
    c.advance(10_000 + 1000);
    expect(bucket.take()).toBe(0);
  });

  it('reports idle once it has refilled completely', () => {
    const c = clock();
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 1 }, c.now);
    bucket.take();
    expect(bucket.idle).toBe(false);
    c.advance(1000);
    expect(bucket.idle).toBe(true);
  });
});

describe('KeyedBuckets', () => {
  it('limits each key on its own', () => {
    const c = clock();
    const buckets = new KeyedBuckets({ capacity: 1, refillPerSecond: 1 }, c.now);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBeGreaterThan(0);
    expect(buckets.take('b')).toBe(0);
  });

  it('forgets full buckets when it grows past its sweep size but keeps busy ones', () => {
    const c = clock();
    const buckets = new KeyedBuckets({ capacity: 1, refillPerSecond: 1 }, c.now, 3);
    buckets.take('a');
    buckets.take('b');
    c.advance(5000);
    buckets.take('busy');
    buckets.take('d'); // the map is at 3: a and b are full again and swept
    expect(buckets.size).toBe(2);
    expect(buckets.take('busy')).toBeGreaterThan(0);
  });
});

/** How fast a bucket refills and how much it can hold (the burst allowed after a quiet spell). */
export interface BucketRate {
  capacity: number;
  refillPerSecond: number;
}

/**
 * A token bucket: each request takes one token, tokens come back at a steady rate up to the
 * capacity. The clock is injected so tests drive time instead of sleeping.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: BucketRate,
    private readonly now: () => number,
  ) {
    this.tokens = rate.capacity;
    this.last = now();
  }

  /** Takes a token: 0 when granted, otherwise the milliseconds until one will be there. */
  take(): number {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.rate.refillPerSecond) * 1000);
  }

  /** True once the bucket is full again, i.e. it remembers nothing worth keeping. */
  get idle(): boolean {
    this.refill();
    return this.tokens >= this.rate.capacity;
  }

  private refill(): void {
    const t = this.now();
    // A clock that steps back must not mint tokens or take them away.
    const elapsed = Math.max(0, t - this.last);
    this.last = Math.max(this.last, t);
    this.tokens = Math.min(
      this.rate.capacity,
      this.tokens + (elapsed / 1000) * this.rate.refillPerSecond,
    );
  }
}

/**
 * One bucket per key (e.g. a client address). Full buckets are forgotten when the map grows, so a
 * scan from many addresses cannot grow memory without bound.
 */
export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly rate: BucketRate,
    private readonly now: () => number,
    private readonly sweepAbove = 10_000,
  ) {}

  take(key: string): number {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.sweepAbove) this.sweep();
      bucket = new TokenBucket(this.rate, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(): void {
    for (const [key, bucket] of this.buckets) if (bucket.idle) this.buckets.delete(key);
  }
}

import type { ErrorBody } from '@intervision/shared';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { KeyedBuckets, type BucketRate } from './tokenBucket.js';

/**
 * Limits one route per client address (the TCP peer; no proxy headers are trusted). Over budget
 * the answer is `429 {error: 'rate_limited'}` with `Retry-After` in seconds, and nothing is done.
 */
export function rateLimitByAddress(
  what: string,
  rate: BucketRate,
  now: () => number,
  logger: Logger,
): RequestHandler {
  const buckets = new KeyedBuckets(rate, now);
  return (req, res, next) => {
    const address = req.socket.remoteAddress ?? 'unknown';
    const waitMs = buckets.take(address);
    if (waitMs === 0) {
      next();
      return;
    }
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    logger.debug({ address, what }, 'rate limited');
    const body: ErrorBody = {
      error: 'rate_limited',
      message: `Too many ${what} from this address; try again in ${seconds} s.`,
    };
    res.status(429).set('Retry-After', String(seconds)).json(body);
  };
}

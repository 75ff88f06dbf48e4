import type { Ack } from '@intervision/shared';
import type { Logger } from 'pino';
import type { Namespace, Server } from 'socket.io';
import { TokenBucket, type BucketRate } from '../http/tokenBucket.js';

/**
 * Gives every socket its own budget of events (commands, clock syncs, reads alike). Over budget an
 * event never reaches its handler: its ack, if any, says `rate_limited`, so one flooding peer
 * cannot starve the other sessions sharing the process.
 */
export function limitSocketEvents(
  io: Server | Namespace,
  rate: BucketRate,
  now: () => number,
  logger: Logger,
): void {
  io.on('connection', (socket) => {
    const bucket = new TokenBucket(rate, now);
    let warned = false;
    socket.use((packet, next) => {
      const waitMs = bucket.take();
      if (waitMs === 0) {
        next();
        return;
      }
      if (!warned) {
        // Once per socket: a flood must not become a flood of log lines.
        warned = true;
        logger.info({ ...callerOf(socket.data), event: String(packet[0]) }, 'socket rate limited');
      }
      const ack = packet.at(-1);
      if (typeof ack === 'function') {
        const reply: Ack = {
          ok: false,
          error: 'rate_limited',
          message: `Too many requests; try again in ${Math.ceil(waitMs / 1000)} s.`,
        };
        (ack as (a: Ack) => void)(reply);
      }
    });
  });
}

function callerOf(data: unknown): object {
  const caller = (data as { caller?: { sessionId?: unknown; identity?: unknown } }).caller;
  return caller ? { sessionId: caller.sessionId, identity: caller.identity } : {};
}

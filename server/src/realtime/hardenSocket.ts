import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import type { BucketRate } from '../http/tokenBucket.js';
import { checkSocketOrigin } from './originCheck.js';
import { limitSocketEvents } from './socketRateLimit.js';
import { answerUnknownEvents } from './unknownEvents.js';

export interface SocketHardening {
  publicUrl: string;
  rate: BucketRate;
  /** The clock the per-socket budget refills by. */
  now: () => number;
  logger: Logger;
}

/**
 * Handshakes only from our own pages (or non-browsers), a budget of events per socket (spent
 * before anything else runs), and an answer for events nobody handles.
 */
export function hardenSocket(io: Server, o: SocketHardening): void {
  checkSocketOrigin(io, o.publicUrl);
  limitSocketEvents(io, o.rate, o.now, o.logger);
  answerUnknownEvents(io);
}

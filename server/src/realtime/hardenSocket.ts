import type { Logger } from 'pino';
import type { Namespace, Server } from 'socket.io';
import { DEFAULT_RATE_LIMITS } from '../config.js';
import { rateClockOf, type EdgeOptions } from '../http/hardenHttp.js';
import { checkSocketOrigin } from './originCheck.js';
import { limitSocketEvents } from './socketRateLimit.js';
import { answerUnknownEvents } from './unknownEvents.js';

/**
 * Handshakes only from our own pages (or non-browsers), a budget of events per socket (spent
 * before anything else runs), and an answer for events nobody handles.
 */
export function hardenSocket(
  io: Server,
  o: EdgeOptions,
  logger: Logger,
  namespaces: Namespace[] = [],
): void {
  checkSocketOrigin(io, o.publicUrl);
  const rate = (o.rateLimits ?? DEFAULT_RATE_LIMITS).socket;
  for (const nsp of [io, ...namespaces]) {
    limitSocketEvents(nsp, rate, rateClockOf(o), logger);
    answerUnknownEvents(nsp);
  }
}

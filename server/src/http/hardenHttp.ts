import type { Server as HttpServer } from 'node:http';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../config.js';
import {
  answerFailures,
  answerUnparsableRequests,
  refuseUndecodablePaths,
} from './malformedRequests.js';
import { rateLimitByAddress } from './rateLimit.js';
import { securityHeaders } from './securityHeaders.js';

/** What the edges need to know; the app's options carry it. */
export interface EdgeOptions {
  publicUrl: string;
  /** Where browsers reach LiveKit, allowed by the Content-Security-Policy. */
  livekitPublicUrl?: string;
  /** `DEFAULT_RATE_LIMITS` when absent. */
  rateLimits?: RateLimits;
  /** The clock budgets refill by: real elapsed time unless a test injects one. */
  rateClock?: () => number;
}

export const rateClockOf = (o: EdgeOptions): (() => number) =>
  o.rateClock ?? (() => performance.now());

/** Before any route: headers on every answer, broken paths refused, costly routes budgeted. */
export function hardenHttpBeforeRoutes(app: Express, o: EdgeOptions, logger: Logger): void {
  const limits = o.rateLimits ?? DEFAULT_RATE_LIMITS;
  const now = rateClockOf(o);
  app.use(
    securityHeaders({
      publicUrl: o.publicUrl,
      ...(o.livekitPublicUrl ? { livekitPublicUrl: o.livekitPublicUrl } : {}),
    }),
  );
  app.use(refuseUndecodablePaths(logger));
  app.post('/api/sessions', rateLimitByAddress('new sessions', limits.creates, now, logger));
  app.post('/api/sessions/:id/join', rateLimitByAddress('joins', limits.joins, now, logger));
  // A preview checks a link's secret just as a join does, so it gets the same budget (its own
  // bucket: the join page previews before it joins, and that must not halve the joins allowed).
  app.post(
    '/api/sessions/:id/preview',
    rateLimitByAddress('link checks', limits.joins, now, logger),
  );
  // Groups share the budgets: creating one is like creating a session; entering by link and
  // joining a meeting are joins.
  app.post('/api/groups', rateLimitByAddress('new groups', limits.creates, now, logger));
  const joins = rateLimitByAddress('joins', limits.joins, now, logger);
  app.post('/api/groups/:id/enter', joins);
  app.post('/api/groups/:id/meetings/:meetingId/join', joins);
  // Gatherings likewise: creating one is a create; a join checks a link's secret. A token is a
  // media server round trip per call, so it gets the join budget in its own bucket.
  app.post('/api/gatherings', rateLimitByAddress('new gatherings', limits.creates, now, logger));
  app.post('/api/gatherings/:id/join', joins);
  app.post(
    '/api/gatherings/:id/token',
    rateLimitByAddress('media tokens', limits.joins, now, logger),
  );
}

/** After every route: failures anywhere, and requests Node cannot parse, get contract answers. */
export function hardenHttpAfterRoutes(app: Express, httpServer: HttpServer, logger: Logger): void {
  app.use(answerFailures(logger));
  answerUnparsableRequests(httpServer, logger);
}

import type { Server as HttpServer } from 'node:http';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { RateLimits } from '../config.js';
import {
  answerFailures,
  answerUnparsableRequests,
  refuseUndecodablePaths,
} from './malformedRequests.js';
import { rateLimitByAddress } from './rateLimit.js';
import { securityHeaders } from './securityHeaders.js';

export interface HttpHardening {
  publicUrl: string;
  livekitPublicUrl?: string;
  rateLimits: RateLimits;
  /** The clock the rate limits refill by. */
  now: () => number;
  logger: Logger;
}

/** Before any route: headers on every answer, broken paths refused, costly routes budgeted. */
export function hardenHttpBeforeRoutes(app: Express, o: HttpHardening): void {
  app.use(
    securityHeaders({
      publicUrl: o.publicUrl,
      ...(o.livekitPublicUrl ? { livekitPublicUrl: o.livekitPublicUrl } : {}),
    }),
  );
  app.use(refuseUndecodablePaths(o.logger));
  app.post(
    '/api/sessions',
    rateLimitByAddress('new sessions', o.rateLimits.creates, o.now, o.logger),
  );
  app.post(
    '/api/sessions/:id/join',
    rateLimitByAddress('joins', o.rateLimits.joins, o.now, o.logger),
  );
}

/** After every route: failures anywhere, and requests Node cannot parse, get contract answers. */
export function hardenHttpAfterRoutes(app: Express, httpServer: HttpServer, logger: Logger): void {
  app.use(answerFailures(logger));
  answerUnparsableRequests(httpServer, logger);
}

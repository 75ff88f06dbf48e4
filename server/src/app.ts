import { createServer, type Server as HttpServer } from 'node:http';
import express, { type RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Server as IoServer } from 'socket.io';
import { createApiRouter } from './http/apiRoutes.js';
import { createClientRouter } from './http/clientRoutes.js';
import { createSocketServer } from './realtime/socketServer.js';
import type { MediaPort } from './sessions/mediaPort.js';
import { SessionService } from './sessions/sessionService.js';
import type { SessionStore } from './store/sessionStore.js';

export interface AppDeps {
  store: SessionStore;
  media: MediaPort;
  logger: Logger;
  now?: () => number;
  webhook?: RequestHandler;
}

export interface AppOptions {
  publicUrl: string;
  clientDist: string;
}

export interface App {
  httpServer: HttpServer;
  io: IoServer;
  service: SessionService;
  /** Stops accepting work and closes sockets; the store is the caller's to close. */
  close(): Promise<void>;
}

/** Builds HTTP, Socket.IO and the session service without listening: index.ts and tests listen. */
export function createApp(options: AppOptions, deps: AppDeps): App {
  const now = deps.now ?? Date.now;
  const service = new SessionService({
    store: deps.store,
    media: deps.media,
    logger: deps.logger,
    publicUrl: options.publicUrl,
    now,
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/api',
    createApiRouter({
      service,
      media: deps.media,
      logger: deps.logger,
      ...(deps.webhook ? { webhook: deps.webhook } : {}),
    }),
  );
  app.use(createClientRouter(options.clientDist));
  const httpServer = createServer(app);
  const io = createSocketServer(httpServer, service, deps.logger, now);
  return {
    httpServer,
    io,
    service,
    close: async () => {
      service.close();
      await io.close();
      httpServer.closeAllConnections();
    },
  };
}

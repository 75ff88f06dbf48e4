import { createServer, type Server as HttpServer } from 'node:http';
import express from 'express';
import type { Logger } from 'pino';
import type { Server as IoServer } from 'socket.io';
import { gatheringHandlers } from './gatherings/gatheringHandlers.js';
import { GatheringService } from './gatherings/gatheringService.js';
import { entry, GroupService, joinMeeting } from './groups/groupService.js';
import { createApiRouter } from './http/apiRoutes.js';
import { createClientRouter } from './http/clientRoutes.js';
import { createGatheringRouter } from './http/gatheringRoutes.js';
import { createGroupRouter } from './http/groupRoutes.js';
import {
  hardenHttpAfterRoutes,
  hardenHttpBeforeRoutes,
  type EdgeOptions,
} from './http/hardenHttp.js';
import { createWebhookHandler, startMediaReconciler, type MediaGateway } from './media/index.js';
import { createGatheringSocket } from './realtime/gatheringSocket.js';
import { hardenSocket } from './realtime/hardenSocket.js';
import { createSocketServer, greetingSender } from './realtime/socketServer.js';
import type { ClusterNode } from './cluster/clusterNode.js';
import type { ActorClock } from './sessions/openLiveSession.js';
import { localRouter, type OpTargets } from './sessions/sessionOps.js';
import { SessionService, type SessionRetention } from './sessions/sessionService.js';
import type { GatheringStore } from './store/gatheringStore.js';
import type { GroupStore } from './store/groupStore.js';
import type { SessionStore } from './store/sessionStore.js';

/** Default of `GROUP_MEETING_OPENS_MINUTES`. */
export const DEFAULT_GROUP_MEETING_OPENS_MINUTES = 15;

export interface AppDeps {
  /** Sessions, groups and gatherings in one store: a group's meeting is a session. */
  store: SessionStore & GroupStore & GatheringStore;
  media: MediaGateway;
  logger: Logger;
  now?: () => number;
  /** XState's timer clock for every session actor; tests pass a `SimulatedClock` beside `now`. */
  clock?: ActorClock;
  /** One node of a cluster (`REDIS_URL`); started by the caller with `cluster.start`. */
  cluster?: ClusterNode;
}

/** `EdgeOptions` adds rate limits, the LiveKit URL for the CSP and the rate-limit clock. */
export interface AppOptions extends EdgeOptions {
  publicUrl: string;
  clientDist: string;
  /** LiveKit's API key pair, to verify its webhooks; without it the webhook route is absent. */
  livekitKeys?: { apiKey: string; apiSecret: string };
  /** How often the media reconciler re-applies every live session's permissions. */
  reconcileIntervalMs?: number;
  /** How long unused and ended sessions are kept (`SESSION_LOBBY_TTL_HOURS`, `…_PURGE_HOURS`). */
  sessionRetention?: SessionRetention;
  /** How often the sweeper deletes sessions past their retention; it also runs at start. */
  sweepIntervalMs?: number;
  /** A scheduled group meeting opens this long before its start (`GROUP_MEETING_OPENS_MINUTES`). */
  groupMeetingOpensMinutes?: number;
  /** How often the group scheduler opens due meetings; it also runs at start. */
  groupSchedulerIntervalMs?: number;
  /** How long a person moved between gathering rooms may stay in the old media room. */
  gatheringMoveGraceMs?: number;
  /**
   * The airtime sidecar (`SPEAKER_LISTENER_BIN`); `.tools/bin/speaker-listener` unless given;
   * null: no airtime figures.
   */
  speakerListenerBin?: string | null;
}

export interface App {
  /** What runs session operations on this node (a cluster node is started with them). */
  targets: OpTargets;
  httpServer: HttpServer;
  io: IoServer;
  service: SessionService;
  groups: GroupService;
  gatherings: GatheringService;
  /** Stops accepting work, the reconciler and sockets; the store is the caller's to close. */
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
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(options.sessionRetention ? { retention: options.sessionRetention } : {}),
    ...(deps.cluster ? { ownership: deps.cluster.ownership } : {}),
    ...(options.speakerListenerBin !== undefined
      ? { speakerListenerBin: options.speakerListenerBin }
      : {}),
  });
  const targets: OpTargets = { service };
  const router = deps.cluster ? deps.cluster.router : localRouter(targets);
  const stopSweeper = service.sweeper.start(options.sweepIntervalMs);
  const groups = new GroupService({
    store: deps.store,
    sessions: service,
    media: deps.media,
    logger: deps.logger,
    publicUrl: options.publicUrl,
    now,
    opensMinutes: options.groupMeetingOpensMinutes ?? DEFAULT_GROUP_MEETING_OPENS_MINUTES,
  });
  const stopScheduler = groups.scheduler.start(options.groupSchedulerIntervalMs);
  targets.joinMeeting = async (groupId, bearer, sessionId) =>
    joinMeeting(
      groups.deps,
      await entry.authenticateMember(groups.deps, groupId, bearer),
      sessionId,
    );
  const gatherings = new GatheringService({
    store: deps.store,
    media: deps.media,
    logger: deps.logger,
    publicUrl: options.publicUrl,
    now,
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(options.gatheringMoveGraceMs !== undefined
      ? { moveGraceMs: options.gatheringMoveGraceMs }
      : {}),
  });
  const webhookFailed = (room: string) => (err: unknown) =>
    deps.logger.warn({ room, err }, 'webhook not applied');
  // Media rooms are named after their session, or `gathering-…` for a gathering's rooms. Webhooks
  // reach any node: a session's owner applies them; gatherings are not forwarded between nodes.
  const webhook = options.livekitKeys
    ? createWebhookHandler({
        ...options.livekitKeys,
        onParticipant: (room, identity, inRoom) =>
          gatherings.ownsRoom(room)
            ? gatherings.setInMedia(room, identity, inRoom)
            : void router
                .run({ kind: 'inMedia', sessionId: room, identity, inRoom })
                .catch(webhookFailed(room)),
        onTrackPublished: (room, identity) =>
          gatherings.ownsRoom(room)
            ? gatherings.trackPublished(room)
            : void router
                .run({ kind: 'trackPublished', sessionId: room, identity })
                .catch(webhookFailed(room)),
      })
    : undefined;
  const app = express();
  app.disable('x-powered-by');
  hardenHttpBeforeRoutes(app, options, deps.logger);
  app.use(
    '/api',
    createApiRouter({
      service,
      router,
      media: deps.media,
      logger: deps.logger,
      groups: createGroupRouter(groups, router),
      gatherings: createGatheringRouter(gatherings),
      ...(webhook ? { webhook } : {}),
    }),
  );
  app.use(createClientRouter(options.clientDist));
  const httpServer = createServer(app);
  hardenHttpAfterRoutes(app, httpServer, deps.logger);
  const io = createSocketServer(httpServer, service, router, deps.logger, deps.cluster?.socket);
  targets.greetSocket = greetingSender(io);
  const gatheringNsp = createGatheringSocket(
    io,
    gatherings,
    gatheringHandlers(gatherings),
    deps.logger,
  );
  hardenSocket(io, options, deps.logger, [gatheringNsp]);
  gatherings.restore();
  const reconciler = startMediaReconciler({
    gateway: deps.media,
    listLive: () => [...service.liveMedia(), ...gatherings.liveMedia()],
    intervalMs: options.reconcileIntervalMs ?? 15_000,
    logger: deps.logger,
  });
  return {
    targets,
    httpServer,
    io,
    service,
    groups,
    gatherings,
    close: async () => {
      reconciler.stop();
      stopSweeper();
      stopScheduler();
      groups.close();
      gatherings.close();
      deps.media.close();
      await service.close();
      // After the actors stopped: the leases go, so other nodes take the sessions at once.
      await deps.cluster?.close();
      await io.close();
      httpServer.closeAllConnections();
    },
  };
}

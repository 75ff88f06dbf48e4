import {
  COMMAND_NAMES,
  socketAuthSchema,
  type Ack,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@intervision/shared';
import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import { toErrorBody } from '../http/errorReply.js';
import type { Greeting, SessionRouter } from '../sessions/sessionOps.js';
import type { Caller, SessionService } from '../sessions/sessionService.js';

export type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  object,
  { caller: Caller }
>;
type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, { caller: Caller }>;

/** A cluster's Socket.IO adapter: broadcasts reach sockets on every node, with state recovery. */
export interface SocketClusterOptions {
  adapter: NonNullable<Partial<ServerOptions>['adapter']>;
}

/** Every socket of one session, on every node. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
const room = sessionRoom;
/** Every socket of one person, so removing them closes exactly theirs. */
const personRoom = (sessionId: string, identity: string) => `person:${sessionId}:${identity}`;
/** The chair's sockets: airtime figures go there and nowhere else. */
const chairRoom = (sessionId: string) => `chair:${sessionId}`;

/**
 * Live state over Socket.IO: the handshake carries the credential issued at join; every command
 * is validated and authorised (where the session runs: see `SessionRouter`), answered through its
 * ack, and the new view reaches the session's room only after the change was stored.
 */
export function createSocketServer(
  httpServer: HttpServer,
  service: SessionService,
  router: SessionRouter,
  logger: Logger,
  cluster?: SocketClusterOptions,
): IoServer {
  const io: IoServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 16 * 1024,
    cors: { origin: false },
    ...(cluster
      ? {
          adapter: cluster.adapter,
          // Without sticky sessions long-polling cannot work across nodes; browsers all have WebSocket.
          transports: ['websocket'],
          // A socket back within two minutes (a node restart, a network blip) gets its rooms and
          // missed broadcasts back; the handshake is still checked again.
          connectionStateRecovery: { maxDisconnectionDuration: 120_000, skipMiddlewares: false },
        }
      : {}),
  });

  io.use((socket, next) => {
    const auth = socketAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('unauthorized'));
    const admit = async () => {
      const caller = await service.authenticate(auth.data.credential);
      // Fails not_found for a deleted session.
      await router.run({ kind: 'view', sessionId: caller.sessionId });
      socket.data.caller = caller;
    };
    admit().then(
      () => next(),
      (err: unknown) => next(new Error(toErrorBody(err, logger).error)),
    );
  });

  service.listen({
    state: (sessionId, view) => io.to(room(sessionId)).emit('session:state', view),
    warning: (sessionId, warning) => io.to(room(sessionId)).emit('phase:warning', warning),
    closed: (sessionId, reason) => {
      io.to(room(sessionId)).emit('session:closed', { reason });
      io.in(room(sessionId)).disconnectSockets(true);
    },
    removed: (sessionId, identity) => {
      const theirs = personRoom(sessionId, identity);
      io.to(theirs).emit('session:closed', { reason: 'removed' });
      io.in(theirs).disconnectSockets(true);
    },
    airtime: (sessionId, report) => io.to(chairRoom(sessionId)).emit('airtime', report),
    airtimeMirror: (sessionId, mirror) => io.to(room(sessionId)).emit('airtime:mirror', mirror),
  });

  io.on('connection', (socket: IoSocket) => {
    const caller = socket.data.caller;
    const log = logger.child({ sessionId: caller.sessionId, identity: caller.identity });
    void socket.join([room(caller.sessionId), personRoom(caller.sessionId, caller.identity)]);
    // Commands are heard from the first moment, before the first view is read.
    for (const name of COMMAND_NAMES) {
      socket.on(name, (...args: unknown[]) => {
        respond(args, log, (payload) => router.run({ kind: 'command', caller, name, payload }));
      });
    }
    const presence = (delta: 1 | -1) =>
      router
        .run({ kind: 'connected', caller, delta })
        .catch((err: unknown) => log.warn({ err, delta }, 'presence not counted'));
    void presence(1).then(() =>
      router.run({ kind: 'greet', caller, socketId: socket.id }).catch((err: unknown) => {
        // Deleted between the handshake and now: its sockets are being closed anyway.
        log.debug({ err }, 'no first view for a new socket');
      }),
    );
    socket.on('disconnect', () => void presence(-1));
  });

  return io;
}

/**
 * Sends one socket its greeting from the node running its session: through the adapter, like the
 * broadcasts, so the first view cannot overtake a newer one (the chair role comes with the link
 * and never changes, so the chair's room is chosen once).
 */
export function greetingSender(
  io: IoServer,
): (socketId: string, sessionId: string, greeting: Greeting) => Promise<void> {
  return (socketId, sessionId, greeting) => {
    // On another node the join travels the same ordered stream as the emits that follow it.
    if (greeting.chair) io.in(socketId).socketsJoin(chairRoom(sessionId));
    io.to(socketId).emit('session:state', greeting.view);
    if (greeting.airtime) io.to(socketId).emit('airtime', greeting.airtime);
    if (greeting.chair && !greeting.airtimeMeasured)
      io.to(socketId).emit('airtime:unavailable', null);
    return Promise.resolve();
  };
}

const isAckCallback = (x: unknown): x is (ack: Ack<object>) => void => typeof x === 'function';

/** Socket.IO passes the ack last; a client may omit the payload entirely. */
function respond(
  args: unknown[],
  log: Logger,
  run: (payload: unknown) => Promise<Ack<object>>,
): void {
  const ack = args.at(-1);
  if (!isAckCallback(ack)) return; // nobody to answer: commands without an ack are ignored
  const payload = args.length > 1 ? args[0] : undefined;
  run(payload).then(ack, (err: unknown) => {
    const body = toErrorBody(err, log);
    ack({ ok: false, error: body.error, message: body.message });
  });
}

import {
  COMMAND_NAMES,
  COMMAND_SPECS,
  socketAuthSchema,
  type Ack,
  type ClientToServerEvents,
  type CommandName,
  type CommandReply,
  type ServerToClientEvents,
} from '@intervision/shared';
import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server, type Socket } from 'socket.io';
import { toErrorBody } from '../http/errorReply.js';
import type { Caller, SessionService } from '../sessions/sessionService.js';
import { ServiceError } from '../sessions/serviceError.js';

type IoServer = Server<ClientToServerEvents, ServerToClientEvents, object, { caller: Caller }>;
type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, { caller: Caller }>;

const room = (sessionId: string) => `session:${sessionId}`;
/** Every socket of one person, so removing them closes exactly theirs. */
const personRoom = (sessionId: string, identity: string) => `person:${sessionId}:${identity}`;
/** The chair's sockets: airtime figures go there and nowhere else. */
const chairRoom = (sessionId: string) => `chair:${sessionId}`;

/**
 * Live state over Socket.IO: the handshake carries the credential issued at join; every command
 * is validated and authorised, answered through its ack, and the new view reaches the session's
 * room only after the change was stored.
 */
export function createSocketServer(
  httpServer: HttpServer,
  service: SessionService,
  logger: Logger,
): IoServer {
  const io: IoServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 16 * 1024,
    cors: { origin: false },
  });

  io.use((socket, next) => {
    const auth = socketAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('unauthorized'));
    const admit = async () => {
      const caller = await service.authenticate(auth.data.credential);
      await service.view(caller.sessionId); // throws not_found for a deleted session
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

  /**
   * A new socket's first view, and for a chair its room and the airtime figures so far. The chair
   * role comes with the link and never changes, so the room is chosen once.
   */
  const greet = async (socket: IoSocket, caller: Caller) => {
    const chair = (await service.roleOf(caller)) === 'chair';
    if (chair) await socket.join(chairRoom(caller.sessionId));
    socket.emit('session:state', await service.view(caller.sessionId));
    const figures = chair ? service.airtime.reportOf(caller.sessionId) : undefined;
    if (figures) socket.emit('airtime', figures);
  };

  io.on('connection', (socket: IoSocket) => {
    const caller = socket.data.caller;
    const log = logger.child({ sessionId: caller.sessionId, identity: caller.identity });
    void socket.join([room(caller.sessionId), personRoom(caller.sessionId, caller.identity)]);
    // Commands are heard from the first moment, before the first view is read.
    for (const name of COMMAND_NAMES) {
      socket.on(name, (...args: unknown[]) => {
        void respond(args, log, (payload) => dispatch(service, caller, name, payload));
      });
    }
    service.connected(caller, 1);
    socket.on('disconnect', () => service.connected(caller, -1));
    void greet(socket, caller).catch((err: unknown) => {
      // Deleted between the handshake and now: its sockets are being closed anyway.
      log.debug({ err }, 'no first view for a new socket');
    });
  });

  return io;
}

/** One check of the role, then the payload, then the command's own handler. */
async function dispatch<N extends CommandName>(
  service: SessionService,
  caller: Caller,
  name: N,
  payload: unknown,
): Promise<Ack<CommandReply<N>>> {
  const spec = COMMAND_SPECS[name];
  const role = await service.roleOf(caller);
  if (!spec.roles.includes(role)) throw new ServiceError('forbidden', `A ${role} cannot ${name}.`);
  const parsed = spec.payload.safeParse(payload);
  if (!parsed.success) throw new ServiceError('bad_request', `Invalid payload for ${name}.`);
  return { ok: true, ...(await service.handlers[name](caller, parsed.data)) };
}

const isAckCallback = (x: unknown): x is (ack: Ack<object>) => void => typeof x === 'function';

/** Socket.IO passes the ack last; a client may omit the payload entirely. */
async function respond(
  args: unknown[],
  log: Logger,
  run: (payload: unknown) => Promise<Ack<object>>,
): Promise<void> {
  const ack = args.at(-1);
  if (!isAckCallback(ack)) return; // nobody to answer: commands without an ack are ignored
  const payload = args.length > 1 ? args[0] : undefined;
  let reply: Ack<object>;
  try {
    reply = await run(payload);
  } catch (err) {
    const body = toErrorBody(err, log);
    reply = { ok: false, error: body.error, message: body.message };
  }
  ack(reply);
}

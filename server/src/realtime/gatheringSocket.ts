import {
  GATHERING_COMMAND_NAMES,
  GATHERING_COMMAND_SPECS,
  socketAuthSchema,
  type Ack,
  type GatheringClientToServerEvents,
  type GatheringCommandName,
  type GatheringCommandReply,
  type GatheringServerEventPayloads,
  type GatheringServerToClientEvents,
} from '@intervision/shared';
import type { Logger } from 'pino';
import type { Namespace, Server, Socket } from 'socket.io';
import type { GatheringHandlers } from '../gatherings/gatheringHandlers.js';
import type { GatheringCaller, GatheringService } from '../gatherings/gatheringService.js';
import { gatheringViewFor, gatheringViews } from '../gatherings/gatheringViewFor.js';
import { toErrorBody } from '../http/errorReply.js';
import { ServiceError } from '../sessions/serviceError.js';

type Data = { caller: GatheringCaller };
export type GatheringNamespace = Namespace<
  GatheringClientToServerEvents,
  GatheringServerToClientEvents,
  object,
  Data
>;
type GatheringSocket = Socket<
  GatheringClientToServerEvents,
  GatheringServerToClientEvents,
  object,
  Data
>;

/** Every socket of one person, so a move reaches exactly theirs. */
const personRoom = (gatheringId: string, identity: string) => `person:${gatheringId}:${identity}`;

/**
 * The `/gathering` namespace: the handshake carries the credential from the join; each person's
 * sockets get their own view (it holds their place and rights) after every change; commands are
 * checked for role, then payload, then state, and answered through their ack.
 */
export function createGatheringSocket(
  io: Server,
  service: GatheringService,
  handlers: GatheringHandlers,
  logger: Logger,
): GatheringNamespace {
  const nsp: GatheringNamespace = io.of('/gathering');
  /** The sockets of each gathering held here, to send each person their own view. */
  const sockets = new Map<string, Set<GatheringSocket>>();

  nsp.use((socket, next) => {
    const auth = socketAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('unauthorized'));
    try {
      socket.data.caller = service.authenticate(auth.data.credential);
      next();
    } catch (err) {
      next(new Error(toErrorBody(err, logger).error));
    }
  });

  const sendView = (socket: GatheringSocket) => {
    const { gatheringId, identity } = socket.data.caller;
    const g = service.require(gatheringId);
    socket.emit('gathering:state', gatheringViewFor(g, identity, service.deps.now()));
  };

  service.listen({
    changed: (g, audience) => {
      const mine = sockets.get(g.id);
      if (!mine) return;
      const viewOf = gatheringViews(g, service.deps.now());
      for (const socket of mine) {
        const { identity } = socket.data.caller;
        const role = g.member(identity)?.role;
        if (audience === 'everyone' || role === 'host' || role === 'helper')
          socket.emit('gathering:state', viewOf(identity));
      }
    },
    moved: (gatheringId, identity, moved) =>
      nsp.to(personRoom(gatheringId, identity)).emit('gathering:moved', moved),
    closed: (gatheringId) => {
      for (const socket of sockets.get(gatheringId) ?? []) {
        socket.emit('gathering:closed', { reason: 'deleted' });
        socket.disconnect(true);
      }
      sockets.delete(gatheringId);
    },
    announce: (g, event, payload) => {
      for (const socket of sockets.get(g.id) ?? []) {
        // One typed emit per event name keeps the payload tied to its event.
        if (event === 'breakouts:recalling')
          socket.emit(
            'breakouts:recalling',
            payload as GatheringServerEventPayloads['breakouts:recalling'],
          );
        else
          socket.emit(
            'breakouts:broadcast',
            payload as GatheringServerEventPayloads['breakouts:broadcast'],
          );
      }
    },
    help: (g, request) => {
      for (const socket of sockets.get(g.id) ?? []) {
        const role = g.member(socket.data.caller.identity)?.role;
        if (role === 'host' || role === 'helper') socket.emit('help:requested', request);
      }
    },
  });

  nsp.on('connection', (socket: GatheringSocket) => {
    const caller = socket.data.caller;
    const log = logger.child({ gatheringId: caller.gatheringId, identity: caller.identity });
    const mine = sockets.get(caller.gatheringId) ?? new Set();
    sockets.set(caller.gatheringId, mine);
    mine.add(socket);
    void socket.join(personRoom(caller.gatheringId, caller.identity));
    service.connected(caller, 1);
    sendView(socket);
    socket.on('disconnect', () => {
      mine.delete(socket);
      if (mine.size === 0) sockets.delete(caller.gatheringId);
      service.connected(caller, -1);
    });
    for (const name of GATHERING_COMMAND_NAMES) {
      socket.on(name, (...args: unknown[]) => {
        void respond(args, log, (payload) => dispatch(service, handlers, caller, name, payload));
      });
    }
  });

  return nsp;
}

/** The role first, then the payload, then the command's own handler. */
async function dispatch<N extends GatheringCommandName>(
  service: GatheringService,
  handlers: GatheringHandlers,
  caller: GatheringCaller,
  name: N,
  payload: unknown,
): Promise<Ack<GatheringCommandReply<N>>> {
  const spec = GATHERING_COMMAND_SPECS[name];
  const role = service.roleOf(caller);
  if (!spec.roles.includes(role)) throw new ServiceError('forbidden', `A ${role} cannot ${name}.`);
  const parsed = spec.payload.safeParse(payload);
  if (!parsed.success) throw new ServiceError('bad_request', `Invalid payload for ${name}.`);
  const handler = handlers[name] as (
    c: GatheringCaller,
    p: unknown,
  ) => GatheringCommandReply<N> | Promise<GatheringCommandReply<N>>;
  return { ok: true, ...(await handler(caller, parsed.data)) };
}

const isAckCallback = (x: unknown): x is (ack: Ack<object>) => void => typeof x === 'function';

/** Socket.IO passes the ack last; a client may omit the payload entirely. */
async function respond(
  args: unknown[],
  log: Logger,
  run: (payload: unknown) => Promise<Ack<object>>,
): Promise<void> {
  const ack = args.at(-1);
  if (!isAckCallback(ack)) return;
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

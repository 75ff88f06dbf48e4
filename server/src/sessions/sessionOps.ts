import {
  COMMAND_SPECS,
  type Ack,
  type AirtimeReport,
  type CommandName,
  type CommandReply,
  type JoinSessionResponse,
  type LiveKitDetails,
  type SessionPreviewResponse,
  type SessionView,
} from '@intervision/shared';
import type { Caller } from './membership.js';
import type { SessionService } from './sessionService.js';
import { ServiceError } from './serviceError.js';

/**
 * Everything that must run where the session's machine runs: on one node, the node itself; in a
 * cluster, the node holding the session's lease, so other nodes forward these (plain JSON).
 */
export type SessionOp =
  | { kind: 'command'; caller: Caller; name: CommandName; payload: unknown }
  | { kind: 'view'; sessionId: string }
  /**
   * A new socket's first view (for a chair also its room and the airtime figures so far), sent
   * by the node running the session through the Socket.IO adapter, so it never arrives after a
   * newer broadcast of that node.
   */
  | { kind: 'greet'; caller: Caller; socketId: string }
  | { kind: 'connected'; caller: Caller; delta: 1 | -1 }
  | { kind: 'inMedia'; sessionId: string; identity: string; inRoom: boolean }
  | { kind: 'trackPublished'; sessionId: string; identity: string }
  | { kind: 'join'; sessionId: string; secret: string; name?: string; credential?: string }
  | { kind: 'preview'; sessionId: string; secret: string }
  | { kind: 'mediaToken'; caller: Caller }
  | { kind: 'delete'; sessionId: string; caller: Caller }
  /** A group member enters a meeting (the session `sessionId`) with their group credential. */
  | { kind: 'meetingJoin'; sessionId: string; groupId: string; bearer: string };

/** What a new socket is told first; `chair` decides whether it joins the chair's room. */
export interface Greeting {
  view: SessionView;
  chair: boolean;
  /** The airtime figures so far, for a chair only; null when there are none. */
  airtime: AirtimeReport | null;
  /** False when this server measures no airtime at all (a chair is told so). */
  airtimeMeasured: boolean;
}

/** What each operation answers. */
export interface SessionOpResults {
  command: Ack<object>;
  view: SessionView;
  greet: null;
  connected: null;
  inMedia: null;
  trackPublished: null;
  join: JoinSessionResponse;
  preview: SessionPreviewResponse;
  mediaToken: LiveKitDetails;
  delete: null;
  meetingJoin: JoinSessionResponse;
}

export type SessionOpResult<O extends SessionOp> = SessionOpResults[O['kind']];

/** Runs an operation on the session wherever it is: here, or on the node that owns it. */
export interface SessionRouter {
  run<O extends SessionOp>(op: O): Promise<SessionOpResult<O>>;
}

export const sessionIdOfOp = (op: SessionOp): string =>
  'caller' in op ? op.caller.sessionId : op.sessionId;

/**
 * What runs operations on this node: the session service, the groups' meeting join, and the
 * socket server's greeting.
 */
export interface OpTargets {
  service: SessionService;
  /** Set once the socket server exists: sends a socket (on any node) its greeting. */
  greetSocket?: (socketId: string, sessionId: string, greeting: Greeting) => Promise<void>;
  /** Set once the group service exists (it is built after the session service). */
  joinMeeting?: (
    groupId: string,
    bearer: string,
    sessionId: string,
  ) => Promise<JoinSessionResponse>;
}

/** Runs the operation on this node; a refusal is thrown as a `ServiceError`. */
export async function executeOp(targets: OpTargets, op: SessionOp): Promise<unknown> {
  const { service } = targets;
  switch (op.kind) {
    case 'command':
      return dispatch(service, op.caller, op.name, op.payload);
    case 'view':
      return service.view(op.sessionId);
    case 'greet':
      if (!targets.greetSocket) throw new Error('socket greeting is not wired');
      await targets.greetSocket(op.socketId, op.caller.sessionId, await greet(service, op.caller));
      return null;
    case 'connected':
      service.connected(op.caller, op.delta);
      return null;
    case 'inMedia':
      service.setInMedia(op.sessionId, op.identity, op.inRoom);
      return null;
    case 'trackPublished':
      service.trackPublished(op.sessionId, op.identity);
      return null;
    case 'join':
      return service.join(op.sessionId, op.secret, op.name, op.credential);
    case 'preview':
      return service.preview(op.sessionId, op.secret);
    case 'mediaToken':
      return service.mediaToken(op.caller);
    case 'delete':
      await service.delete(op.sessionId, op.caller);
      return null;
    case 'meetingJoin':
      if (!targets.joinMeeting) throw new Error('meeting join is not wired');
      return targets.joinMeeting(op.groupId, op.bearer, op.sessionId);
  }
}

/** One node, no routing: every operation runs here. */
export function localRouter(targets: OpTargets): SessionRouter {
  return { run: (op) => executeOp(targets, op) as never };
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

/** The chair role comes with the link and never changes, so the socket's room is chosen once. */
async function greet(service: SessionService, caller: Caller): Promise<Greeting> {
  const chair = (await service.roleOf(caller)) === 'chair';
  const view = await service.view(caller.sessionId);
  const airtime = chair ? (service.airtime.reportOf(caller.sessionId) ?? null) : null;
  return { view, chair, airtime, airtimeMeasured: service.airtime.enabled };
}

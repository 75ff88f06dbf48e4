import type { AirtimeMirror, AirtimeReport } from './airtime.js';
import type { CommandInput, CommandName, CommandReply } from './commands.js';
import type { ErrorCode } from './errors.js';
import type { SessionView } from './sessionView.js';

/** Every ack is a closed union: success with its data, or one error code. */
export type Ack<T extends object = object> =
  ({ ok: true } & T) | { ok: false; error: ErrorCode; message?: string };

export type AckCallback<T extends object = object> = (ack: Ack<T>) => void;

/** Sent to everyone in a session `LIMITS.warningMs` before the phase's deadline. */
export interface PhaseWarning {
  phaseId: string;
  endsAt: number;
  serverNow: number;
}

/**
 * Why the server closed a client's connection for good:
 * - `deleted`: the chair deleted the session and everything stored about it;
 * - `removed`: the chair removed this person (only their own sockets are closed);
 * - `expired`: the session was never started within `SESSION_LOBBY_TTL_HOURS`, or ended more than
 *   `SESSION_ENDED_PURGE_HOURS` ago, and was deleted like the chair's delete does.
 */
export type SessionClosedReason = 'deleted' | 'removed' | 'expired';

/** Payload of `session:closed`. */
export interface SessionClosed {
  reason: SessionClosedReason;
}

/** The payload of every event the server emits, by event name. */
export interface ServerEventPayloads {
  /** The whole session, sent on connect and after every stored change (and presence change). */
  'session:state': SessionView;
  /** The current phase ends in `LIMITS.warningMs`. */
  'phase:warning': PhaseWarning;
  /** The session was deleted or expired, or this person was removed; the server disconnects right after. */
  'session:closed': SessionClosed;
  /** The chair's airtime figures: sent to the chair's sockets only (see `AirtimeReport`). */
  airtime: AirtimeReport;
  /** The chair showed (or, with `null`, hid) the group's airtime mirror: sent to everyone. */
  'airtime:mirror': AirtimeMirror | null;
  /**
   * Sent to a chair's socket on connect when this server measures no airtime (no media server,
   * or its airtime listener is off): no `airtime` figures will come, so none can be shown.
   */
  'airtime:unavailable': null;
}

/** Events the server emits, as Socket.IO types them. */
export type ServerToClientEvents = {
  [E in keyof ServerEventPayloads]: (payload: ServerEventPayloads[E]) => void;
};

/**
 * Commands a client sends, derived from `COMMANDS`; each is answered through its ack. Payloads are
 * validated on the server, so these types describe what a well-behaved client sends.
 */
export type ClientToServerEvents = {
  [N in CommandName]: (payload: CommandInput<N>, ack: AckCallback<CommandReply<N>>) => void;
};

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

/** Why the server closed a client's connection for good. */
export interface SessionClosed {
  reason: 'deleted';
}

export interface ClockSyncRequest {
  /** The client's clock when it sent the request. */
  clientSentAt: number;
}

export interface ClockSyncReply {
  clientSentAt: number;
  serverNow: number;
}

/** Events the server emits. */
export interface ServerToClientEvents {
  'session:state': (view: SessionView) => void;
  'phase:warning': (warning: PhaseWarning) => void;
  'session:closed': (closed: SessionClosed) => void;
}

/** Commands a client sends; each is answered through its ack. Payloads are validated on the server. */
export interface ClientToServerEvents {
  'session:start': (payload: unknown, ack: AckCallback) => void;
  'phase:next': (payload: unknown, ack: AckCallback) => void;
  'phase:previous': (payload: unknown, ack: AckCallback) => void;
  'phase:pause': (payload: unknown, ack: AckCallback) => void;
  'phase:resume': (payload: unknown, ack: AckCallback) => void;
  /** Payload `{seconds}`. */
  'phase:extend': (payload: unknown, ack: AckCallback) => void;
  'session:end': (payload: unknown, ack: AckCallback) => void;
  /** Payload `{identity}`. */
  'presenter:set': (payload: unknown, ack: AckCallback) => void;
  /** Payload `{text}`; presenter only. */
  'question:set': (payload: unknown, ack: AckCallback) => void;
  /** Raise your own hand. */
  'hand:raise': (payload: unknown, ack: AckCallback) => void;
  /** Lower your own hand; the chair may pass `{identity}` to lower someone else's. */
  'hand:lower': (payload: unknown, ack: AckCallback) => void;
  /** Payload `{clientSentAt}`. */
  'clock:sync': (payload: unknown, ack: AckCallback<ClockSyncReply>) => void;
  /** Ask for the current view (answered in the ack). */
  'session:get': (payload: unknown, ack: AckCallback<{ view: SessionView }>) => void;
}

/** Names of the commands that change a session, with who may send them. */
export const COMMAND_ROLES = {
  'session:start': ['chair'],
  'phase:next': ['chair'],
  'phase:previous': ['chair'],
  'phase:pause': ['chair'],
  'phase:resume': ['chair'],
  'phase:extend': ['chair'],
  'session:end': ['chair'],
  'presenter:set': ['chair'],
  'question:set': ['presenter'],
  'hand:raise': ['chair', 'presenter', 'peer'],
  'hand:lower': ['chair', 'presenter', 'peer'],
} as const satisfies Record<string, readonly ('chair' | 'presenter' | 'peer')[]>;

export type CommandName = keyof typeof COMMAND_ROLES;

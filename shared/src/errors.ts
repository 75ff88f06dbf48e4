/**
 * The closed set of error codes the server answers with, over HTTP and in socket acks.
 * Anything unexpected is logged on the server and reported as `internal`, never raw.
 */
export const ERROR_CODES = [
  /** The payload failed schema validation. */
  'bad_request',
  /** No credential, or a credential or secret that matches nothing. */
  'unauthorized',
  /** Authenticated, but this role may not do this. */
  'forbidden',
  /** Unknown (or deleted) session, method or participant. */
  'not_found',
  /** The group already has `maxParticipants` peers (the chair is not counted; the chair link always enters). */
  'session_full',
  /** The session has ended; it only accepts deletion. */
  'session_ended',
  /** The command does not apply in the current state (e.g. `phase:next` in the lobby). */
  'invalid_transition',
  /** The method needs a presenter and none is chosen. */
  'presenter_required',
  /** The group meeting's room is not open yet; the message says when it opens. */
  'meeting_not_open',
  /** A round command (`round:next`, `round:done`, ...) while no speaking round runs. */
  'no_round',
  /** `round:done` from someone whose turn it is not. */
  'not_your_turn',
  /** The gathering, or the breakout room chosen, has no space left. */
  'room_full',
  /** The media server (LiveKit) cannot be reached right now. */
  'media_unavailable',
  /**
   * The session runs on another node of the cluster that did not answer in time (it may be failing
   * over); try again in a moment.
   */
  'session_unavailable',
  /**
   * Too many requests from this socket or client address in a short time; nothing was done.
   * Over HTTP the answer carries a `Retry-After` header (seconds).
   */
  'rate_limited',
  /** Something failed on the server; details are in the server log. */
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** HTTP status for each error code, so REST answers and acks stay consistent. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  session_full: 409,
  session_ended: 410,
  invalid_transition: 409,
  presenter_required: 409,
  meeting_not_open: 409,
  no_round: 409,
  not_your_turn: 409,
  room_full: 409,
  media_unavailable: 503,
  session_unavailable: 503,
  rate_limited: 429,
  internal: 500,
};

/** Body of every failed HTTP answer. */
export interface ErrorBody {
  error: ErrorCode;
  message: string;
}

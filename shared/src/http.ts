import type { MethodDefinition } from './methods.js';
import type { Role } from './roles.js';
import type { SessionStatus, SessionView } from './sessionView.js';

/** `POST /api/sessions` → 201. The urls carry their secret in the fragment, never sent to servers. */
export interface CreateSessionResponse {
  id: string;
  chairUrl: string;
  inviteUrl: string;
}

/** Connection details for the media room; short-lived. */
export interface LiveKitDetails {
  url: string;
  token: string;
}

/** `POST /api/sessions/:id/join` → 200. */
export interface JoinSessionResponse {
  /**
   * Bearer secret for the socket handshake and chair-only HTTP calls; keep it private. A rejoin
   * with a valid credential answers with that same credential (it is not rotated, so other tabs of
   * the same browser keep working).
   */
  credential: string;
  identity: string;
  role: Role;
  sessionId: string;
  view: SessionView;
  /** Null when the media server cannot be reached; the protocol still runs without media. */
  livekit: LiveKitDetails | null;
  /** Set when `livekit` is null: why, so the client can say so and retry `POST .../token`. */
  mediaError: 'media_unavailable' | null;
}

/**
 * `POST /api/sessions/:id/preview` → 200: what a link opens, before anyone joins, so the join page
 * can say which session this is and as whom. It adds nobody and issues no credential.
 */
export interface SessionPreviewResponse {
  /** The session's title as the chair wrote it. */
  title: string;
  methodId: string;
  /** The role this link gives: the chair link `chair`, the invite link `peer`. */
  role: 'chair' | 'peer';
  /** Never `ended`: an ended session answers `410 session_ended` instead. */
  status: Exclude<SessionStatus, 'ended'>;
}

/** `POST /api/sessions/:id/token` (bearer credential) → 200: fresh media details, or 503. */
export interface MediaTokenResponse {
  livekit: LiveKitDetails;
}

/** `GET /api/methods` → 200. */
export interface MethodsResponse {
  methods: MethodDefinition[];
}

/** `GET /api/health` → 200 when the app answers; `livekit` says whether media does. */
export interface HealthResponse {
  ok: boolean;
  livekit: 'up' | 'down' | 'disabled';
  sessions: number;
}

import type { LiveKitDetails, MediaRights, Role, SessionStatus } from '@intervision/shared';

/** One participant's wanted media state in one session, as the protocol sees it. */
export interface DesiredMedia {
  identity: string;
  role: Role;
  rights: MediaRights;
  /** LiveKit reported them in the media room (webhooks); the reconciler only asks about such rooms. */
  inRoom: boolean;
  /**
   * Every other client in the room disables this participant's withdrawn sources at the SFU by
   * itself (the session web client does, from the view; LiveKit track settings `disabled`), so the
   * server keeps them subscribed and cuts only a withdrawn track still live after the mute grace
   * (a modified client). Absent: the server cuts every subscriber of a withdrawn track at once.
   */
  peersDisable?: boolean;
}

/** One session the reconciler may look at: its status and everyone's wanted media state. */
export interface LiveMedia {
  sessionId: string;
  status: SessionStatus;
  desired: DesiredMedia[];
}

/** What a media token is issued for. */
export interface TokenRequest {
  sessionId: string;
  identity: string;
  name: string;
  role: Role;
  /**
   * Not used: tokens never grant publishing (see `MediaGateway.issueToken`). Kept optional so
   * callers that still pass it compile; drop it there.
   */
  rights?: MediaRights;
  /**
   * How long LiveKit keeps the room while nobody is in it, before anyone joined and after the
   * last one left; the gateway's default when absent. LiveKit counts this from the last departure
   * and a later `createRoom` of the existing room does not restart it, so a room that must stay
   * empty for long (a gathering's plenary during breakouts) needs it from its creation.
   */
  keepEmptySeconds?: number;
}

/** The server's side of the SFU: tokens, permission enforcement, health. */
export interface MediaGateway {
  readonly mode: 'livekit' | 'disabled';
  /**
   * A short-lived token for one identity in the room named after the session, after making sure the
   * server-created room exists. The token lets its holder subscribe and send data but publish
   * nothing: publishing rights come from `enforce` once LiveKit reports the participant joined.
   * Throws MediaUnavailableError when LiveKit is known to be down or the room cannot be created.
   */
  issueToken(p: TokenRequest): Promise<LiveKitDetails>;
  /**
   * Makes the SFU match `desired` for everyone of the session who is in the room now: called on
   * every phase change and on every join webhook, which is how a newcomer gets publishing rights.
   * Someone marked `inRoom` whom LiveKit does not list yet counts as not done. Retries with backoff
   * and never rejects; a later call for the same session supersedes pending retries.
   */
  enforce(sessionId: string, desired: DesiredMedia[]): Promise<void>;
  /** Whether LiveKit answers, cached for about 2 s. */
  health(): Promise<'up' | 'down' | 'disabled'>;
  /**
   * Best-effort: disconnects everyone and removes the room when a session is deleted, and never
   * creates it again. LiveKit does not create rooms on join, so tokens issued before stay useless.
   */
  deleteRoom(sessionId: string): Promise<void>;
  /**
   * Best-effort: disconnects one participant from the session's media room (the chair removed
   * them). Someone not in the room, or a room that does not exist, is not an error; other failures
   * are logged and never reject.
   */
  removeParticipant(sessionId: string, identity: string): Promise<void>;
  /**
   * Where and with what token the server's own hidden listener joins a session's media room (see
   * `server/src/airtime`): it may subscribe, and publishes nothing, not even data. Absent on
   * gateways without a media server.
   */
  listenerDetails?(sessionId: string, identity: string): Promise<LiveKitDetails>;
  /**
   * Who is in the session's media room now, asked of LiveKit: a node that takes a session over
   * from a lost one learns it here instead of from webhooks it never got. Rejects when LiveKit
   * cannot be reached.
   */
  roomMembers?(sessionId: string): Promise<string[]>;
  /** Drops pending retries. */
  close(): void;
}

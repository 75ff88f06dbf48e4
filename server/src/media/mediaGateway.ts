import type { LiveKitDetails, MediaRights, Role } from '@intervision/shared';

/** One participant's wanted media state in one session, as the protocol sees it. */
export interface DesiredMedia {
  identity: string;
  role: Role;
  rights: MediaRights;
}

/** What a media token is issued for. */
export interface TokenRequest {
  sessionId: string;
  identity: string;
  name: string;
  role: Role;
  rights: MediaRights;
}

/** The server's side of the SFU: tokens, permission enforcement, health. */
export interface MediaGateway {
  readonly mode: 'livekit' | 'disabled';
  /**
   * A short-lived token for one identity in the room named after the session, publishing only the
   * sources `rights` allow. Throws MediaUnavailableError when LiveKit is known to be down.
   */
  issueToken(p: TokenRequest): Promise<LiveKitDetails>;
  /**
   * Makes the SFU match `desired` for everyone of the session who is in the room now. Retries with
   * backoff and never rejects; a later call for the same session supersedes pending retries.
   */
  enforce(sessionId: string, desired: DesiredMedia[]): Promise<void>;
  /** Whether LiveKit answers, cached for about 2 s. */
  health(): Promise<'up' | 'down' | 'disabled'>;
  /** Best-effort: disconnects everyone when a session is deleted. */
  deleteRoom(sessionId: string): Promise<void>;
  /** Drops pending retries. */
  close(): void;
}

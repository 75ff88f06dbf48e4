import type { LiveKitDetails, MediaRights, Role } from '@intervision/shared';

/** One participant's wanted media state, as the protocol sees it. */
export interface DesiredMedia {
  identity: string;
  role: Role;
  rights: MediaRights;
}

/** What the session layer needs from the media server (LiveKit, or nothing). */
export interface MediaPort {
  readonly mode: 'livekit' | 'disabled';
  /** Rejects when the media server cannot be reached. */
  issueToken(p: {
    sessionId: string;
    identity: string;
    name: string;
    role: Role;
    rights: MediaRights;
  }): Promise<LiveKitDetails>;
  /** Makes the SFU match; retries by itself and never rejects. */
  enforce(sessionId: string, desired: DesiredMedia[]): Promise<void>;
  health(): Promise<'up' | 'down' | 'disabled'>;
  deleteRoom(sessionId: string): Promise<void>;
}

/** No media server: the protocol runs alone (unit and protocol tests, or media switched off). */
export const noMedia: MediaPort = {
  mode: 'disabled',
  issueToken: () => Promise.reject(new Error('media disabled')),
  enforce: () => Promise.resolve(),
  health: () => Promise.resolve('disabled'),
  deleteRoom: () => Promise.resolve(),
};

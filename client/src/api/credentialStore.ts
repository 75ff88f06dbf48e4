import type { Role } from '@intervision/shared';
import { isMediaKey } from '../e2ee/mediaKey';
import type { LinkFragment } from '../join/readFragment';

/** What this browser remembers about its membership of one session, so a reload rejoins silently. */
export interface StoredMembership {
  credential: string;
  identity: string;
  role: Role;
  name: string;
  /**
   * The session's media key from the link's fragment. It stays in this browser so a reload can
   * still decrypt the group's video; our server never receives it.
   */
  mediaKey: string;
  /** The person's choice at the join screen; restored by the media policy once allowed. */
  micOn: boolean;
  camOn: boolean;
  audioDeviceId?: string;
  videoDeviceId?: string;
}

const key = (sessionId: string) => `intervision:${sessionId}`;
const inviteKey = (sessionId: string) => `intervision:${sessionId}:invite`;
const pendingKey = (sessionId: string) => `intervision:${sessionId}:link`;

function read(k: string, storage: () => Storage = () => localStorage): string | null {
  try {
    return storage().getItem(k);
  } catch {
    return null;
  }
}

export const credentialStore = {
  load(sessionId: string): StoredMembership | null {
    const raw = read(key(sessionId));
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<StoredMembership>;
      // A membership from before media keys existed cannot decrypt anything: join again by link.
      return typeof parsed.credential === 'string' &&
        typeof parsed.identity === 'string' &&
        typeof parsed.mediaKey === 'string' &&
        isMediaKey(parsed.mediaKey)
        ? (parsed as StoredMembership)
        : null;
    } catch {
      return null;
    }
  },
  /**
   * The credential alone, even from a membership too old to enter the room with: sent when joining
   * again, so the server brings back the same person instead of adding another.
   */
  loadCredential(sessionId: string): string | null {
    try {
      const parsed = JSON.parse(read(key(sessionId)) ?? 'null') as { credential?: unknown } | null;
      return typeof parsed?.credential === 'string' ? parsed.credential : null;
    } catch {
      return null;
    }
  },
  save(sessionId: string, membership: StoredMembership): void {
    localStorage.setItem(key(sessionId), JSON.stringify(membership));
  },
  clear(sessionId: string): void {
    localStorage.removeItem(key(sessionId));
  },
  /**
   * The link's fragment, read once and then taken out of the address bar. Kept for this tab only
   * (sessionStorage), so reloading the join page before joining still finds it.
   */
  savePendingLink(sessionId: string, link: LinkFragment): void {
    sessionStorage.setItem(pendingKey(sessionId), JSON.stringify(link));
  },
  loadPendingLink(sessionId: string): LinkFragment | null {
    const raw = read(pendingKey(sessionId), () => sessionStorage);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<LinkFragment>;
      return {
        secret: typeof parsed.secret === 'string' ? parsed.secret : null,
        mediaKey:
          typeof parsed.mediaKey === 'string' && isMediaKey(parsed.mediaKey)
            ? parsed.mediaKey
            : null,
      };
    } catch {
      return null;
    }
  },

  /** The chair keeps the invite link from the create screen so the console can offer it again. */
  saveInvite(sessionId: string, inviteUrl: string): void {
    localStorage.setItem(inviteKey(sessionId), inviteUrl);
  },
  loadInvite(sessionId: string): string | null {
    return read(inviteKey(sessionId));
  },
};

import type { Role } from '@intervision/shared';

/** What this browser remembers about its membership of one session, so a reload rejoins silently. */
export interface StoredMembership {
  credential: string;
  identity: string;
  role: Role;
  name: string;
  /** The person's choice at the join screen; restored by the media policy once allowed. */
  micOn: boolean;
  camOn: boolean;
  audioDeviceId?: string;
  videoDeviceId?: string;
}

const key = (sessionId: string) => `intervision:${sessionId}`;
const inviteKey = (sessionId: string) => `intervision:${sessionId}:invite`;

function read(k: string): string | null {
  try {
    return localStorage.getItem(k);
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
      return typeof parsed.credential === 'string' && typeof parsed.identity === 'string'
        ? (parsed as StoredMembership)
        : null;
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
  /** The chair keeps the invite link from the create screen so the console can offer it again. */
  saveInvite(sessionId: string, inviteUrl: string): void {
    localStorage.setItem(inviteKey(sessionId), inviteUrl);
  },
  loadInvite(sessionId: string): string | null {
    return read(inviteKey(sessionId));
  },
};

import { isMediaKey } from '../e2ee/mediaKey';
import type { GroupRole } from '@intervision/shared';

/** What this browser keeps about its place in one group, so `/g/:id` without a fragment still works. */
export interface StoredGroupMembership {
  credential: string;
  memberId: string;
  role: GroupRole;
  /** The group's media key from the link; never sent to our server. */
  mediaKey: string;
  /** This person's own link (with the media key), to show again and to keep. */
  personalUrl: string;
}

/** Links only the facilitator's browser can show again: the server keeps only their hashes. */
export interface FacilitatorLinks {
  enrolUrl: string | null;
  /** Personal links (with the media key) by member id, as they were made in this browser. */
  personal: Record<string, string>;
}

const key = (groupId: string) => `intervision:group:${groupId}`;
const linksKey = (groupId: string) => `intervision:group:${groupId}:links`;

function readJson(k: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(k) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

function write(k: string, value: unknown): void {
  try {
    localStorage.setItem(k, JSON.stringify(value));
  } catch {
    // Storage can be full or disabled: the page works now, only a later visit would need the link.
  }
}

export const groupCredentialStore = {
  load(groupId: string): StoredGroupMembership | null {
    const m = readJson(key(groupId)) as Partial<StoredGroupMembership> | null;
    if (
      !m ||
      typeof m.credential !== 'string' ||
      typeof m.memberId !== 'string' ||
      (m.role !== 'facilitator' && m.role !== 'member') ||
      typeof m.mediaKey !== 'string' ||
      !isMediaKey(m.mediaKey)
    )
      return null;
    return {
      credential: m.credential,
      memberId: m.memberId,
      role: m.role,
      mediaKey: m.mediaKey,
      personalUrl: typeof m.personalUrl === 'string' ? m.personalUrl : '',
    };
  },
  save(groupId: string, membership: StoredGroupMembership): void {
    write(key(groupId), membership);
  },
  clear(groupId: string): void {
    try {
      localStorage.removeItem(key(groupId));
      localStorage.removeItem(linksKey(groupId));
    } catch {
      // Nothing to forget where storage is disabled.
    }
  },
  loadLinks(groupId: string): FacilitatorLinks {
    const l = readJson(linksKey(groupId)) as Partial<FacilitatorLinks> | null;
    const personal: Record<string, string> = {};
    if (l?.personal && typeof l.personal === 'object')
      for (const [id, url] of Object.entries(l.personal))
        if (typeof url === 'string') personal[id] = url;
    return { enrolUrl: typeof l?.enrolUrl === 'string' ? l.enrolUrl : null, personal };
  },
  saveEnrolUrl(groupId: string, enrolUrl: string): void {
    write(linksKey(groupId), { ...this.loadLinks(groupId), enrolUrl });
  },
  savePersonalLink(groupId: string, memberId: string, url: string): void {
    const links = this.loadLinks(groupId);
    write(linksKey(groupId), { ...links, personal: { ...links.personal, [memberId]: url } });
  },
  forgetPersonalLink(groupId: string, memberId: string): void {
    const links = this.loadLinks(groupId);
    const personal = Object.fromEntries(
      Object.entries(links.personal).filter(([id]) => id !== memberId),
    );
    write(linksKey(groupId), { ...links, personal });
  },
};

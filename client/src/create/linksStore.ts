import type { CreateSessionResponse } from '@intervision/shared';

/** What the links page needs again after a reload: both links (with the media key) and the title. */
export interface SavedLinks {
  created: CreateSessionResponse;
  title: string;
}

const key = (sessionId: string) => `intervision:${sessionId}:links`;

/**
 * The links page's memory, in this browser only: the chair link is a secret and never goes back
 * to the server or into the address bar.
 */
export const linksStore = {
  save(links: SavedLinks): void {
    try {
      localStorage.setItem(key(links.created.id), JSON.stringify(links));
    } catch {
      // The page still shows the links now; only a reload would lose them.
    }
  },
  load(sessionId: string): SavedLinks | null {
    try {
      const raw = localStorage.getItem(key(sessionId));
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<SavedLinks>;
      const c = parsed.created;
      if (!c || typeof c.chairUrl !== 'string' || typeof c.inviteUrl !== 'string') return null;
      return { created: c, title: typeof parsed.title === 'string' ? parsed.title : '' };
    } catch {
      return null;
    }
  },
};

/** The links page's own address: a reload comes back to it, with nothing secret in it. */
export const linksPath = (sessionId: string) => `/links/${encodeURIComponent(sessionId)}`;

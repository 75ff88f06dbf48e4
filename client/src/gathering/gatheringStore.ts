import { isMediaKey } from '../e2ee/mediaKey';
import type { CreateGatheringResponse, GatheringRole } from '@intervision/shared';

/** What this browser remembers of its place in one gathering, so a reload comes straight back. */
export interface GatheringMembership {
  credential: string;
  identity: string;
  role: GatheringRole;
  name: string;
  /** From the link's fragment; never sent to our server. */
  mediaKey: string;
  camOn: boolean;
}

/** The links the host created, kept in this browser only (they hold the secrets and the key). */
export interface SavedGatheringLinks {
  created: CreateGatheringResponse;
  title: string;
}

const memberKey = (id: string) => `intervision:gathering:${id}`;
const linksKey = (id: string) => `intervision:gathering:${id}:links`;

function readJson(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

const isMembership = (v: unknown): v is GatheringMembership => {
  const m = v as Partial<GatheringMembership> | null;
  return (
    typeof m?.credential === 'string' &&
    typeof m.identity === 'string' &&
    typeof m.mediaKey === 'string' &&
    isMediaKey(m.mediaKey) &&
    (m.role === 'host' || m.role === 'helper' || m.role === 'attendee')
  );
};

export const gatheringStore = {
  load(id: string): GatheringMembership | null {
    const v = readJson(memberKey(id));
    return isMembership(v) ? v : null;
  },
  save(id: string, m: GatheringMembership): void {
    localStorage.setItem(memberKey(id), JSON.stringify(m));
  },
  clear(id: string): void {
    localStorage.removeItem(memberKey(id));
  },
  saveLinks(saved: SavedGatheringLinks): void {
    localStorage.setItem(linksKey(saved.created.id), JSON.stringify(saved));
  },
  loadLinks(id: string): SavedGatheringLinks | null {
    const v = readJson(linksKey(id)) as Partial<SavedGatheringLinks> | null;
    return v?.created && typeof v.title === 'string' ? (v as SavedGatheringLinks) : null;
  },
};

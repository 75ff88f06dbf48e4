import { lazy } from 'react';

/**
 * The gathering room and the media SDK it needs come in their own chunks, as the session room
 * does: an invite link opens the join form at once, and the SDK downloads while people type.
 */
export const loadGatheringRoom = () => import('./GatheringRoom');

export const LazyGatheringRoom = lazy(() =>
  loadGatheringRoom().then((m) => ({ default: m.GatheringRoom })),
);

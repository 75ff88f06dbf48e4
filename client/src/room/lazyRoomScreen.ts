import { lazy } from 'react';

/**
 * The room and what only it needs (livekit-client, @livekit/components-react, their styles) come in
 * their own chunks, so an invite link opens the join form without downloading the media SDK first.
 * Calling this early (while the person types their name) fetches them in parallel; the browser's
 * module map makes the later `lazy` load reuse the same fetch.
 */
export const loadRoomScreen = () => import('./RoomScreen');

/** The join form's head start on the media connection (see `roomWarmUp`); shares the SDK chunk. */
export const loadRoomWarmUp = () => import('./roomWarmUp');

export const LazyRoomScreen = lazy(() => loadRoomScreen().then((m) => ({ default: m.RoomScreen })));

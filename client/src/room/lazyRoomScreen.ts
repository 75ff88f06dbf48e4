import { lazy } from 'react';

/**
 * The room and what only it needs (livekit-client, @livekit/components-react, their styles) come in
 * their own chunks, so an invite link opens the join form without downloading the media SDK first.
 * Calling this early (while the person types their name) fetches them in parallel; the browser's
 * module map makes the later `lazy` load reuse the same fetch.
 */
export const loadRoomScreen = () => import('./RoomScreen');

type RoomWarmUp = typeof import('./roomWarmUp');
let roomWarmUp: RoomWarmUp | null = null;

/** The join form's head start on the media connection (see `roomWarmUp`); shares the SDK chunk. */
export const loadRoomWarmUp = () =>
  import('./roomWarmUp').then((m) => {
    roomWarmUp = m;
    return m;
  });

/**
 * The warm-up module once loaded, for calling it in the same task: awaiting the import again
 * resolves only after React has rendered the room screen (measured 8–21 ms between the join answer
 * and the room starting to connect, in `join_to_first_video`).
 */
export const loadedRoomWarmUp = (): RoomWarmUp | null => roomWarmUp;

export const LazyRoomScreen = lazy(() => loadRoomScreen().then((m) => ({ default: m.RoomScreen })));

import type { Role, SessionView } from '@intervision/shared';
import type { Room } from 'livekit-client';

/**
 * The end-to-end suite looks inside the page through `window.__intervision`:
 *
 * - `room`: this tab's LiveKit `Room`; e.g. the presenter's remote participant's
 *   `isMicrophoneEnabled` / `isCameraEnabled` as seen by a peer
 *   (`room.remoteParticipants.get(presenterIdentity)`).
 * - `view`: the latest `SessionView` from the server.
 * - `identity`, `role`: who this tab is.
 *
 * It holds nothing the page does not already have; the credential is never exposed here.
 */
export interface IntervisionTestHandle {
  room: Room;
  view: SessionView | null;
  identity: string;
  role: Role;
}

declare global {
  interface Window {
    __intervision?: IntervisionTestHandle;
  }
}

export function exposeForTests(handle: IntervisionTestHandle): void {
  window.__intervision = handle;
}

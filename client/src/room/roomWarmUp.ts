import type { LiveKitDetails } from '@intervision/shared';
import { prepareEncryptedRoom, type PreparedRoom } from '../e2ee/encryptedRoom';
import { ROOM_OPTIONS } from './roomOptions';

/**
 * The join form's head start: while a person fills in their name the encrypted room is made (its
 * worker loaded, its key set), and the moment the join answer brings a LiveKit token the room
 * starts connecting, before React has drawn the room screen. The room screen then takes this room
 * instead of making its own. One at a time: a room for another key is dropped.
 */
let warm: PreparedRoom | null = null;

export function warmUpRoom(mediaKey: string): void {
  if (warm?.mediaKey === mediaKey) return;
  warm = prepareEncryptedRoom(mediaKey, ROOM_OPTIONS);
}

/**
 * Starts connecting once encryption is on. A failure here is left to the room screen, whose own
 * connect (the same attempt, or a new one) reports it and retries with a fresh token.
 */
export function connectWarmRoom(mediaKey: string, livekit: LiveKitDetails): void {
  warmUpRoom(mediaKey);
  const { room, ready } = warm!;
  ready
    .then(() => {
      performance.mark('join:roomConnect');
      return room.connect(livekit.url, livekit.token);
    })
    .catch(() => undefined);
}

/** Hands the warmed-up room to the room screen once; null when none was made for this key. */
export function takeWarmRoom(mediaKey: string): PreparedRoom | null {
  if (warm?.mediaKey !== mediaKey) return null;
  const taken = warm;
  warm = null;
  return taken;
}

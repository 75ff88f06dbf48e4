import { ExternalE2EEKeyProvider, Room, type RoomOptions } from 'livekit-client';
import { mediaKeyBytes } from './mediaKey';
import { createE2EEWorker } from './createE2EEWorker';
import { buildPublisherAhead } from './publisherAhead';

/** A LiveKit room with end-to-end encryption being switched on for one media key. */
export interface PreparedRoom {
  room: Room;
  mediaKey: string;
  /** Resolves once the key is set and encryption is on; rejects when the key cannot be used. */
  ready: Promise<void>;
  /** Whether `ready` has resolved: a room screen can then connect on its very first render. */
  isReady(): boolean;
}

/**
 * Makes the room, its encryption worker and key, then (where the SDK allows) the peer connection
 * its connect would build first (`buildPublisherAhead`). Nothing may connect before `ready`: the
 * room would send unencrypted media. Raw random bytes: livekit-client derives the frame keys with
 * HKDF (no passphrase stretching).
 */
export function prepareEncryptedRoom(
  mediaKey: string,
  options: Omit<RoomOptions, 'e2ee'>,
): PreparedRoom {
  const keyProvider = new ExternalE2EEKeyProvider();
  const room = new Room({ ...options, e2ee: { keyProvider, worker: createE2EEWorker() } });
  let done = false;
  const bytes = mediaKeyBytes(mediaKey);
  const ready = bytes
    ? keyProvider
        .setKey(bytes)
        .then(() => room.setE2EEEnabled(true))
        .then(() => {
          buildPublisherAhead(room);
          done = true;
        })
    : Promise.reject(new Error('unusable media key'));
  ready.catch(() => undefined); // the room screen reports it; an early warm-up must not crash
  return { room, mediaKey, ready, isReady: () => done };
}

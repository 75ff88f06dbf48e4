import { ExternalE2EEKeyProvider, Room, type RoomOptions } from 'livekit-client';
import { useEffect, useState } from 'react';
import { mediaKeyBytes } from './mediaKey';
import { createE2EEWorker } from './createE2EEWorker';

export interface EncryptedRoom {
  room: Room;
  /** The key is set and encryption switched on: only now may the room connect. */
  ready: boolean;
  /** The key could not be used; the room must not connect (it would send unencrypted media). */
  failed: boolean;
}

/**
 * A LiveKit room whose media is end-to-end encrypted with the session's media key, so the media
 * server forwards frames it cannot decode. Connecting waits until encryption is on: nothing ever
 * leaves this browser unencrypted.
 */
export function useEncryptedRoom(
  mediaKey: string,
  options: Omit<RoomOptions, 'e2ee'>,
): EncryptedRoom {
  const [setup] = useState(() => {
    const keyProvider = new ExternalE2EEKeyProvider();
    const room = new Room({ ...options, e2ee: { keyProvider, worker: createE2EEWorker() } });
    return { room, keyProvider };
  });
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const bytes = mediaKeyBytes(mediaKey);
    if (!bytes) {
      setFailed(true);
      return undefined;
    }
    // Raw random bytes: livekit-client derives the frame keys with HKDF (no passphrase stretching).
    setup.keyProvider
      .setKey(bytes)
      .then(() => setup.room.setE2EEEnabled(true))
      .then(() => {
        if (!cancelled) setReady(true);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [setup, mediaKey]);

  return { room: setup.room, ready, failed };
}

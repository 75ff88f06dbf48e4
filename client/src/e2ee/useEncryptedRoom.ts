import type { RoomOptions } from 'livekit-client';
import { useEffect, useState } from 'react';
import { prepareEncryptedRoom, type PreparedRoom } from './encryptedRoom';

export interface EncryptedRoom {
  room: PreparedRoom['room'];
  /** The key is set and encryption switched on: only now may the room connect. */
  ready: boolean;
  /** The key could not be used; the room must not connect (it would send unencrypted media). */
  failed: boolean;
}

/**
 * A LiveKit room whose media is end-to-end encrypted with the session's media key, so the media
 * server forwards frames it cannot decode. Connecting waits until encryption is on: nothing ever
 * leaves this browser unencrypted. `take` may hand over a room prepared (and perhaps already
 * connecting) before this screen showed, for the same key.
 */
export function useEncryptedRoom(
  mediaKey: string,
  options: Omit<RoomOptions, 'e2ee'>,
  take: (mediaKey: string) => PreparedRoom | null = () => null,
): EncryptedRoom {
  const [prepared] = useState(() => {
    const warm = take(mediaKey);
    if (!warm) return prepareEncryptedRoom(mediaKey, options);
    // Device choices made on the join form apply when the room publishes, not when it was made.
    Object.assign(warm.room.options, {
      audioCaptureDefaults: options.audioCaptureDefaults,
      videoCaptureDefaults: options.videoCaptureDefaults,
    });
    return warm;
  });
  const [ready, setReady] = useState(prepared.isReady);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    prepared.ready.then(
      () => !cancelled && setReady(true),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [prepared]);

  return { room: prepared.room, ready, failed };
}

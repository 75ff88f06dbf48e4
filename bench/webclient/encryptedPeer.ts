import { Room, type KeyProviderOptions } from '@livekit/rtc-node';

/** `KeyDerivationFunction.HKDF` of LiveKit's FFI protocol (rtc-node does not re-export the enum). */
const HKDF = 1 as NonNullable<KeyProviderOptions['keyDerivationFunction']>;

/** The media key of a link (`&e=<base64url>`) as the bytes every member derives frame keys from. */
export function mediaKeyBytes(key: string): Uint8Array {
  return new Uint8Array(Buffer.from(key, 'base64url'));
}

/**
 * Connects an rtc-node participant to a session's room with the session's end-to-end encryption,
 * so it can hear and see what our web client sends. The web client hands livekit-client the raw
 * key bytes, which derives frame keys with HKDF (salt "LKFrameEncryptionKey", rtc-node's default
 * too); rtc-node defaults to PBKDF2, so HKDF is asked for explicitly. `beforeConnect` attaches
 * listeners first: tracks already in the room are subscribed while connecting.
 */
export async function connectEncryptedPeer(
  url: string,
  token: string,
  mediaKey: string,
  beforeConnect: (room: Room) => void = () => undefined,
): Promise<Room> {
  const room = new Room();
  beforeConnect(room);
  await room.connect(url, token, {
    autoSubscribe: true,
    dynacast: false,
    encryption: {
      keyProviderOptions: { sharedKey: mediaKeyBytes(mediaKey), keyDerivationFunction: HKDF },
    },
  });
  return room;
}

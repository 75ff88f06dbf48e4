import type { RoomOptions } from 'livekit-client';

/**
 * Options every session room is made with. Adaptive stream sends each tile only the resolution it
 * shows and pauses hidden ones (bandwidth for seven remote cameras); dynacast stops simulcast
 * layers nobody watches.
 *
 * Two peer connections (LiveKit's classic mode), not livekit-client's default single one: with one
 * connection, publishing our own camera and microphone renegotiates the connection the others'
 * video arrives on, and on the join benchmark about one join in ten then received one keyframe and
 * nothing more for ~3 s (docs/join-speed.md). With a subscriber connection of its own, what we
 * publish never touches what we receive.
 */
export const ROOM_OPTIONS = {
  adaptiveStream: true,
  dynacast: true,
  singlePeerConnection: false,
} as const satisfies Omit<RoomOptions, 'e2ee'>;

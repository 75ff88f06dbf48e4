import type { RoomOptions } from 'livekit-client';

/**
 * Options every session room is made with. Adaptive stream sends each tile only the resolution it
 * shows and pauses hidden ones (bandwidth for seven remote cameras); dynacast stops simulcast
 * layers nobody watches.
 */
export const ROOM_OPTIONS = {
  adaptiveStream: true,
  dynacast: true,
} as const satisfies Omit<RoomOptions, 'e2ee'>;

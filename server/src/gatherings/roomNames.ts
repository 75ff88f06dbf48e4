import { PLENARY, type GatheringPlace } from '@intervision/shared';

/** Every LiveKit room of a gathering starts with this, so webhooks can tell them from sessions'. */
export const GATHERING_ROOM_PREFIX = 'gathering';

/**
 * The LiveKit room of a place: `gathering-<id>` for the plenary, `gathering-<id>-b<round>-<room>`
 * for a breakout. The round makes each opening's rooms new, since a deleted room is never reused.
 */
export function livekitRoomName(gatheringId: string, round: number, place: GatheringPlace): string {
  const plenary = `${GATHERING_ROOM_PREFIX}-${gatheringId}`;
  return place === PLENARY ? plenary : `${plenary}-b${round}-${place}`;
}

/** Gathering ids are 16 url-safe characters (`newId`), so the split below is unambiguous. */
const ROOM_NAME = new RegExp(`^${GATHERING_ROOM_PREFIX}-([A-Za-z0-9_-]{16})(?:-b(\\d+)-(r\\d+))?$`);

/** What a LiveKit room name says about a gathering, or null for any other room (a session's). */
export function parseRoomName(
  name: string,
): { gatheringId: string; round: number | null; place: GatheringPlace } | null {
  const m = ROOM_NAME.exec(name);
  if (!m?.[1]) return null;
  return m[2] && m[3]
    ? { gatheringId: m[1], round: Number(m[2]), place: m[3] }
    : { gatheringId: m[1], round: null, place: PLENARY };
}

import {
  PLENARY,
  type BreakoutRoomView,
  type GatheringMember,
  type GatheringView,
} from './gatheringContract';

/** Where one person is in the gathering, and with whom. */
export interface Whereabouts {
  me: GatheringMember | null;
  /** Null in the plenary. */
  room: BreakoutRoomView | null;
  /** The others in the same breakout room (empty in the plenary). */
  companions: GatheringMember[];
}

/**
 * Reads a person's place from the gathering's state. The member's own `room` decides (a helper who
 * stepped in, or someone the host moved, is where the member list says), so companions are
 * everyone whose place is the same room, helpers who stepped in included.
 */
export function whereIAm(view: GatheringView, identity: string): Whereabouts {
  const me = view.members.find((m) => m.identity === identity) ?? null;
  const place = me?.room ?? PLENARY;
  const room =
    place === PLENARY ? null : (view.breakouts?.rooms.find((r) => r.id === place) ?? null);
  if (!room) return { me, room: null, companions: [] };
  const companions = view.members.filter((m) => m.identity !== identity && m.room === room.id);
  return { me, room, companions };
}

/** The names in a list as people say them: "Ann", "Ann and Bo", "Ann, Bo and Cy". */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

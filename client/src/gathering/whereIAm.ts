import {
  PLENARY,
  type BreakoutRoomView,
  type GatheringMemberView,
  type GatheringView,
} from '@intervision/shared';

/** Where the viewer is in the gathering, and with whom. */
export interface Whereabouts {
  me: GatheringMemberView | null;
  /** Null in the plenary. */
  room: BreakoutRoomView | null;
  /** The room's number as people say it ("Room 3"), 0 in the plenary. */
  number: number;
  /** The others whose place is the same breakout room (empty in the plenary). */
  companions: GatheringMemberView[];
}

/**
 * Reads the viewer's place from the gathering's state. `self.place` decides (a helper visiting, or
 * someone the host moved, is where the server says); companions are everyone whose place is that
 * room, visiting helpers included, the room's own members first in their order (A first).
 */
export function whereIAm(view: GatheringView): Whereabouts {
  const identity = view.self.identity;
  const me = view.members.find((m) => m.identity === identity) ?? null;
  const place = view.self.place;
  const index = place === PLENARY ? -1 : view.rooms.findIndex((r) => r.id === place);
  const room = view.rooms[index];
  if (!room) return { me, room: null, number: 0, companions: [] };
  const order = (m: GatheringMemberView) => {
    const i = room.members.indexOf(m.identity);
    return i === -1 ? room.members.length : i;
  };
  const companions = view.members
    .filter((m) => m.identity !== identity && m.place === room.id)
    .sort((a, b) => order(a) - order(b));
  return { me, room, number: index + 1, companions };
}

/** The names in a list as people say them: "Ann", "Ann and Bo", "Ann, Bo and Cy". */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

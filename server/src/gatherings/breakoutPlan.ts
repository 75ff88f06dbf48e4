import type { MachineRoom } from './gatheringMachine.js';

/** `r1`, `r2`, ... */
export const roomId = (index: number): string => `r${index + 1}`;

/** Fisher–Yates with an injected random source, so tests can fix the order. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Rooms of `size` for `people` in the given order: `floor(n / size)` rooms (at least one) filled
 * round-robin, so the remainder joins existing rooms instead of leaving someone alone.
 */
export function splitIntoRooms(people: readonly string[], size: number): MachineRoom[] {
  const count = Math.max(1, Math.floor(people.length / size));
  const rooms: MachineRoom[] = Array.from({ length: count }, (_, i) => ({
    id: roomId(i),
    members: [],
  }));
  people.forEach((p, i) => rooms[i % count]?.members.push(p));
  return rooms;
}

/** `ceil(n / size)` empty rooms for people to choose from (at least one). */
export function emptyRooms(people: number, size: number): MachineRoom[] {
  const count = Math.max(1, Math.ceil(people / size));
  return Array.from({ length: count }, (_, i) => ({ id: roomId(i), members: [] }));
}

/** The host's own assignment as rooms, in the order given. */
export function hostRooms(assignments: readonly string[][]): MachineRoom[] {
  return assignments.map((members, i) => ({ id: roomId(i), members: [...members] }));
}

/** For a late arrival: the room with the fewest members that still has space, or null. */
export function roomWithSpace(rooms: readonly MachineRoom[], size: number): string | null {
  let best: MachineRoom | null = null;
  for (const r of rooms) {
    if (r.members.length >= size) continue;
    if (!best || r.members.length < best.members.length) best = r;
  }
  return best?.id ?? null;
}

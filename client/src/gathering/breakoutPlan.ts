/**
 * How many rooms the server opens for `people` in groups of `size`: assigned rooms take the
 * leftovers (nobody sits alone), rooms people choose leave space for everyone.
 */
export function roomCountFor(people: number, size: number, choosing = false): number {
  if (size < 1) return 0;
  return Math.max(1, choosing ? Math.ceil(people / size) : Math.floor(people / size));
}

/** A first suggestion for the host's own assignment: people dealt round the rooms in list order. */
export function dealRound(identities: readonly string[], rooms: number): Record<string, number> {
  return Object.fromEntries(identities.map((id, i) => [id, rooms > 0 ? (i % rooms) + 1 : 1]));
}

/**
 * The host's picks (person → room number, 1-based) as the `assignments` the server takes: one
 * list of identities per room, in room order, people in the order given. Rooms nobody was put in
 * are dropped rather than opened empty.
 */
export function assignmentsFrom(
  identities: readonly string[],
  picks: Readonly<Record<string, number>>,
  rooms: number,
): string[][] {
  const out: string[][] = Array.from({ length: rooms }, () => []);
  for (const id of identities) {
    const n = picks[id];
    if (n !== undefined && n >= 1 && n <= rooms) out[n - 1]?.push(id);
  }
  return out.filter((room) => room.length > 0);
}

import type { GatheringMemberView } from '@intervision/shared';

/**
 * Who started needing help between two states of the gathering: the helper is told about each
 * request once, when it arrives, not again on every later update.
 */
export function newHelpRequests(
  before: readonly GatheringMemberView[],
  after: readonly GatheringMemberView[],
): GatheringMemberView[] {
  const asked = new Map(before.map((m) => [m.identity, m.needsHelpAt]));
  // A new press after a cancelled one has a new time: it is a new request.
  return after.filter((m) => m.needsHelpAt !== null && asked.get(m.identity) !== m.needsHelpAt);
}

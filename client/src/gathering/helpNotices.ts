import type { GatheringMember } from './gatheringContract';

/**
 * Who started needing help between two states of the gathering: the helper is told about each
 * request once, when it arrives, not again on every later update.
 */
export function newHelpRequests(
  before: readonly GatheringMember[],
  after: readonly GatheringMember[],
): GatheringMember[] {
  const asked = new Set(before.filter((m) => m.needsHelp).map((m) => m.identity));
  return after.filter((m) => m.needsHelp && !asked.has(m.identity));
}

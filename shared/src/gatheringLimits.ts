/** Bounds of the gatherings contract, shared by the schemas and the UI. */
export const GATHERING_LIMITS = {
  /** Everyone counts towards this except the host and helpers. */
  participantsMax: 500,
  participantsMin: 2,
  defaultMaxParticipants: 100,
  /** People in one breakout room. */
  roomSizeMin: 2,
  roomSizeMax: 20,
  /** Open talk lasts 1 to 120 minutes. */
  minutesMin: 1,
  minutesMax: 120,
  broadcastMax: 280,
  /** One extend adds at most 30 minutes; the breakouts gain at most 2 hours in all. */
  extendSecondsMax: 30 * 60,
  extendTotalSecondsMax: 2 * 60 * 60,
  /** Between `breakouts:close` and everyone being back in the plenary. */
  recallWarningMs: 30_000,
  /** A moved person still in the old media room this long after the move is removed from it. */
  moveGraceMs: 10_000,
  formatIdMax: 60,
  roomIdMax: 40,
} as const;

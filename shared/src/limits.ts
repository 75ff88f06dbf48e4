/** Input bounds shared by the schemas and the UI, so the form refuses what the server would. */
export const LIMITS = {
  titleMax: 120,
  nameMax: 60,
  questionMax: 500,
  secretMax: 200,
  credentialMax: 200,
  /** A phase lasts at least 1 second (tests) and at most 3 hours. */
  phaseSecondsMin: 1,
  phaseSecondsMax: 3 * 60 * 60,
  extendSecondsMax: 60 * 60,
  /**
   * One phase gains at most this much time from extends in all, so no deadline drifts past what a
   * timer can hold (Node and XState timers overflow above 2^31-1 ms, about 24.8 days).
   */
  extendTotalSecondsMax: 2 * 60 * 60,
  participantsMin: 2,
  participantsMax: 8,
  defaultMaxParticipants: 8,
  /** Warn everyone this long before a phase's deadline. */
  warningMs: 60_000,
  /** A turn in a speaking round lasts 15 seconds to 30 minutes. */
  turnSecondsMin: 15,
  turnSecondsMax: 30 * 60,
  /** One extend of a turn adds at most 10 minutes, and one turn gains at most 30 minutes in all. */
  turnExtendSecondsMax: 10 * 60,
  turnExtendTotalSecondsMax: 30 * 60,
} as const;

import { LIMITS } from '@intervision/shared';

/**
 * A speaking round as the session machine keeps it. The turn deadline is absolute for the same
 * reason phase deadlines are: XState does not persist pending timers, so a restore re-arms it.
 */
export interface RoundContext {
  order: string[];
  /** Index in `order` of the speaker. */
  index: number;
  secondsPerTurn: number;
  strict: boolean;
  /** Absolute deadline of the turn; while paused, the deadline it had when paused. */
  turnEndsAt: number;
  /** Time left in the turn while the phase is paused; null while running. */
  remainingMs: number | null;
  /** Seconds the current turn was extended by. */
  extendedSeconds: number;
}

/** What the chair chose when starting a round, the order already resolved to identities. */
export interface RoundStart {
  order: string[];
  secondsPerTurn: number;
  strict: boolean;
}

/** The first turn of a new round; a round started while paused waits with its full turn. */
export function startRound(start: RoundStart, t: number, paused: boolean): RoundContext {
  const ms = start.secondsPerTurn * 1000;
  return {
    ...start,
    index: 0,
    turnEndsAt: t + ms,
    remainingMs: paused ? ms : null,
    extendedSeconds: 0,
  };
}

/** A fresh turn for the speaker at `index`, or null past the last (the round is over). */
export function turnAt(
  round: RoundContext,
  index: number,
  t: number,
  paused: boolean,
): RoundContext | null {
  if (index < 0 || index >= round.order.length) return null;
  const ms = round.secondsPerTurn * 1000;
  return {
    ...round,
    index,
    turnEndsAt: t + ms,
    remainingMs: paused ? ms : null,
    extendedSeconds: 0,
  };
}

/** An extend may not take the turn's total extension past `LIMITS.turnExtendTotalSecondsMax`. */
export const turnExtendAllowed = (round: RoundContext, seconds: number): boolean =>
  round.extendedSeconds + seconds <= LIMITS.turnExtendTotalSecondsMax;

/** The turn with more time; in overtime the extra counts from now. */
export function extendTurn(round: RoundContext, seconds: number, t: number): RoundContext {
  const ms = seconds * 1000;
  return {
    ...round,
    turnEndsAt: Math.max(round.turnEndsAt, t) + ms,
    remainingMs: round.remainingMs === null ? null : round.remainingMs + ms,
    extendedSeconds: round.extendedSeconds + seconds,
  };
}

/** The turn's clock stopped with the phase's. */
export const pauseTurn = (round: RoundContext, t: number): RoundContext => ({
  ...round,
  remainingMs: Math.max(0, round.turnEndsAt - t),
});

/** The turn's clock running again from what it had left. */
export const resumeTurn = (round: RoundContext, t: number): RoundContext => ({
  ...round,
  turnEndsAt: t + (round.remainingMs ?? 0),
  remainingMs: null,
});

/** Whose turn it is. */
export const speakerOf = (round: RoundContext): string => round.order[round.index] ?? '';

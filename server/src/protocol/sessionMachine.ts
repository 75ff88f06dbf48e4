import { LIMITS } from '@intervision/shared';
import { assertEvent, assign, emit, setup } from 'xstate';
import {
  extendTurn,
  pauseTurn,
  resumeTurn,
  speakerOf,
  startRound,
  turnAt,
  turnExtendAllowed,
  type RoundContext,
  type RoundStart,
} from './speakingRound.js';

/** A phase as configured for one session. */
export interface MachinePhase {
  id: string;
  seconds: number;
}

export interface SessionMachineInput {
  phases: MachinePhase[];
  autoAdvance: boolean;
  requiresPresenter: boolean;
}

/**
 * Everything the protocol needs to resume after a restart. Deadlines are absolute wall-clock
 * times because XState does not persist pending `after` timers with the snapshot: on restore the
 * owner sends `clock.rearm` and the remaining delay is computed from `endsAt`.
 */
export interface SessionContext extends SessionMachineInput {
  phaseIndex: number;
  phaseStartedAt: number | null;
  endsAt: number | null;
  /** Time left while paused. */
  remainingMs: number | null;
  /** The 60-second warning for the current phase is done (or not needed). */
  warned: boolean;
  /** Seconds the current phase was extended by; absent in snapshots stored before it existed. */
  extendedSeconds?: number;
  /**
   * Time each phase (by index) had left when it was last left, null for a phase never left. A
   * phase entered again resumes from it; absent in snapshots stored before it existed.
   */
  leftMs?: Array<number | null>;
  presenter: string | null;
  question: string | null;
  /**
   * The speaking round in the current phase, or null; a phase change ends it. Absent in
   * snapshots stored before rounds existed.
   */
  round?: RoundContext | null;
  startedAt: number | null;
  endedAt: number | null;
}

export type SessionEvent =
  | { type: 'session.start' }
  | { type: 'phase.next' }
  | { type: 'phase.previous' }
  | { type: 'phase.pause' }
  | { type: 'phase.resume' }
  | { type: 'phase.extend'; seconds: number }
  | { type: 'session.end' }
  | { type: 'presenter.set'; identity: string | null }
  | { type: 'question.set'; text: string | null }
  | ({ type: 'round.start' } & RoundStart)
  | { type: 'round.next' }
  | { type: 'round.previous' }
  | { type: 'round.extend'; seconds: number }
  | { type: 'round.end' }
  /** The speaker is done; `identity` is who sent it, so only the speaker moves the turn on. */
  | { type: 'round.done'; identity: string }
  /** Re-arm the deadline timers after restoring a persisted snapshot. */
  | { type: 'clock.rearm' };

/** The chair may start once the method's presenter (if it needs one) is chosen. */
export const presenterReady = (context: SessionContext): boolean =>
  !context.requiresPresenter || context.presenter !== null;

/** An extend may not take the phase's total extension past `LIMITS.extendTotalSecondsMax`. */
export const extendAllowed = (context: SessionContext, seconds: number): boolean =>
  (context.extendedSeconds ?? 0) + seconds <= LIMITS.extendTotalSecondsMax;

/** A turn extend may not take the turn past `LIMITS.turnExtendTotalSecondsMax` in all. */
export const roundExtendAllowed = (context: SessionContext, seconds: number): boolean =>
  !!context.round && turnExtendAllowed(context.round, seconds);

/** `round.done` counts only from the speaker. */
export const isSpeaker = (context: SessionContext, identity: string): boolean =>
  !!context.round && speakerOf(context.round) === identity;

/**
 * A phase entered again gets at least this long, so whoever the chair went back for has time to
 * say something even when the phase had run out.
 */
export const RESUME_MIN_MS = 60_000;

/** How long a phase gets on entry: what it had left when last left (at least `RESUME_MIN_MS`), else all of it. */
const entryDurationMs = (context: SessionContext, index: number): number => {
  const full = (context.phases[index]?.seconds ?? 0) * 1000;
  const left = context.leftMs?.[index];
  return left === null || left === undefined ? full : Math.max(left, RESUME_MIN_MS);
};

/** The current phase's time left: the paused remainder, or up to the deadline (never negative). */
const timeLeftMs = (context: SessionContext, t: number): number =>
  context.remainingMs ?? Math.max(0, (context.endsAt ?? t) - t);

export type SessionEmitted = { type: 'phase.warning'; phaseId: string; endsAt: number };

/**
 * The protocol of one live session: lobby → phases → ended. Pure: the clock comes in as `now`
 * (and XState's own clock for timers), persistence, broadcast and media are the owner's business.
 */
export function createSessionMachine(now: () => number) {
  /**
   * Leaves the current phase (remembering what it had left) and enters `index`. Going back, and
   * forward again into a phase gone back from, resumes that phase instead of restarting it: a
   * chair who steps back to let the presenter finish a sentence should not hand them ten fresh
   * minutes. A phase entered for the first time gets its full length.
   */
  const enterPhase = (context: SessionContext, index: number): Partial<SessionContext> => {
    if (!context.phases[index]) throw new Error(`no phase at index ${index}`);
    const t = now();
    const leftMs = context.phases.map((_, i) => context.leftMs?.[i] ?? null);
    if (context.phaseIndex >= 0) leftMs[context.phaseIndex] = timeLeftMs(context, t);
    const durationMs = entryDurationMs({ ...context, leftMs }, index);
    return {
      leftMs,
      phaseIndex: index,
      phaseStartedAt: t,
      endsAt: t + durationMs,
      remainingMs: null,
      // A phase shorter than the warning window gets no warning: it would only startle people.
      warned: durationMs <= LIMITS.warningMs,
      extendedSeconds: 0,
      // A round belongs to the phase it was started in.
      round: null,
    };
  };

  /** The turn `step` places from the current one (the round ends past either end). */
  const moveTurn = (context: SessionContext, step: number, paused: boolean) => ({
    round: context.round ? turnAt(context.round, context.round.index + step, now(), paused) : null,
  });

  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      input: {} as SessionMachineInput,
      emitted: {} as SessionEmitted,
    },
    guards: {
      presenterReady: ({ context }) => presenterReady(context),
      extendAllowed: ({ context, event }) => {
        assertEvent(event, 'phase.extend');
        return extendAllowed(context, event.seconds);
      },
      hasPrevious: ({ context }) => context.phaseIndex > 0,
      isLastPhase: ({ context }) => context.phaseIndex >= context.phases.length - 1,
      autoAdvance: ({ context }) => context.autoAdvance,
      autoAdvanceFromLast: ({ context }) =>
        context.autoAdvance && context.phaseIndex >= context.phases.length - 1,
      warningDue: ({ context }) => !context.warned,
      hasRound: ({ context }) => !!context.round,
      hasPreviousTurn: ({ context }) => (context.round?.index ?? 0) > 0,
      roundExtendAllowed: ({ context, event }) => {
        assertEvent(event, 'round.extend');
        return roundExtendAllowed(context, event.seconds);
      },
      isSpeaker: ({ context, event }) => {
        assertEvent(event, 'round.done');
        return isSpeaker(context, event.identity);
      },
    },
    delays: {
      untilDeadline: ({ context }) => Math.max(0, (context.endsAt ?? now()) - now()),
      untilWarning: ({ context }) =>
        Math.max(0, (context.endsAt ?? now()) - LIMITS.warningMs - now()),
      untilTurnEnd: ({ context }) => Math.max(0, (context.round?.turnEndsAt ?? now()) - now()),
    },
    actions: {
      startSession: assign(({ context }) => ({ ...enterPhase(context, 0), startedAt: now() })),
      nextPhase: assign(({ context }) => enterPhase(context, context.phaseIndex + 1)),
      previousPhase: assign(({ context }) => enterPhase(context, context.phaseIndex - 1)),
      pause: assign(({ context }) => ({
        remainingMs: Math.max(0, (context.endsAt ?? now()) - now()),
        round: context.round ? pauseTurn(context.round, now()) : null,
      })),
      resume: assign(({ context }) => ({
        endsAt: now() + (context.remainingMs ?? 0),
        remainingMs: null,
        round: context.round ? resumeTurn(context.round, now()) : null,
      })),
      startRoundRunning: assign(({ event }) => {
        assertEvent(event, 'round.start');
        return { round: startRound(event, now(), false) };
      }),
      startRoundPaused: assign(({ event }) => {
        assertEvent(event, 'round.start');
        return { round: startRound(event, now(), true) };
      }),
      nextTurnRunning: assign(({ context }) => moveTurn(context, 1, false)),
      nextTurnPaused: assign(({ context }) => moveTurn(context, 1, true)),
      previousTurnRunning: assign(({ context }) => moveTurn(context, -1, false)),
      previousTurnPaused: assign(({ context }) => moveTurn(context, -1, true)),
      extendTurn: assign(({ context, event }) => {
        assertEvent(event, 'round.extend');
        return { round: context.round ? extendTurn(context.round, event.seconds, now()) : null };
      }),
      endRound: assign({ round: null }),
      extendRunning: assign(({ context, event }) => {
        assertEvent(event, 'phase.extend');
        // In overtime (no auto-advance) extending counts from now, not from the missed deadline.
        const endsAt = Math.max(context.endsAt ?? now(), now()) + event.seconds * 1000;
        return {
          endsAt,
          warned: context.warned && endsAt - now() <= LIMITS.warningMs,
          extendedSeconds: (context.extendedSeconds ?? 0) + event.seconds,
        };
      }),
      extendPaused: assign(({ context, event }) => {
        assertEvent(event, 'phase.extend');
        const remainingMs = (context.remainingMs ?? 0) + event.seconds * 1000;
        return {
          remainingMs,
          endsAt: (context.endsAt ?? now()) + event.seconds * 1000,
          warned: context.warned && remainingMs <= LIMITS.warningMs,
          extendedSeconds: (context.extendedSeconds ?? 0) + event.seconds,
        };
      }),
      warn: emit(({ context }) => ({
        type: 'phase.warning' as const,
        phaseId: context.phases[context.phaseIndex]?.id ?? '',
        endsAt: context.endsAt ?? now(),
      })),
      markWarned: assign({ warned: true }),
      setPresenter: assign(({ event }) => {
        assertEvent(event, 'presenter.set');
        return { presenter: event.identity };
      }),
      setQuestion: assign(({ event }) => {
        assertEvent(event, 'question.set');
        return { question: event.text };
      }),
      finish: assign(() => ({ endedAt: now(), endsAt: null, remainingMs: null, round: null })),
    },
  }).createMachine({
    id: 'session',
    context: ({ input }) => ({
      ...input,
      phaseIndex: -1,
      phaseStartedAt: null,
      endsAt: null,
      remainingMs: null,
      warned: false,
      extendedSeconds: 0,
      leftMs: input.phases.map(() => null),
      presenter: null,
      question: null,
      round: null,
      startedAt: null,
      endedAt: null,
    }),
    initial: 'lobby',
    states: {
      lobby: {
        on: {
          'session.start': { guard: 'presenterReady', target: 'running', actions: 'startSession' },
          'presenter.set': { actions: 'setPresenter' },
          'question.set': { actions: 'setQuestion' },
          'session.end': { target: 'ended' },
        },
      },
      running: {
        initial: 'active',
        on: {
          'phase.next': [
            { guard: 'isLastPhase', target: 'ended' },
            { target: '.active', reenter: true, actions: 'nextPhase' },
          ],
          'phase.previous': {
            guard: 'hasPrevious',
            target: '.active',
            reenter: true,
            actions: 'previousPhase',
          },
          'presenter.set': { actions: 'setPresenter' },
          'question.set': { actions: 'setQuestion' },
          'session.end': { target: 'ended' },
        },
        states: {
          active: {
            after: {
              untilWarning: { guard: 'warningDue', actions: ['markWarned', 'warn'] },
              untilDeadline: [
                { guard: 'autoAdvanceFromLast', target: '#session.ended' },
                { guard: 'autoAdvance', target: 'active', reenter: true, actions: 'nextPhase' },
              ],
              untilTurnEnd: {
                guard: 'hasRound',
                target: 'active',
                reenter: true,
                actions: 'nextTurnRunning',
              },
            },
            on: {
              'phase.pause': { target: 'paused', actions: 'pause' },
              'phase.extend': {
                guard: 'extendAllowed',
                target: 'active',
                reenter: true,
                actions: 'extendRunning',
              },
              'clock.rearm': { target: 'active', reenter: true },
              // Each change of turn re-enters `active` so the turn timer is armed afresh; the
              // phase timers re-arm from their absolute deadline, as after a restore.
              'round.start': { target: 'active', reenter: true, actions: 'startRoundRunning' },
              'round.next': {
                guard: 'hasRound',
                target: 'active',
                reenter: true,
                actions: 'nextTurnRunning',
              },
              'round.done': {
                guard: 'isSpeaker',
                target: 'active',
                reenter: true,
                actions: 'nextTurnRunning',
              },
              'round.previous': {
                guard: 'hasPreviousTurn',
                target: 'active',
                reenter: true,
                actions: 'previousTurnRunning',
              },
              'round.extend': {
                guard: 'roundExtendAllowed',
                target: 'active',
                reenter: true,
                actions: 'extendTurn',
              },
              'round.end': {
                guard: 'hasRound',
                target: 'active',
                reenter: true,
                actions: 'endRound',
              },
            },
          },
          paused: {
            on: {
              'phase.resume': { target: 'active', actions: 'resume' },
              'phase.extend': { guard: 'extendAllowed', actions: 'extendPaused' },
              'round.start': { actions: 'startRoundPaused' },
              'round.next': { guard: 'hasRound', actions: 'nextTurnPaused' },
              'round.done': { guard: 'isSpeaker', actions: 'nextTurnPaused' },
              'round.previous': { guard: 'hasPreviousTurn', actions: 'previousTurnPaused' },
              'round.extend': { guard: 'roundExtendAllowed', actions: 'extendTurn' },
              'round.end': { guard: 'hasRound', actions: 'endRound' },
            },
          },
        },
      },
      ended: {
        type: 'final',
        entry: 'finish',
      },
    },
  });
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;

import { GATHERING_LIMITS, type BreakoutAssign, type BreakoutFormat } from '@intervision/shared';
import { assertEvent, assign, setup } from 'xstate';

/** One breakout room as the machine keeps it: who belongs there, A first. */
export interface MachineRoom {
  id: string;
  members: string[];
}

/**
 * Everything a gathering needs to resume after a restart. Deadlines are absolute wall-clock times
 * (XState does not persist pending `after` timers): on restore the owner sends `clock.rearm` and
 * the remaining delays are computed from them.
 */
export interface GatheringContext {
  /** Breakouts opened so far; part of every breakout's LiveKit room name, so names never repeat. */
  round: number;
  assign: BreakoutAssign | null;
  /** The room size the host asked for: late arrivals and `room:choose` fill rooms up to it. */
  size: number;
  format: BreakoutFormat | null;
  rooms: MachineRoom[];
  /** When the breakouts opened. */
  openedAt: number | null;
  /** The running phase of the format (every room runs it in step); `format.phases.length` once over. */
  phaseIndex: number;
  phaseStartedAt: number | null;
  /** Absolute deadline of the current phase. */
  phaseEndsAt: number | null;
  /** Seconds the breakouts were extended by in all. */
  extendedSeconds: number;
  /** While recalling: when everyone goes back to the plenary. */
  recallAt: number | null;
  broadcast: { text: string; sentAt: number } | null;
  /** Attendees given the floor in the plenary. */
  floor: string[];
}

export type GatheringEvent =
  | {
      type: 'breakouts.open';
      assign: BreakoutAssign;
      size: number;
      format: BreakoutFormat;
      rooms: MachineRoom[];
    }
  | { type: 'breakouts.extend'; seconds: number }
  | { type: 'breakouts.broadcast'; text: string }
  | { type: 'breakouts.close' }
  /** Put `identity` in breakout `room`, or take them out of every room with `room: null`. */
  | { type: 'member.place'; identity: string; room: string | null }
  | { type: 'floor.give'; identity: string }
  | { type: 'floor.take'; identity: string }
  /** Re-arm the deadline timers after restoring a persisted snapshot. */
  | { type: 'clock.rearm' };

/** An extend may not take the breakouts' total extension past the limit. */
export const gatheringExtendAllowed = (context: GatheringContext, seconds: number): boolean =>
  context.extendedSeconds + seconds <= GATHERING_LIMITS.extendTotalSecondsMax;

/** Where `identity` belongs: a breakout room id, or null for the plenary. */
export function roomOf(context: GatheringContext, identity: string): string | null {
  return context.rooms.find((r) => r.members.includes(identity))?.id ?? null;
}

/**
 * The gathering's protocol: plenary → breakouts (each room running the format's phases in step on
 * absolute deadlines) → recalling (a 30 s warning) → plenary. Pure: `now` and XState's clock come
 * in, persistence, sockets and media are the owner's business.
 */
export function createGatheringMachine(now: () => number) {
  const enterPhase = (context: GatheringContext, index: number): Partial<GatheringContext> => {
    const t = now();
    const phase = context.format?.phases[index];
    return {
      phaseIndex: index,
      phaseStartedAt: t,
      phaseEndsAt: phase ? t + phase.seconds * 1000 : null,
    };
  };

  return setup({
    types: {
      context: {} as GatheringContext,
      events: {} as GatheringEvent,
    },
    guards: {
      extendAllowed: ({ context, event }) => {
        assertEvent(event, 'breakouts.extend');
        return gatheringExtendAllowed(context, event.seconds);
      },
      hasNextPhase: ({ context }) => context.phaseIndex + 1 < (context.format?.phases.length ?? 0),
      placeKnown: ({ context, event }) => {
        assertEvent(event, 'member.place');
        return event.room === null || context.rooms.some((r) => r.id === event.room);
      },
    },
    delays: {
      untilPhaseEnd: ({ context }) => Math.max(0, (context.phaseEndsAt ?? now()) - now()),
      untilRecall: ({ context }) => Math.max(0, (context.recallAt ?? now()) - now()),
    },
    actions: {
      open: assign(({ context, event }) => {
        assertEvent(event, 'breakouts.open');
        const opened = {
          ...context,
          round: context.round + 1,
          assign: event.assign,
          size: event.size,
          format: event.format,
          rooms: event.rooms.map((r) => ({ id: r.id, members: [...r.members] })),
          openedAt: now(),
          extendedSeconds: 0,
          recallAt: null,
          broadcast: null,
        };
        return { ...opened, ...enterPhase(opened, 0) };
      }),
      nextPhase: assign(({ context }) => enterPhase(context, context.phaseIndex + 1)),
      formatOver: assign(({ context }) => ({
        phaseIndex: context.format?.phases.length ?? 0,
        phaseStartedAt: now(),
        phaseEndsAt: null,
      })),
      extend: assign(({ context, event }) => {
        assertEvent(event, 'breakouts.extend');
        return {
          phaseEndsAt: Math.max(context.phaseEndsAt ?? now(), now()) + event.seconds * 1000,
          extendedSeconds: context.extendedSeconds + event.seconds,
        };
      }),
      broadcast: assign(({ event }) => {
        assertEvent(event, 'breakouts.broadcast');
        return { broadcast: { text: event.text, sentAt: now() } };
      }),
      startRecall: assign({ recallAt: () => now() + GATHERING_LIMITS.recallWarningMs }),
      backToPlenary: assign({
        assign: null,
        size: 0,
        format: null,
        rooms: [],
        openedAt: null,
        phaseIndex: 0,
        phaseStartedAt: null,
        phaseEndsAt: null,
        extendedSeconds: 0,
        recallAt: null,
        broadcast: null,
      }),
      place: assign(({ context, event }) => {
        assertEvent(event, 'member.place');
        return {
          rooms: context.rooms.map((r) => {
            const members = r.members.filter((m) => m !== event.identity);
            if (r.id === event.room) members.push(event.identity);
            return { id: r.id, members };
          }),
        };
      }),
      giveFloor: assign(({ context, event }) => {
        assertEvent(event, 'floor.give');
        return context.floor.includes(event.identity)
          ? {}
          : { floor: [...context.floor, event.identity] };
      }),
      takeFloor: assign(({ context, event }) => {
        assertEvent(event, 'floor.take');
        return { floor: context.floor.filter((f) => f !== event.identity) };
      }),
    },
  }).createMachine({
    id: 'gathering',
    context: {
      round: 0,
      assign: null,
      size: 0,
      format: null,
      rooms: [],
      openedAt: null,
      phaseIndex: 0,
      phaseStartedAt: null,
      phaseEndsAt: null,
      extendedSeconds: 0,
      recallAt: null,
      broadcast: null,
      floor: [],
    },
    initial: 'plenary',
    on: {
      'floor.give': { actions: 'giveFloor' },
      'floor.take': { actions: 'takeFloor' },
    },
    states: {
      plenary: {
        on: { 'breakouts.open': { target: 'breakouts', actions: 'open' } },
      },
      breakouts: {
        on: {
          'breakouts.extend': {
            guard: 'extendAllowed',
            target: 'breakouts',
            reenter: true,
            actions: 'extend',
          },
          'breakouts.broadcast': { actions: 'broadcast' },
          'breakouts.close': { target: 'recalling', actions: 'startRecall' },
          'member.place': { guard: 'placeKnown', actions: 'place' },
          'clock.rearm': { target: 'breakouts', reenter: true },
        },
        after: {
          // When the format is over the host's recall comes by itself: a timed piece of work ends.
          untilPhaseEnd: [
            { guard: 'hasNextPhase', target: 'breakouts', reenter: true, actions: 'nextPhase' },
            { target: 'recalling', actions: ['formatOver', 'startRecall'] },
          ],
        },
      },
      recalling: {
        on: {
          'breakouts.broadcast': { actions: 'broadcast' },
          'member.place': { guard: 'placeKnown', actions: 'place' },
          'clock.rearm': { target: 'recalling', reenter: true },
        },
        after: { untilRecall: { target: 'plenary', actions: 'backToPlenary' } },
      },
    },
  });
}

export type GatheringMachine = ReturnType<typeof createGatheringMachine>;

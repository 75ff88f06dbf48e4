import { z } from 'zod';
import type { ClockSyncReply, Reply } from './commands.js';
import type { AckCallback } from './events.js';
import { GATHERING_LIMITS as L } from './gatheringLimits.js';
import type { GatheringRole, GatheringLiveKitDetails } from './gatherings.js';
import type { GatheringPlace, GatheringView } from './gatheringView.js';

const reply = <T extends object = Record<never, never>>(): Reply<T> => ({});

const HOST = ['host'] as const satisfies readonly GatheringRole[];
const STAFF = ['host', 'helper'] as const satisfies readonly GatheringRole[];
const EVERYONE = ['host', 'helper', 'attendee'] as const satisfies readonly GatheringRole[];

const empty = z.union([z.undefined(), z.null(), z.object({}).strict()]);
const identity = z.string().min(1).max(64);
/** `plenary` or a breakout room id. */
const room = z.string().min(1).max(L.roomIdMax);
const device = z.enum(['on', 'off', 'unavailable']);

/**
 * `breakouts:open` payload. Rooms hold `size` people (the last rooms may hold one more or one less
 * so nobody is alone). `assign: "host"` takes `assignments` (each inner list one room, identities
 * of attendees; anyone left out stays in the plenary); `random` shuffles every attendee present;
 * `choice` opens `ceil(attendees / size)` empty rooms that people fill with `room:choose`. `format`
 * is `dyad-supervision`, `open-talk` (for `minutes`, default 10) or a method id from the library.
 */
export const breakoutsOpenSchema = z
  .object({
    size: z.number().int().min(L.roomSizeMin).max(L.roomSizeMax),
    assign: z.enum(['random', 'host', 'choice']),
    assignments: z.array(z.array(identity).min(1).max(L.roomSizeMax)).min(1).max(250).optional(),
    format: z.string().min(1).max(L.formatIdMax).optional(),
    minutes: z.number().int().min(L.minutesMin).max(L.minutesMax).optional(),
  })
  .strict()
  .refine((p) => (p.assign === 'host') === (p.assignments !== undefined), {
    message: 'assignments are given exactly when assign is "host"',
  });

/** The ack data of a command that moves the caller: where to connect now. */
export interface GatheringMoveReply {
  place: GatheringPlace;
  livekit: GatheringLiveKitDetails | null;
}

/**
 * Every command a gathering client sends over the `/gathering` Socket.IO namespace: who may send
 * it, the payload the server accepts, and its ack data. The server checks the role first
 * (`forbidden`), then the payload (`bad_request`), then the state (`invalid_transition`,
 * `not_found`, `room_full`); a refused command changes nothing.
 */
export const GATHERING_COMMANDS = {
  /** Open breakout rooms and move everyone assigned at once (host; from the plenary). */
  'breakouts:open': { roles: HOST, payload: breakoutsOpenSchema, reply: reply() },
  /** Show a short message in every room (host; while breakouts run). */
  'breakouts:broadcast': {
    roles: HOST,
    payload: z.object({ text: z.string().trim().min(1).max(L.broadcastMax) }).strict(),
    reply: reply(),
  },
  /** Move every room's current deadline later (host; while breakouts run). */
  'breakouts:extend': {
    roles: HOST,
    payload: z.object({ seconds: z.number().int().min(1).max(L.extendSecondsMax) }).strict(),
    reply: reply(),
  },
  /** Recall everyone: a 30 s warning, then all back in the plenary and the rooms deleted (host). */
  'breakouts:close': { roles: HOST, payload: empty, reply: reply() },
  /** Move an attendee to a breakout room or `plenary` (host). */
  'participant:move': {
    roles: HOST,
    payload: z.object({ identity, room }).strict(),
    reply: reply(),
  },
  /** Let an attendee or a helper speak in the plenary; the media server allows their microphone (host). */
  'floor:give': { roles: HOST, payload: z.object({ identity }).strict(), reply: reply() },
  /** Take the floor back; the media server withdraws their microphone (host). */
  'floor:take': { roles: HOST, payload: z.object({ identity }).strict(), reply: reply() },
  /** Step into a breakout room to help, or back with `plenary` (helpers and the host). */
  'participant:visit': {
    roles: STAFF,
    payload: z.object({ room }).strict(),
    reply: reply<GatheringMoveReply>(),
  },
  /** Raise your own hand. */
  'hand:raise': { roles: EVERYONE, payload: empty, reply: reply() },
  /** Lower your own hand; the host may pass `{identity}` to lower someone else's. */
  'hand:lower': {
    roles: EVERYONE,
    payload: z.union([empty, z.object({ identity }).strict()]),
    reply: reply(),
  },
  /** Press "I need help": helpers and the host see it. */
  'help:request': { roles: EVERYONE, payload: empty, reply: reply() },
  /** Withdraw your own request; a helper or the host may pass `{identity}` once they helped. */
  'help:cancel': {
    roles: EVERYONE,
    payload: z.union([empty, z.object({ identity }).strict()]),
    reply: reply(),
  },
  /** Choose a breakout room with space (while breakouts run with `assign: "choice"`). */
  'room:choose': {
    roles: EVERYONE,
    payload: z.object({ room }).strict(),
    reply: reply<GatheringMoveReply>(),
  },
  /** Report your own camera, microphone and connection state; informational only. */
  'status:report': {
    roles: EVERYONE,
    payload: z
      .object({
        camera: device,
        microphone: device,
        connection: z.enum(['excellent', 'good', 'poor', 'lost', 'unknown']),
      })
      .strict(),
    reply: reply(),
  },
  /** One sample of the NTP-style clock exchange. */
  'clock:sync': {
    roles: EVERYONE,
    payload: z.object({ clientSentAt: z.number().finite() }).strict(),
    reply: reply<ClockSyncReply>(),
  },
  /** Ask for the current view; any payload is ignored. */
  'gathering:get': {
    roles: EVERYONE,
    payload: z.unknown(),
    reply: reply<{ view: GatheringView }>(),
  },
} as const;

/** The name of a gathering command. */
export type GatheringCommandName = keyof typeof GATHERING_COMMANDS;

/** A gathering command's payload after validation. */
export type GatheringCommandPayload<N extends GatheringCommandName> = z.output<
  (typeof GATHERING_COMMANDS)[N]['payload']
>;

/** A gathering command's payload as a client may send it. */
export type GatheringCommandInput<N extends GatheringCommandName> = z.input<
  (typeof GATHERING_COMMANDS)[N]['payload']
>;

/** The data a gathering command's successful ack carries beside `ok: true`. */
export type GatheringCommandReply<N extends GatheringCommandName> =
  (typeof GATHERING_COMMANDS)[N]['reply'] extends Reply<infer T> ? T : never;

/** One gathering command's rules, its payload type tied to its name. */
export interface GatheringCommandSpec<N extends GatheringCommandName> {
  roles: readonly GatheringRole[];
  payload: z.ZodType<GatheringCommandPayload<N>, unknown>;
}

/** The same table through a mapped type, for the server's generic dispatch loop. */
export const GATHERING_COMMAND_SPECS: {
  readonly [N in GatheringCommandName]: GatheringCommandSpec<N>;
} = GATHERING_COMMANDS;

/** Every gathering command name, in table order. */
export const GATHERING_COMMAND_NAMES = Object.keys(
  GATHERING_COMMANDS,
) as readonly GatheringCommandName[];

/**
 * Sent to one person when the server moved them (breakouts opened, recall, `participant:move`, a
 * late arrival placed): connect to `livekit.room` now; the server removes them from the old room
 * once they joined the new one, or after `GATHERING_LIMITS.moveGraceMs`.
 */
export interface GatheringMoved {
  place: GatheringPlace;
  /** Null when the media server cannot be reached; ask `POST .../token` again later. */
  livekit: GatheringLiveKitDetails | null;
}

/**
 * Why the server closed a gathering connection for good: `deleted` (the host deleted the
 * gathering; every socket of it). `removed` is reserved for removing one person.
 */
export interface GatheringClosed {
  reason: 'deleted' | 'removed';
}

/** The payload of every event the server emits on `/gathering`, by name. */
export interface GatheringServerEventPayloads {
  /** The gathering as this person sees it; on connect and after every change. */
  'gathering:state': GatheringView;
  /** This person must connect to another media room. */
  'gathering:moved': GatheringMoved;
  /** Breakouts were recalled: everyone goes back at `recallAt`. */
  'breakouts:recalling': { recallAt: number; serverNow: number };
  /** The host's broadcast, also kept in the view. */
  'breakouts:broadcast': { text: string; sentAt: number };
  /** Someone pressed "I need help" (helpers and the host only). */
  'help:requested': { identity: string; name: string; place: GatheringPlace; at: number };
  /** The last event a socket gets; the server disconnects right after. */
  'gathering:closed': GatheringClosed;
}

export type GatheringServerToClientEvents = {
  [E in keyof GatheringServerEventPayloads]: (payload: GatheringServerEventPayloads[E]) => void;
};

export type GatheringClientToServerEvents = {
  [N in GatheringCommandName]: (
    payload: GatheringCommandInput<N>,
    ack: AckCallback<GatheringCommandReply<N>>,
  ) => void;
};

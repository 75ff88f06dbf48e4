import { z } from 'zod';
import { LIMITS } from './limits.js';
import type { Role } from './roles.js';
import type { SessionView } from './sessionView.js';

/**
 * Marks the ack data a command answers with. It carries no value at run time; only its type
 * parameter matters, so the table can hold the reply type beside the payload schema.
 */
export interface Reply<T extends object> {
  readonly __reply?: T;
}
const reply = <T extends object = Record<never, never>>(): Reply<T> => ({});

const CHAIR = ['chair'] as const satisfies readonly Role[];
const ANYONE = ['chair', 'presenter', 'peer'] as const satisfies readonly Role[];

/** Commands without a payload accept nothing or an empty object. */
const empty = z.union([z.undefined(), z.null(), z.object({}).strict()]);
const identity = z.string().min(1).max(64);

/** The ack data of `clock:sync`: the client's send time echoed and the server's clock. */
export interface ClockSyncReply {
  clientSentAt: number;
  serverNow: number;
}

/**
 * Every command a client sends over Socket.IO: who may send it, the payload the server accepts,
 * and what its ack carries on success. The server checks the role first (`forbidden`), then the
 * payload (`bad_request`). Adding a command is one entry here and one handler on the server.
 */
export const COMMANDS = {
  /** Start the first phase (chair). */
  'session:start': { roles: CHAIR, payload: empty, reply: reply() },
  /** Move to the next phase; from the last phase this ends the session (chair). */
  'phase:next': { roles: CHAIR, payload: empty, reply: reply() },
  /** Restart the previous phase (chair). */
  'phase:previous': { roles: CHAIR, payload: empty, reply: reply() },
  /** Pause the current phase's clock (chair). */
  'phase:pause': { roles: CHAIR, payload: empty, reply: reply() },
  /** Resume a paused phase (chair). */
  'phase:resume': { roles: CHAIR, payload: empty, reply: reply() },
  /** Give the current phase more time; a phase gains at most `LIMITS.extendTotalSecondsMax` (chair). */
  'phase:extend': {
    roles: CHAIR,
    payload: z.object({ seconds: z.number().int().min(1).max(LIMITS.extendSecondsMax) }).strict(),
    reply: reply(),
  },
  /** End the session now (chair). */
  'session:end': { roles: CHAIR, payload: empty, reply: reply() },
  /** Choose the presenter (chair). */
  'presenter:set': { roles: CHAIR, payload: z.object({ identity }).strict(), reply: reply() },
  /** Share the question for the group; blank text clears it (presenter). */
  'question:set': {
    roles: ['presenter'] as const satisfies readonly Role[],
    payload: z.object({ text: z.string().trim().max(LIMITS.questionMax) }).strict(),
    reply: reply(),
  },
  /**
   * Remove someone from the session (chair; not yourself). Their credential stops working at once,
   * their sockets get `session:closed {reason: 'removed'}`, they leave the media room, their hand
   * goes down, and if they were presenting the session has no presenter. Anyone holding the invite
   * link can join again as a new person.
   */
  'participant:remove': { roles: CHAIR, payload: z.object({ identity }).strict(), reply: reply() },
  /** Raise your own hand. */
  'hand:raise': { roles: ANYONE, payload: empty, reply: reply() },
  /** Lower your own hand; the chair may pass `{identity}` to lower someone else's. */
  'hand:lower': {
    roles: ANYONE,
    payload: z.union([empty, z.object({ identity }).strict()]),
    reply: reply(),
  },
  /**
   * Start a speaking round in the current phase, replacing any round running (chair). The order is
   * `order` (members of this session, each once) or, without it, from `mode`: `list` (the
   * participant list), `random` or `hands` (the raised hands, first raised first); `list` and
   * `random` take the connected members except the chair. The presenter takes a turn when
   * `includePresenter` says so, by default when the phase lets the presenter speak. A turn ends
   * after `secondsPerTurn` and the next begins; the round ends after the last turn or with the phase.
   */
  'round:start': {
    roles: CHAIR,
    payload: z
      .object({
        order: z
          .array(identity)
          .min(1)
          .max(LIMITS.participantsMax + 1)
          .optional(),
        mode: z.enum(['list', 'random', 'hands']).optional(),
        secondsPerTurn: z.number().int().min(LIMITS.turnSecondsMin).max(LIMITS.turnSecondsMax),
        strict: z.boolean(),
        includePresenter: z.boolean().optional(),
      })
      .strict()
      .refine((p) => p.order === undefined || p.mode === undefined, {
        message: 'Give either an order or a mode, not both.',
      }),
    reply: reply(),
  },
  /** Give the turn to the next speaker; after the last this ends the round (chair). */
  'round:next': { roles: CHAIR, payload: empty, reply: reply() },
  /** Give the turn back to the previous speaker, with a fresh turn (chair). */
  'round:previous': { roles: CHAIR, payload: empty, reply: reply() },
  /** More time for the current turn; one turn gains at most `LIMITS.turnExtendTotalSecondsMax` (chair). */
  'round:extend': {
    roles: CHAIR,
    payload: z
      .object({ seconds: z.number().int().min(1).max(LIMITS.turnExtendSecondsMax) })
      .strict(),
    reply: reply(),
  },
  /** End the round now (chair). */
  'round:end': { roles: CHAIR, payload: empty, reply: reply() },
  /** The speaker is done (or passes): the turn goes to the next (the current speaker only). */
  'round:done': { roles: ANYONE, payload: empty, reply: reply() },
  /**
   * Show the group its airtime mirror (`show: true`, the phase's figures unless `scope` says
   * `session`) or hide it (`show: false`), for everyone (chair). The shares come from the server's
   * own figures. `invalid_transition` unless the session is running or paused;
   * `media_unavailable` when this server measures no airtime (no media server).
   */
  'airtime:mirror': {
    roles: CHAIR,
    payload: z
      .object({ show: z.boolean(), scope: z.enum(['phase', 'session']).optional() })
      .strict(),
    reply: reply(),
  },
  /** One sample of the NTP-style clock exchange. */
  'clock:sync': {
    roles: ANYONE,
    payload: z.object({ clientSentAt: z.number().finite() }).strict(),
    reply: reply<ClockSyncReply>(),
  },
  /** Ask for the current view; any payload is ignored. */
  'session:get': { roles: ANYONE, payload: z.unknown(), reply: reply<{ view: SessionView }>() },
} as const;

/** The name of a client→server command. */
export type CommandName = keyof typeof COMMANDS;

/** A command's payload as the server sees it after validation. */
export type CommandPayload<N extends CommandName> = z.output<(typeof COMMANDS)[N]['payload']>;

/** A command's payload as a client may send it. */
export type CommandInput<N extends CommandName> = z.input<(typeof COMMANDS)[N]['payload']>;

/** The data a command's successful ack carries beside `ok: true`. */
export type CommandReply<N extends CommandName> =
  (typeof COMMANDS)[N]['reply'] extends Reply<infer T> ? T : never;

/** One command's rules, with its payload type tied to its name. */
export interface CommandSpec<N extends CommandName> {
  roles: readonly Role[];
  payload: z.ZodType<CommandPayload<N>, unknown>;
}

/**
 * The same table seen through a mapped type, so code generic in the command name (the server's
 * dispatch loop) gets the payload type of exactly that command.
 */
export const COMMAND_SPECS: { readonly [N in CommandName]: CommandSpec<N> } = COMMANDS;

/** Every command name, in table order. */
export const COMMAND_NAMES = Object.keys(COMMANDS) as readonly CommandName[];

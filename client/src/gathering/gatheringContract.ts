/**
 * The gathering contract as issue 15 states it, held here until `shared/src/gatherings.ts` (built on
 * the server's branch) lands; then these names are re-exported from `@intervision/shared` instead.
 * Only what the client reads is described.
 */

/** The role a gathering link gives. */
export type GatheringRole = 'host' | 'helper' | 'attendee';

/** Where a person is: the plenary, or a breakout room by its id. */
export const PLENARY = 'plenary';

/** `POST /api/gatherings` → 201; the urls carry their secret in the fragment (`#k=`). */
export interface CreateGatheringResponse {
  id: string;
  hostUrl: string;
  helperUrl: string;
  inviteUrl: string;
}

/** `POST /api/gatherings/:id/join` → 200. */
export interface JoinGatheringResponse {
  credential: string;
  identity: string;
  role: GatheringRole;
}

/** `POST /api/gatherings/:id/token` → 200: media details for wherever the caller is now. */
export interface GatheringTokenResponse {
  livekit: { url: string; token: string; room: string };
}

/** What the helper sees of someone's devices and connection (reported by their own client). */
export interface DeviceState {
  camera: boolean;
  microphone: boolean;
  connection: 'good' | 'poor' | 'lost';
}

/** One person in the gathering. */
export interface GatheringMember {
  identity: string;
  name: string;
  role: GatheringRole;
  connected: boolean;
  /** `PLENARY` or a breakout room's id. */
  room: string;
  handRaised: boolean;
  /** May speak in the plenary (host and helpers always may). */
  hasFloor: boolean;
  /** Pressed "I need help" and not yet answered. */
  needsHelp: boolean;
  devices?: DeviceState;
}

/** One breakout room while breakouts are open. */
export interface BreakoutRoomView {
  id: string;
  /** 1-based, as people say it ("Room 3"). */
  number: number;
  /** Identities assigned to the room, in assignment order (A first in a dyad). */
  members: string[];
}

/** Breakout formats: a dyad supervision (timed phases) or an open talk of N minutes. */
export type BreakoutFormat = 'dyad' | 'open';

/** The breakouts while open: rooms, format and the absolute deadline of the whole. */
export interface BreakoutsView {
  rooms: BreakoutRoomView[];
  format: BreakoutFormat;
  assign: 'random' | 'host' | 'choice';
  /** Server clock, ms: when the format started. */
  startedAt: number;
  /** Server clock, ms: when everyone goes back to the plenary. */
  endsAt: number;
  /** Set once the host recalls: everyone returns at `endsAt`, at most 30 s after. */
  recalling: boolean;
}

/** The gathering as one person sees it, sent on connect and after every change. */
export interface GatheringView {
  id: string;
  title: string;
  maxParticipants: number;
  members: GatheringMember[];
  breakouts: BreakoutsView | null;
  /** The host's last broadcast, while it stands. */
  broadcast: { text: string; at: number } | null;
  serverNow: number;
}

/** Commands the client sends, with their payloads. */
export interface GatheringCommands {
  'hand:raise': Record<never, never>;
  'hand:lower': Record<never, never>;
  'help:request': Record<never, never>;
  'help:resolve': { identity: string };
  'devices:report': DeviceState;
  'floor:give': { identity: string };
  'floor:take': { identity: string };
  'breakouts:open': {
    size: number;
    assign: 'random' | 'host' | 'choice';
    assignments?: string[][];
    format?: BreakoutFormat;
    minutes?: number;
  };
  'breakouts:broadcast': { text: string };
  'breakouts:extend': { seconds: number };
  'breakouts:close': Record<never, never>;
  /** The host moves anyone; a helper steps in (their own identity); people choose when `assign` is `choice`. */
  'participant:move': { identity: string; room: string };
}

export type GatheringCommand = keyof GatheringCommands;

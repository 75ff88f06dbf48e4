import type { BreakoutPosition, BreakoutStance } from './breakoutFormats.js';
import type { GatheringRole } from './gatherings.js';

/** `plenary`: everyone together. `breakouts`: rooms running. `recalling`: the 30 s warning. */
export type GatheringStage = 'plenary' | 'breakouts' | 'recalling';

/** How breakout rooms are filled. `choice`: people pick a room with `room:choose`. */
export type BreakoutAssign = 'random' | 'host' | 'choice';

/** Where a person is: `plenary` or the id of a breakout room. */
export type GatheringPlace = string;

/** The plenary's place value. */
export const PLENARY = 'plenary';

/** A camera or microphone as its owner's browser reports it. */
export type DeviceState = 'on' | 'off' | 'unavailable';

/** Connection quality as the owner's LiveKit client reports it. */
export type ConnectionState = 'excellent' | 'good' | 'poor' | 'lost' | 'unknown';

/**
 * Self-reported device and connection state (`status:report`). Informational for helpers only:
 * never used for enforcement, and hidden from attendees.
 */
export interface DeviceStatus {
  camera: DeviceState;
  microphone: DeviceState;
  connection: ConnectionState;
  /** Server ms when it was reported. */
  reportedAt: number;
}

/** The running phase of one breakout room. Times are server epoch milliseconds. */
export interface BreakoutPhaseView {
  id: string;
  index: number;
  title: string;
  startedAt: number;
  endsAt: number;
  media: Record<BreakoutPosition, BreakoutStance>;
  guidance: Record<BreakoutPosition, string>;
}

/** One breakout room. */
export interface BreakoutRoomView {
  /** `r1`, `r2`, ...: the value of `place` and of `participant:move {room}`. */
  id: string;
  /** "Room 1", ... */
  label: string;
  /** Identities assigned to the room, A first. */
  members: string[];
  /** Helpers or the host visiting the room now. */
  visitors: string[];
  /** Null once the format's last phase is over (the room talks freely until recall). */
  phase: BreakoutPhaseView | null;
  /** When the room's format ends (server ms). */
  deadline: number;
}

/** One person in the gathering. */
export interface GatheringMemberView {
  identity: string;
  name: string;
  role: GatheringRole;
  /** `plenary` or a breakout room id: where the person belongs now (a visiting helper: the room). */
  place: GatheringPlace;
  /** Has at least one live socket connection. */
  connected: boolean;
  /** Is in the LiveKit room of their place, as LiveKit reports it. */
  inMedia: boolean;
  /** May speak in the plenary: the host, and anyone given the floor. */
  floor: boolean;
  /** When the hand went up (server ms), or null. */
  handRaisedAt: number | null;
  /** When the person pressed "I need help" (server ms), or null. */
  needsHelpAt: number | null;
  /** Device and connection state; null when unreported, and always null in attendees' views. */
  device: DeviceStatus | null;
}

/** What the caller may do with their media where they are now. */
export interface GatheringRights {
  microphone: boolean;
  camera: boolean;
  /** Why the microphone is withheld, for the UI; null when it is allowed. */
  reason: string | null;
}

/** The caller's own place, with the LiveKit room it maps to. */
export interface GatheringSelfView {
  identity: string;
  role: GatheringRole;
  place: GatheringPlace;
  /** The LiveKit room name of `place`. */
  room: string;
  /** Position in the breakout room, or null in the plenary or when visiting. */
  position: BreakoutPosition | null;
  rights: GatheringRights;
}

/** The host's last broadcast to every room, or null. */
export interface BroadcastView {
  text: string;
  sentAt: number;
}

/**
 * The whole gathering as one person sees it; sent as `gathering:state` on connect and after every
 * change. Times are server epoch milliseconds.
 */
export interface GatheringView {
  id: string;
  title: string;
  stage: GatheringStage;
  maxParticipants: number;
  /** How the current breakouts were filled, or null in the plenary. */
  assign: BreakoutAssign | null;
  /** The breakouts' format id and title, or null in the plenary. */
  format: { id: string; title: string } | null;
  /** Breakout rooms while breakouts run or are being recalled; empty in the plenary. */
  rooms: BreakoutRoomView[];
  members: GatheringMemberView[];
  broadcast: BroadcastView | null;
  /** While recalling: when everyone is moved back to the plenary. */
  recallAt: number | null;
  self: GatheringSelfView;
  serverNow: number;
}

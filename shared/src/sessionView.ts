import type { Role } from './roles.js';

/** Where a session is in its life. */
export type SessionStatus = 'lobby' | 'running' | 'paused' | 'ended';

/** One phase as configured for this session (durations may differ from the method's defaults). */
export interface SessionPhase {
  id: string;
  title: string;
  seconds: number;
}

/** The current phase. Times are server epoch milliseconds. */
export interface PhaseView {
  id: string;
  index: number;
  title: string;
  startedAt: number;
  /** Absolute deadline. While paused it is the deadline the phase had when paused. */
  endsAt: number;
  /** Time left while paused; null while running. */
  remainingMs: number | null;
  paused: boolean;
}

export interface ParticipantView {
  /** Stable id of the participant; also their LiveKit identity. */
  identity: string;
  name: string;
  role: Role;
  /** Has at least one live socket connection. */
  connected: boolean;
  /** Is in the media room, as LiveKit reports it. */
  inMedia: boolean;
  /** When the hand went up (server ms), or null. */
  handRaisedAt: number | null;
}

/**
 * A speaking round in the current phase: each identity in `order` gets a turn, one after another.
 * Times are server epoch milliseconds.
 */
export interface RoundView {
  /** Who speaks, in turn order. */
  order: string[];
  /** Identity whose turn it is. */
  speaker: string;
  /** Identity after the speaker, or null on the last turn. */
  next: string | null;
  /** Absolute deadline of the turn. While paused it is the deadline the turn had when paused. */
  turnEndsAt: number;
  /** Time left in the turn while the phase is paused; null while running. */
  remainingMs: number | null;
  /** Length of a fresh turn. */
  secondsPerTurn: number;
  /** Strict: only the speaker's microphone is allowed (the chair's too). Soft: the turn is guidance. */
  strict: boolean;
}

/** The whole session as every client sees it; broadcast as `session:state` after each change. */
export interface SessionView {
  id: string;
  title: string;
  methodId: string;
  status: SessionStatus;
  phases: SessionPhase[];
  /** Null in the lobby and after the end. */
  phase: PhaseView | null;
  autoAdvance: boolean;
  /** How many peers (the presenter included) may join; the chair is not counted. */
  maxParticipants: number;
  participants: ParticipantView[];
  /** Identities with a raised hand, first raised first. */
  hands: string[];
  /** Identity of the presenter, or null. */
  presenter: string | null;
  /** The presenter's question for the group, or null. */
  question: string | null;
  /**
   * The group this session is a meeting of (`GET /api/groups/:id`), or null for an ad-hoc session.
   */
  groupId: string | null;
  /** The speaking round running in the current phase, or null. */
  round: RoundView | null;
  /** Server clock when this view was sent (epoch ms). */
  serverNow: number;
}

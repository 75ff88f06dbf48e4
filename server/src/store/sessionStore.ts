import type { SessionPhase, SessionStatus } from '@intervision/shared';

/** A session as stored. Secrets are kept only as hashes. */
export interface StoredSession {
  id: string;
  title: string;
  methodId: string;
  phases: SessionPhase[];
  autoAdvance: boolean;
  maxParticipants: number;
  chairSecretHash: string;
  inviteSecretHash: string;
  createdAt: number;
  status: SessionStatus;
  /** The machine's persisted snapshot (JSON-safe), null before the actor first ran. */
  snapshot: unknown;
}

/** The role a link gave; the presenter role lives in the machine. */
export type JoinRole = 'chair' | 'peer';

export interface StoredParticipant {
  id: string;
  sessionId: string;
  name: string;
  joinRole: JoinRole;
  credentialHash: string;
  joinedAt: number;
  handRaisedAt: number | null;
}

/**
 * Everything running and resuming a session needs, and nothing more (no chat, no recordings).
 * Synchronous on purpose: a transition is written before it is broadcast, with no await between.
 */
export interface SessionStore {
  createSession(session: StoredSession): void;
  getSession(id: string): StoredSession | undefined;
  /** Sessions that are not ended, to restore on start. */
  listLiveSessions(): StoredSession[];
  saveSnapshot(id: string, status: SessionStatus, snapshot: unknown): void;
  /** Removes the session and all its participants; false when there was none. */
  deleteSession(id: string): boolean;
  /** Adds the participant unless the session already has `max`; false when full. Atomic. */
  addParticipantWithinCap(participant: StoredParticipant, max: number): boolean;
  listParticipants(sessionId: string): StoredParticipant[];
  findParticipantByCredentialHash(hash: string): StoredParticipant | undefined;
  setHand(participantId: string, raisedAt: number | null): void;
  close(): void;
}

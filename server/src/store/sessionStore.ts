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
  /** The group this session is a meeting of, or null for an ad-hoc session. */
  groupId: string | null;
  /**
   * The fencing epoch of the last snapshot written (see `saveSnapshot`); always read back, 0 for
   * a new session.
   */
  snapshotEpoch?: number;
}

/** The role a link gave; the presenter role lives in the machine. */
export type JoinRole = 'chair' | 'peer';

/**
 * One person in one session, keyed by (sessionId, id): a group member keeps one id (their
 * memberId) across every meeting of the group, so the same id appears in many sessions.
 */
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
 * What a rejoin may change about a participant; a group member's credential changes when the
 * facilitator gives them a new link.
 */
export type ParticipantChanges = Partial<
  Pick<StoredParticipant, 'name' | 'joinRole' | 'credentialHash'>
>;

/**
 * Everything running and resuming a session needs, and nothing more (no chat, no recordings).
 * Asynchronous, so a network database fits behind it; a transition is still written before it is
 * broadcast, because the live session's pipeline awaits each write before telling anyone.
 */
export interface SessionStore {
  createSession(session: StoredSession): Promise<void>;
  getSession(id: string): Promise<StoredSession | undefined>;
  /**
   * Sessions running or paused, to restore on start (their deadlines must fire). Lobby sessions
   * are loaded when someone uses them; ended ones only wait to be purged.
   */
  listRunningSessions(): Promise<StoredSession[]>;
  /**
   * Ids of sessions past their retention: lobby sessions created at or before `lobbyCreatedBefore`
   * and ended sessions whose machine ended at or before `endedBefore` (epoch ms).
   */
  listExpired(lobbyCreatedBefore: number, endedBefore: number): Promise<string[]>;
  /**
   * Stores the machine's snapshot, fenced by `epoch` (0 when omitted, as a single node always
   * is): refused, answering false and changing nothing, when the stored epoch is greater, so a
   * former owner that stalled can never overwrite what a newer owner wrote. True when written;
   * false too when there is no such session.
   */
  saveSnapshot(
    id: string,
    status: SessionStatus,
    snapshot: unknown,
    epoch?: number,
  ): Promise<boolean>;
  /**
   * Records `epoch` as the session's fencing epoch when a new owner takes it over, before it
   * loads the snapshot: from then on the former owner's writes are refused, even before the new
   * owner has written anything. Refused (false, nothing changed) when the stored epoch is
   * greater, or when there is no such session.
   */
  claimEpoch(id: string, epoch: number): Promise<boolean>;
  /** Removes the session and all its participants; false when there was none. */
  deleteSession(id: string): Promise<boolean>;
  /**
   * Adds the participant; a peer only while the session has fewer than `max` peers (false when
   * full), a chair always, so no number of invite-link joins can lock the chair out. Atomic.
   */
  addParticipantWithinCap(participant: StoredParticipant, max: number): Promise<boolean>;
  /** Removes one participant (their credential stops matching); false when there was none. */
  removeParticipant(sessionId: string, participantId: string): Promise<boolean>;
  /** Renames a participant, changes the role their link gave them, or their credential. */
  updateParticipant(
    sessionId: string,
    participantId: string,
    changes: ParticipantChanges,
  ): Promise<void>;
  listParticipants(sessionId: string): Promise<StoredParticipant[]>;
  findParticipantByCredentialHash(hash: string): Promise<StoredParticipant | undefined>;
  setHand(sessionId: string, participantId: string, raisedAt: number | null): Promise<void>;
  close(): Promise<void>;
}

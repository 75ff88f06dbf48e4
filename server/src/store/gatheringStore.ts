import type { GatheringRole, GatheringStage } from '@intervision/shared';

/** A gathering as stored. Secrets are kept only as hashes. */
export interface StoredGathering {
  id: string;
  title: string;
  maxParticipants: number;
  hostSecretHash: string;
  helperSecretHash: string;
  inviteSecretHash: string;
  createdAt: number;
  /** Kept beside the snapshot so the gatherings to resume at start are found without parsing it. */
  stage: GatheringStage;
  /** The machine's persisted snapshot, or null before its first change. */
  snapshot: unknown;
}

/** One person who joined a gathering. */
export interface StoredGatheringMember {
  gatheringId: string;
  identity: string;
  name: string;
  role: GatheringRole;
  credentialHash: string;
  joinedAt: number;
}

/**
 * What gatherings need from storage, kept narrow and returning plain values so it can move behind
 * an asynchronous database layer without changing its callers' logic.
 */
export interface GatheringStore {
  createGathering(g: StoredGathering): void;
  getGathering(id: string): StoredGathering | undefined;
  /** Gatherings whose breakouts run or are being recalled: their deadlines must be re-armed. */
  listActiveGatherings(): StoredGathering[];
  saveGatheringSnapshot(id: string, stage: GatheringStage, snapshot: unknown): void;
  /**
   * Adds a member unless an attendee would take the gathering past `maxAttendees` (hosts and
   * helpers are not counted); false when full.
   */
  addGatheringMember(m: StoredGatheringMember, maxAttendees: number): boolean;
  renameGatheringMember(gatheringId: string, identity: string, name: string): void;
  listGatheringMembers(gatheringId: string): StoredGatheringMember[];
  findGatheringMemberByCredentialHash(hash: string): StoredGatheringMember | undefined;
  /** Deletes the gathering and its members for good; false when there was none. */
  deleteGathering(id: string): boolean;
}

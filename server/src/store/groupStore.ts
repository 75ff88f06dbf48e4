import type { GroupRole, GroupSchedule } from '@intervision/shared';
import type { StoredSession } from './sessionStore.js';

/** A group as stored. Secrets are kept only as hashes. */
export interface StoredGroup {
  id: string;
  title: string;
  methodId: string;
  /** Seconds per phase id, every phase of the method. */
  durations: Record<string, number>;
  /** Members (the facilitator not counted). */
  maxMembers: number;
  agreement: string;
  enrolSecretHash: string;
  enrolmentOpen: boolean;
  schedule: GroupSchedule | null;
  createdAt: number;
}

/** A member (the facilitator too) with the hashes of their credential and calendar token. */
export interface StoredMember {
  groupId: string;
  id: string;
  name: string;
  role: GroupRole;
  credentialHash: string;
  calendarTokenHash: string;
  agreementAcceptedAt: number | null;
  createdAt: number;
}

/** A case a member brings; deleted when the meeting that took it ends. */
export interface StoredCase {
  id: string;
  groupId: string;
  authorId: string;
  title: string;
  question: string;
  /** The meeting (session id) it is attached to, or null for the next meeting. */
  meetingId: string | null;
  createdAt: number;
}

/**
 * A meeting that has been opened (its session exists or existed). Only one per (group, start):
 * the scheduler and the facilitator can never open one slot twice.
 */
export interface StoredMeeting {
  groupId: string;
  sessionId: string;
  startsAt: number;
  endsAt: number;
  /** Held outside the schedule (the facilitator's extra meeting). */
  extra: boolean;
  openedAt: number;
  /** Set when its session ended: then only presenter and attendees are kept. */
  endedAt: number | null;
  presenterId: string | null;
  attendeeIds: string[];
}

export interface StoredPlan {
  groupId: string;
  text: string;
  updatedAt: number;
}

export type GroupChanges = Partial<
  Pick<StoredGroup, 'title' | 'agreement' | 'maxMembers' | 'enrolmentOpen'>
>;

/**
 * Groups, their members, cases, meetings and plans, in the same file as the sessions (a meeting
 * is a session). Asynchronous like `SessionStore`; every deletion of case text or of a group
 * checkpoints the write-ahead log so no copy of it stays on disk.
 */
export interface GroupStore {
  /** The group and its facilitator, in one transaction. */
  createGroup(group: StoredGroup, facilitator: StoredMember): Promise<void>;
  getGroup(id: string): Promise<StoredGroup | undefined>;
  /** Groups with a schedule, for the scheduler. */
  listScheduledGroups(): Promise<StoredGroup[]>;
  updateGroup(id: string, changes: GroupChanges): Promise<void>;
  /** The group and everything in it (members, cases, meetings, plan); false when there was none. */
  deleteGroup(id: string): Promise<boolean>;

  /** Adds a member while the group has fewer than `max` members (false when full). Atomic. */
  addMemberWithinCap(member: StoredMember, max: number): Promise<boolean>;
  getMember(groupId: string, memberId: string): Promise<StoredMember | undefined>;
  findMemberByCredentialHash(groupId: string, hash: string): Promise<StoredMember | undefined>;
  findMemberByCalendarTokenHash(groupId: string, hash: string): Promise<StoredMember | undefined>;
  /** The facilitator first, then members in the order they joined. */
  listMembers(groupId: string): Promise<StoredMember[]>;
  /** Removes a member and the cases they brought; false when there was none. */
  removeMember(groupId: string, memberId: string): Promise<boolean>;
  /** A new link: the old credential and calendar token stop matching. */
  setMemberSecrets(
    groupId: string,
    memberId: string,
    credentialHash: string,
    calendarTokenHash: string,
  ): Promise<void>;
  /** Records the first acceptance only. */
  acceptAgreement(groupId: string, memberId: string, at: number): Promise<void>;

  addCase(c: StoredCase): Promise<void>;
  getCase(groupId: string, caseId: string): Promise<StoredCase | undefined>;
  /** Oldest first. */
  listCases(groupId: string): Promise<StoredCase[]>;
  deleteCase(groupId: string, caseId: string): Promise<boolean>;
  attachCase(groupId: string, caseId: string, meetingId: string): Promise<void>;

  /**
   * Creates the meeting's session and its meeting row in one transaction; false (and nothing
   * written) when the group already has a meeting starting at `meeting.startsAt`.
   */
  openMeeting(meeting: StoredMeeting, session: StoredSession): Promise<boolean>;
  /** In start order. */
  listMeetings(groupId: string): Promise<StoredMeeting[]>;
  findMeetingBySession(sessionId: string): Promise<StoredMeeting | undefined>;
  /** Meetings opened and not yet recorded as ended, across groups. */
  listUnfinishedMeetings(): Promise<StoredMeeting[]>;
  /**
   * Records the end once (false when it was already recorded): presenter and attendees are kept,
   * and every case attached to the meeting plus `presentedCaseId` is deleted.
   */
  finishMeeting(
    sessionId: string,
    end: {
      endedAt: number;
      presenterId: string | null;
      attendeeIds: string[];
      presentedCaseId: string | null;
    },
  ): Promise<boolean>;

  getPlan(groupId: string): Promise<StoredPlan | undefined>;
  savePlan(plan: StoredPlan): Promise<void>;
}

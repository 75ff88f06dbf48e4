import type { GroupRole, GroupSchedule } from '@intervision/shared';
import type { Selectable } from 'kysely';
import type { StoredCase, StoredGroup, StoredMeeting, StoredMember } from '../groupStore.js';
import type {
  GroupCasesTable,
  GroupMeetingsTable,
  GroupMembersTable,
  GroupsTable,
} from './tables.js';

// The group tables' rows (as `tables.ts` declares them) and their stored shapes.

type GroupRow = Selectable<GroupsTable>;
type MemberRow = Selectable<GroupMembersTable>;
type CaseRow = Selectable<GroupCasesTable>;
type MeetingRow = Selectable<GroupMeetingsTable>;

export const toGroup = (r: GroupRow): StoredGroup => ({
  id: r.id,
  title: r.title,
  methodId: r.method_id,
  durations: JSON.parse(r.durations_json) as Record<string, number>,
  maxMembers: r.max_members,
  agreement: r.agreement,
  enrolSecretHash: r.enrol_secret_hash,
  enrolmentOpen: Number(r.enrolment_open) === 1,
  schedule: r.schedule_json === null ? null : (JSON.parse(r.schedule_json) as GroupSchedule),
  createdAt: r.created_at,
});

export const toMember = (r: MemberRow): StoredMember => ({
  groupId: r.group_id,
  id: r.id,
  name: r.name,
  role: r.role as GroupRole,
  credentialHash: r.credential_hash,
  calendarTokenHash: r.calendar_token_hash,
  agreementAcceptedAt: r.agreement_accepted_at,
  createdAt: r.created_at,
});

export const toCase = (r: CaseRow): StoredCase => ({
  id: r.id,
  groupId: r.group_id,
  authorId: r.author_id,
  title: r.title,
  question: r.question,
  meetingId: r.meeting_id,
  createdAt: r.created_at,
});

export const toMeeting = (r: MeetingRow): StoredMeeting => ({
  groupId: r.group_id,
  sessionId: r.session_id,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  extra: Number(r.extra) === 1,
  openedAt: r.opened_at,
  endedAt: r.ended_at,
  presenterId: r.presenter_id,
  attendeeIds: JSON.parse(r.attendees_json) as string[],
});

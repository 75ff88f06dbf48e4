import type { Generated } from 'kysely';

// The tables as both engines hold them. Times are epoch ms (bigint in PostgreSQL, read back as
// numbers); booleans are 0/1 integers, as the SQLite files made before Kysely hold them.

export interface SessionsTable {
  id: string;
  title: string;
  method_id: string;
  phases_json: string;
  auto_advance: number;
  max_participants: number;
  chair_secret_hash: string;
  invite_secret_hash: string;
  created_at: number;
  status: string;
  snapshot_json: string | null;
  group_id: string | null;
  /** The fencing epoch of the last snapshot written; 0 on a single node. */
  snapshot_epoch: Generated<number>;
}

export interface ParticipantsTable {
  id: string;
  session_id: string;
  name: string;
  join_role: string;
  credential_hash: string;
  joined_at: number;
  hand_raised_at: number | null;
}

export interface GroupsTable {
  id: string;
  title: string;
  method_id: string;
  durations_json: string;
  max_members: number;
  agreement: string;
  enrol_secret_hash: string;
  enrolment_open: number;
  schedule_json: string | null;
  created_at: number;
}

export interface GroupMembersTable {
  group_id: string;
  id: string;
  name: string;
  role: string;
  credential_hash: string;
  calendar_token_hash: string;
  agreement_accepted_at: number | null;
  created_at: number;
}

export interface GroupCasesTable {
  id: string;
  group_id: string;
  author_id: string;
  title: string;
  question: string;
  meeting_id: string | null;
  created_at: number;
}

export interface GroupMeetingsTable {
  group_id: string;
  session_id: string;
  starts_at: number;
  ends_at: number;
  extra: number;
  opened_at: number;
  ended_at: number | null;
  presenter_id: string | null;
  attendees_json: string;
}

export interface GroupPlansTable {
  group_id: string;
  text: string;
  updated_at: number;
}

/** Every table of the store, for Kysely's typed queries. */
export interface Tables {
  sessions: SessionsTable;
  participants: ParticipantsTable;
  groups: GroupsTable;
  group_members: GroupMembersTable;
  group_cases: GroupCasesTable;
  group_meetings: GroupMeetingsTable;
  group_plans: GroupPlansTable;
}

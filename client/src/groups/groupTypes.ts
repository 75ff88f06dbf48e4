/**
 * The groups contract as the client uses it (brief: groups-contract.md). Stands in for
 * `shared/src/groups.ts` until that lands; then these re-export the shared types.
 */

export type GroupRole = 'facilitator' | 'member';
export type MeetingStatus = 'scheduled' | 'open' | 'running' | 'ended';

export interface GroupScheduleInput {
  start: string;
  timeZone: string;
  rrule?: string;
  dates?: string[];
  durationMinutes: number;
}

export interface CreateGroupRequest {
  title: string;
  method: string;
  durations?: Record<string, number>;
  maxMembers?: number;
  agreement?: string;
  schedule?: GroupScheduleInput;
}

export interface CreateGroupResponse {
  id: string;
  facilitatorUrl: string;
  enrolUrl: string;
}

export interface EnterGroupResponse {
  credential: string;
  memberId: string;
  role: GroupRole;
  personalUrl: string;
}

export interface GroupMemberView {
  id: string;
  name: string;
  role: GroupRole;
  lastPresentedAt: string | null;
  attended: number;
}

export interface GroupMeetingView {
  id: string | null;
  startsAt: string;
  endsAt: string;
  opensAt: string;
  status: MeetingStatus;
  presenterId: string | null;
  attendeeIds: string[];
}

export interface GroupCaseView {
  id: string;
  title: string;
  question: string;
  authorId: string;
  authorName: string;
  meetingId: string | null;
  createdAt: string;
}

export interface GroupView {
  id: string;
  title: string;
  method: string;
  durations: Record<string, number>;
  agreement: string;
  enrolmentOpen: boolean;
  maxMembers: number;
  timeZone: string | null;
  me: {
    memberId: string;
    name: string;
    role: GroupRole;
    agreementAcceptedAt: string | null;
    calendarUrl: string;
  };
  members: GroupMemberView[];
  meetings: GroupMeetingView[];
  nextMeeting: GroupMeetingView | null;
  suggestedPresenter: { memberId: string; name: string; caseId: string | null } | null;
  cases: GroupCaseView[];
  plan: { text: string; updatedAt: string } | null;
}

export interface AddMemberResponse {
  memberId: string;
  personalUrl: string;
}

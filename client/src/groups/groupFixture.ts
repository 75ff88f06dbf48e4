import type { GroupMeetingView, GroupView } from '@intervision/shared';

/** A group as a member sees it, for component tests; times are fixed UTC instants. */
export function groupViewFixture(patch: Partial<GroupView> = {}): GroupView {
  const next: GroupMeetingView = {
    id: null,
    startsAt: '2027-01-12T10:00:00.000Z',
    endsAt: '2027-01-12T11:00:00.000Z',
    opensAt: '2027-01-12T09:45:00.000Z',
    status: 'scheduled',
    presenterId: null,
    attendeeIds: [],
  };
  return {
    id: 'g1',
    title: 'North group',
    method: 'intervision',
    durations: {},
    agreement: 'What is said here stays here.',
    enrolmentOpen: true,
    maxMembers: 8,
    timeZone: 'Europe/London',
    me: {
      memberId: 'm1',
      name: 'Ann',
      role: 'member',
      agreementAcceptedAt: null,
      calendarUrl: 'http://127.0.0.1/api/groups/g1/calendar.ics?token=cal',
    },
    members: [
      { id: 'f1', name: 'Fay', role: 'facilitator', lastPresentedAt: null, attended: 0 },
      { id: 'm1', name: 'Ann', role: 'member', lastPresentedAt: null, attended: 0 },
    ],
    meetings: [next],
    nextMeeting: next,
    suggestedPresenter: null,
    cases: [],
    plan: null,
    ...patch,
  };
}

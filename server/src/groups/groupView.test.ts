import type { GroupMeetingView } from '@intervision/shared';
import { describe, expect, it } from 'vitest';
import type { StoredCase, StoredGroup, StoredMember } from '../store/groupStore.js';
import { groupView } from './groupView.js';
import { nextMeetingOf } from './meetingTimeline.js';

const group: StoredGroup = {
  id: 'g1',
  title: 'Group',
  methodId: 'intervision',
  durations: {},
  maxMembers: 8,
  agreement: 'Confidential.',
  enrolSecretHash: 'h',
  enrolmentOpen: true,
  schedule: null,
  createdAt: 0,
};
const member = (id: string, role: StoredMember['role'], createdAt: number): StoredMember => ({
  groupId: 'g1',
  id,
  name: id,
  role,
  credentialHash: `c-${id}`,
  calendarTokenHash: `t-${id}`,
  agreementAcceptedAt: null,
  createdAt,
});
const fac = member('fac', 'facilitator', 0);
const ann = member('ann', 'member', 1);
const ben = member('ben', 'member', 2);
const cases: StoredCase[] = [
  {
    id: 'c1',
    groupId: 'g1',
    authorId: 'ann',
    title: 'A',
    question: 'A?',
    meetingId: null,
    createdAt: 5,
  },
  {
    id: 'c2',
    groupId: 'g1',
    authorId: 'ben',
    title: 'B',
    question: 'B?',
    meetingId: null,
    createdAt: 6,
  },
];
const viewFor = (me: StoredMember) =>
  groupView({
    group,
    me,
    calendarUrl: 'u',
    members: [fac, ann, ben],
    meetings: [],
    timeline: [],
    cases,
    plan: null,
    now: 0,
  });

describe('what a caller sees of a group', () => {
  it('the facilitator sees every case', () => {
    expect(viewFor(fac).cases.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('a member sees only their own cases, and every member by name', () => {
    const seen = viewFor(ben);
    expect(seen.cases.map((c) => c.id)).toEqual(['c2']);
    expect(seen.members.map((m) => m.name)).toEqual(['fac', 'ann', 'ben']);
    expect(seen.me).toMatchObject({ memberId: 'ben', role: 'member' });
  });

  it('a member learns who is suggested but not the id of someone else’s case', () => {
    expect(viewFor(ben).suggestedPresenter).toEqual({ memberId: 'ann', name: 'ann', caseId: null });
    expect(viewFor(ann).suggestedPresenter?.caseId).toBe('c1');
    expect(viewFor(fac).suggestedPresenter?.caseId).toBe('c1');
  });
});

describe('the next meeting', () => {
  const meeting = (id: string | null, status: GroupMeetingView['status'], endsAt: number) => ({
    id,
    startsAt: new Date(endsAt - 3_600_000).toISOString(),
    endsAt: new Date(endsAt).toISOString(),
    opensAt: new Date(endsAt - 4_500_000).toISOString(),
    status,
    presenterId: null,
    attendeeIds: [],
  });
  const now = Date.UTC(2031, 0, 10);

  it('passes over ended meetings and one opened but never started after its end time', () => {
    const timeline = [
      meeting('held', 'ended', now - 7_200_000),
      meeting('stale', 'open', now - 1),
      meeting(null, 'scheduled', now + 86_400_000),
    ];
    expect(nextMeetingOf(timeline, now)?.status).toBe('scheduled');
  });

  it('is a meeting still running past its planned end', () => {
    const timeline = [
      meeting('late', 'running', now - 60_000),
      meeting(null, 'scheduled', now + 1),
    ];
    expect(nextMeetingOf(timeline, now)?.id).toBe('late');
  });
});

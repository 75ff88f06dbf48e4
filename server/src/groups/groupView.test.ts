import { describe, expect, it } from 'vitest';
import type { StoredCase, StoredGroup, StoredMember } from '../store/groupStore.js';
import { groupView } from './groupView.js';

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

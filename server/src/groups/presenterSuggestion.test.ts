import { describe, expect, it } from 'vitest';
import type { StoredCase, StoredMeeting, StoredMember } from '../store/groupStore.js';
import { suggestPresenter } from './presenterSuggestion.js';

const member = (id: string, createdAt: number, role: StoredMember['role'] = 'member') =>
  ({ groupId: 'g', id, name: id.toUpperCase(), role, createdAt }) as StoredMember;
const aCase = (id: string, authorId: string, createdAt: number, meetingId: string | null = null) =>
  ({
    id,
    groupId: 'g',
    authorId,
    title: id,
    question: `${id}?`,
    meetingId,
    createdAt,
  }) as StoredCase;
const held = (startsAt: number, presenterId: string | null, ended = true) =>
  ({
    groupId: 'g',
    sessionId: `s${startsAt}`,
    startsAt,
    endsAt: startsAt + 1,
    extra: false,
    openedAt: startsAt,
    endedAt: ended ? startsAt + 1 : null,
    presenterId,
    attendeeIds: [],
  }) as StoredMeeting;

const people = [
  member('fac', 0, 'facilitator'),
  member('ann', 1),
  member('ben', 2),
  member('cat', 3),
];

describe('the suggested presenter', () => {
  it('is the author of the oldest case waiting for the meeting', () => {
    const cases = [aCase('late', 'ben', 20), aCase('early', 'cat', 10)];
    expect(suggestPresenter(people, cases, [], 'm1')).toEqual({
      memberId: 'cat',
      name: 'CAT',
      caseId: 'early',
    });
  });

  it('ignores cases attached to another meeting', () => {
    const cases = [aCase('other', 'cat', 1, 'm2'), aCase('mine', 'ben', 5, 'm1')];
    expect(suggestPresenter(people, cases, [], 'm1')?.caseId).toBe('mine');
  });

  it('without cases is the member who never presented, the earliest to join first', () => {
    expect(suggestPresenter(people, [], [held(100, 'ann')], null)?.memberId).toBe('ben');
  });

  it('without cases, when everyone presented, is who presented least recently', () => {
    const meetings = [held(100, 'ben'), held(200, 'cat'), held(300, 'ann')];
    expect(suggestPresenter(people, [], meetings, null)?.memberId).toBe('ben');
  });

  it('does not count a meeting that has not ended, and never suggests the facilitator', () => {
    const meetings = [held(100, 'ann', false)];
    expect(suggestPresenter(people, [], meetings, null)?.memberId).toBe('ann');
    expect(suggestPresenter([people[0]!], [], [], null)).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import type { GatheringMember } from './gatheringContract';
import { newHelpRequests } from './helpNotices';

const m = (identity: string, needsHelp: boolean): GatheringMember => ({
  identity,
  name: identity,
  role: 'attendee',
  connected: true,
  room: 'plenary',
  handRaised: false,
  hasFloor: false,
  needsHelp,
});

describe('newHelpRequests', () => {
  test('a person who just pressed "I need help" is new', () => {
    expect(newHelpRequests([m('a', false)], [m('a', true)]).map((x) => x.identity)).toEqual(['a']);
  });

  test('a request already seen is not announced again', () => {
    expect(newHelpRequests([m('a', true)], [m('a', true), m('b', false)])).toEqual([]);
  });

  test('someone arriving already asking for help is new', () => {
    expect(newHelpRequests([], [m('c', true)]).map((x) => x.identity)).toEqual(['c']);
  });
});

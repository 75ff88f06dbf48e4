import { describe, expect, test } from 'vitest';
import { gatheringMember as m } from '../testing/gatheringViewFixture';
import { newHelpRequests } from './helpNotices';

describe('newHelpRequests', () => {
  test('a person who just pressed "I need help" is new', () => {
    const found = newHelpRequests([m('a')], [m('a', { needsHelpAt: 5 })]);
    expect(found.map((x) => x.identity)).toEqual(['a']);
  });

  test('a request already seen is not announced again', () => {
    expect(
      newHelpRequests([m('a', { needsHelpAt: 5 })], [m('a', { needsHelpAt: 5 }), m('b')]),
    ).toEqual([]);
  });

  test('someone arriving already asking for help is new', () => {
    expect(newHelpRequests([], [m('c', { needsHelpAt: 1 })]).map((x) => x.identity)).toEqual(['c']);
  });

  test('asking again after being helped is a new request', () => {
    const found = newHelpRequests([m('a', { needsHelpAt: 5 })], [m('a', { needsHelpAt: 9 })]);
    expect(found.map((x) => x.identity)).toEqual(['a']);
  });
});

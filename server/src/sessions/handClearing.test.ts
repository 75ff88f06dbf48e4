import { describe, expect, test } from 'vitest';
import type { StoredParticipant } from '../store/sessionStore.js';
import { handMoment, handsToClear } from './handClearing.js';

const person = (id: string, handRaisedAt: number | null): StoredParticipant => ({
  id,
  sessionId: 's',
  name: id,
  joinRole: 'peer',
  credentialHash: 'h',
  joinedAt: 0,
  handRaisedAt,
});
const people = [person('a', 10), person('b', null), person('c', 5)];

describe('handsToClear', () => {
  test('a new phase lowers every raised hand; pausing the same phase lowers none', () => {
    expect(handsToClear({}, handMoment('running', 0), handMoment('running', 1), people)).toEqual([
      'a',
      'c',
    ]);
    expect(handsToClear({}, handMoment('running', 1), handMoment('paused', 1), people)).toEqual([]);
  });

  test('a method that keeps hands across phases keeps them, but the end still clears them', () => {
    const keeps = { keepsHandsAcrossPhases: true };
    expect(handsToClear(keeps, 'phase:0', 'phase:1', people)).toEqual([]);
    expect(handsToClear(keeps, 'phase:1', 'ended', people)).toEqual(['a', 'c']);
  });

  test('the first sighting of a session (after a restart) clears nothing', () => {
    expect(handsToClear({}, undefined, 'phase:2', people)).toEqual([]);
  });
});

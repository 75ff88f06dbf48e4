import { describe, expect, test } from 'vitest';
import type { GatheringMember } from './gatheringContract';
import { mayPublishAudio } from './mayPublishAudio';

const person = (over: Partial<GatheringMember>): GatheringMember => ({
  identity: 'x',
  name: 'X',
  role: 'attendee',
  connected: true,
  room: 'plenary',
  handRaised: false,
  hasFloor: false,
  needsHelp: false,
  ...over,
});

describe('mayPublishAudio', () => {
  test.each([
    ['an attendee in the plenary without the floor', false, person({})],
    ['an attendee given the floor', true, person({ hasFloor: true })],
    ['an attendee in a breakout room', true, person({ room: 'r1' })],
    ['the host in the plenary', true, person({ role: 'host' })],
    ['a helper in the plenary', true, person({ role: 'helper' })],
  ])('%s may speak: %s', (_, may, me) => {
    expect(mayPublishAudio(me)).toBe(may);
  });
});

import { describe, expect, test } from 'vitest';
import type { GatheringMember, GatheringView } from './gatheringContract';
import { joinNames, whereIAm } from './whereIAm';

const member = (identity: string, room = 'plenary'): GatheringMember => ({
  identity,
  name: identity.toUpperCase(),
  role: 'attendee',
  connected: true,
  room,
  handRaised: false,
  hasFloor: false,
  needsHelp: false,
});

const view = (members: GatheringMember[]): GatheringView => ({
  id: 'g',
  title: 'Network day',
  maxParticipants: 100,
  members,
  breakouts: {
    rooms: [
      { id: 'r1', number: 1, members: ['ann', 'bo'] },
      { id: 'r2', number: 2, members: ['cy', 'di'] },
    ],
    format: 'dyad',
    assign: 'random',
    startedAt: 0,
    endsAt: 600_000,
    recalling: false,
  },
  broadcast: null,
  serverNow: 0,
});

describe('whereIAm', () => {
  test('a person in a breakout room sees the room and only the people in it', () => {
    const v = view([
      member('ann', 'r1'),
      member('bo', 'r1'),
      member('cy', 'r2'),
      member('di', 'r2'),
    ]);
    const where = whereIAm(v, 'ann');
    expect(where.room?.number).toBe(1);
    expect(where.companions.map((m) => m.identity)).toEqual(['bo']);
  });

  test('a helper who stepped into a room counts among its people', () => {
    const helper = { ...member('hal', 'r2'), role: 'helper' as const };
    const v = view([member('cy', 'r2'), member('di', 'r2'), helper]);
    expect(whereIAm(v, 'cy').companions.map((m) => m.identity)).toEqual(['di', 'hal']);
  });

  test('someone in the plenary has no room and no companions, even while breakouts are open', () => {
    const where = whereIAm(view([member('ann'), member('bo', 'r1')]), 'ann');
    expect(where.room).toBeNull();
    expect(where.companions).toEqual([]);
  });

  test('a place naming a room that no longer exists reads as the plenary', () => {
    expect(whereIAm(view([member('ann', 'gone')]), 'ann').room).toBeNull();
  });
});

describe('joinNames', () => {
  test.each([
    [[], ''],
    [['Ann'], 'Ann'],
    [['Ann', 'Bo'], 'Ann and Bo'],
    [['Ann', 'Bo', 'Cy'], 'Ann, Bo and Cy'],
  ])('%j reads as "%s"', (names, said) => {
    expect(joinNames(names, 'and')).toBe(said);
  });
});

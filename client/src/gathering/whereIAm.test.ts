import type { BreakoutRoomView } from '@intervision/shared';
import { describe, expect, test } from 'vitest';
import { gatheringMember as member, gatheringView } from '../testing/gatheringViewFixture';
import { joinNames, whereIAm } from './whereIAm';

const rooms: BreakoutRoomView[] = [
  { id: 'r1', label: 'Room 1', members: ['ann', 'bo'], visitors: [], phase: null, deadline: 0 },
  { id: 'r2', label: 'Room 2', members: ['cy', 'di'], visitors: [], phase: null, deadline: 0 },
];
const inBreakouts = (self: string, ...people: ReturnType<typeof member>[]) =>
  gatheringView(people, self, { stage: 'breakouts', rooms });

describe('whereIAm', () => {
  test('a person in a breakout room sees the room and only the people in it', () => {
    const v = inBreakouts(
      'bo',
      member('ann', { place: 'r1' }),
      member('bo', { place: 'r1' }),
      member('cy', { place: 'r2' }),
    );
    const where = whereIAm(v);
    expect(where.room?.id).toBe('r1');
    expect(where.number).toBe(1);
    expect(where.companions.map((m) => m.identity)).toEqual(['ann']);
  });

  test('a helper visiting a room counts among its people, after its own members', () => {
    const v = inBreakouts(
      'cy',
      member('hal', { place: 'r2', role: 'helper' }),
      member('di', { place: 'r2' }),
      member('cy', { place: 'r2' }),
    );
    expect(whereIAm(v).companions.map((m) => m.identity)).toEqual(['di', 'hal']);
  });

  test('someone in the plenary has no room and no companions, even while breakouts run', () => {
    const where = whereIAm(inBreakouts('ann', member('ann'), member('bo', { place: 'r1' })));
    expect(where.room).toBeNull();
    expect(where.companions).toEqual([]);
  });

  test('a place naming a room that no longer exists reads as the plenary', () => {
    expect(whereIAm(inBreakouts('ann', member('ann', { place: 'gone' }))).room).toBeNull();
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

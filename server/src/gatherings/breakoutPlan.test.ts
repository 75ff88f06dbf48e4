import { describe, expect, it } from 'vitest';
import { emptyRooms, roomWithSpace, shuffled, splitIntoRooms } from './breakoutPlan.js';

describe('breakout plan', () => {
  it.each([
    [4, 2, [2, 2]],
    [5, 2, [3, 2]],
    [7, 3, [4, 3]],
    [1, 2, [1]],
    [100, 2, Array.from({ length: 50 }, () => 2)],
  ])('%i people in rooms of %i nobody is left alone: %j', (n, size, sizes) => {
    const people = Array.from({ length: n }, (_, i) => `p${i}`);
    const rooms = splitIntoRooms(people, size);
    expect(rooms.map((r) => r.members.length)).toEqual(sizes);
    expect(rooms.flatMap((r) => r.members).sort()).toEqual([...people].sort());
  });

  it('offers enough empty rooms for everyone to choose one', () => {
    expect(emptyRooms(5, 2).map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('a late arrival goes to the emptiest room with space, or nowhere when all are full', () => {
    const rooms = [
      { id: 'r1', members: ['a', 'b'] },
      { id: 'r2', members: ['c'] },
    ];
    expect(roomWithSpace(rooms, 2)).toBe('r2');
    expect(roomWithSpace([{ id: 'r1', members: ['a', 'b'] }], 2)).toBeNull();
  });

  it('shuffles with the random source given and keeps everyone', () => {
    expect(shuffled(['a', 'b', 'c'], () => 0)).toEqual(['b', 'c', 'a']);
  });
});

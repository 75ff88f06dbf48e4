import { describe, expect, test } from 'vitest';
import { assignmentsFrom, dealRound, roomCountFor } from './breakoutPlan';

describe('roomCountFor', () => {
  test.each([
    [6, 2, 3],
    [7, 2, 3],
    [7, 3, 2],
    [1, 2, 1],
    [0, 2, 1],
    [5, 0, 0],
  ])('%i people in groups of %i make %i rooms', (people, size, rooms) => {
    expect(roomCountFor(people, size)).toBe(rooms);
  });

  test('when people choose, there is a place for everyone', () => {
    expect(roomCountFor(7, 2, true)).toBe(4);
  });
});

describe('the host’s own assignment', () => {
  test('people are first dealt round the rooms in list order', () => {
    expect(dealRound(['a', 'b', 'c', 'd', 'e'], 2)).toEqual({ a: 1, b: 2, c: 1, d: 2, e: 1 });
  });

  test('picks become one list per room, in room order', () => {
    expect(assignmentsFrom(['a', 'b', 'c', 'd'], { a: 2, b: 1, c: 2, d: 1 }, 2)).toEqual([
      ['b', 'd'],
      ['a', 'c'],
    ]);
  });

  test('a room nobody was put in is left out, and a pick outside the rooms is ignored', () => {
    expect(assignmentsFrom(['a', 'b', 'c'], { a: 3, b: 3, c: 9 }, 3)).toEqual([['a', 'b']]);
  });
});

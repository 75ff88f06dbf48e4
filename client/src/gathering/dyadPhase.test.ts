import { describe, expect, test } from 'vitest';
import { dyadStepAt } from './dyadPhase';

const MIN = 60_000;

describe('dyadStepAt', () => {
  // Ten minutes: A speaks 3, B reflects 2, B speaks 3, A reflects 2.
  test.each([
    [0, { kind: 'speaks', speaker: 'a', listener: 'b' }, 3 * MIN],
    [3 * MIN - 1, { kind: 'speaks', speaker: 'a', listener: 'b' }, 3 * MIN],
    [3 * MIN, { kind: 'reflects', speaker: 'a', listener: 'b' }, 5 * MIN],
    [5 * MIN, { kind: 'speaks', speaker: 'b', listener: 'a' }, 8 * MIN],
    [9 * MIN, { kind: 'reflects', speaker: 'b', listener: 'a' }, 10 * MIN],
  ])('at %i ms a ten-minute dyad is in %j until %i', (now, step, endsAt) => {
    expect(dyadStepAt(['a', 'b'], 0, 10 * MIN, now)).toEqual({ step, endsAt });
  });

  test('a shorter dyad keeps the proportions', () => {
    expect(dyadStepAt(['a', 'b'], 1_000, 1_000 + 5 * MIN, 1_000 + 1.5 * MIN).step.kind).toBe(
      'reflects',
    );
  });

  test('past the deadline the last step stands', () => {
    expect(dyadStepAt(['a', 'b'], 0, MIN, 2 * MIN).step).toEqual({
      kind: 'reflects',
      speaker: 'b',
      listener: 'a',
    });
  });

  test('a room of three (left over from an odd count) talks openly', () => {
    expect(dyadStepAt(['a', 'b', 'c'], 0, MIN, 0).step).toEqual({ kind: 'open' });
  });
});

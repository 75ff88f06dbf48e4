import type { RoundView } from '@intervision/shared';
import { renderHook } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { useRoundCues } from './useRoundCues';

const round = (speaker: string, next: string | null): RoundView => ({
  order: ['p1', 'q1'],
  speaker,
  next,
  turnEndsAt: 1_700_000_100_000,
  remainingMs: null,
  secondsPerTurn: 120,
  strict: true,
});
const view = (r: RoundView | null) => sessionViewFixture(0, undefined, { round: r });

describe('useRoundCues', () => {
  test('announces whose turn it is, that you are next, your own turn, and the end of the round', () => {
    const { result, rerender } = renderHook(({ v }) => useRoundCues(v, 'q1'), {
      initialProps: { v: view(null) },
    });
    expect(result.current).toBe('');
    rerender({ v: view(round('p1', 'q1')) });
    expect(result.current).toBe('Round: Pat’s turn. You’re next after Pat.');
    rerender({ v: view(round('q1', null)) });
    expect(result.current).toBe('Round: your turn.');
    rerender({ v: view(null) });
    expect(result.current).toBe('The round has ended.');
  });

  test('does not announce again while the same turn goes on', () => {
    const { result, rerender } = renderHook(({ v }) => useRoundCues(v, 'c1'), {
      initialProps: { v: view(round('p1', 'q1')) },
    });
    expect(result.current).toBe('Round: Pat’s turn.');
    const later = { ...view(round('p1', 'q1')), serverNow: 1_700_000_050_000 };
    rerender({ v: later });
    expect(result.current).toBe('Round: Pat’s turn.');
  });
});

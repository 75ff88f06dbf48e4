import { describe, expect, test } from 'vitest';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { showsPlan } from './showsPlan';

const phase = (id: string) => ({
  id,
  index: 3,
  title: id,
  startedAt: 0,
  endsAt: 60_000,
  remainingMs: null,
  paused: false,
});

describe('the development plan in the room', () => {
  test('is shown in a one-to-one group meeting’s next-steps phase', () => {
    const view = { ...sessionViewFixture(0), methodId: 'one-to-one', groupId: 'g1' };
    expect(showsPlan({ ...view, status: 'running', phase: phase('next-steps') })).toBe(true);
  });

  test.each([
    ['another phase', { methodId: 'one-to-one', groupId: 'g1', phase: phase('exploration') }],
    ['an ad-hoc session', { methodId: 'one-to-one', groupId: null, phase: phase('next-steps') }],
    ['another method', { methodId: 'intervision', groupId: 'g1', phase: phase('next-steps') }],
  ])('is not shown in %s', (_what, patch) => {
    expect(showsPlan({ ...sessionViewFixture(0), status: 'running', ...patch })).toBe(false);
  });
});

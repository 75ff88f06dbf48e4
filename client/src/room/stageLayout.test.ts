import { findMethod } from '@intervision/shared';
import { describe, expect, test } from 'vitest';
import { sessionViewFixture } from '../testing/sessionViewFixture';
import { stageLayout } from './stageLayout';

const intervision = findMethod('intervision');

describe('stageLayout', () => {
  test.each([
    [0, 'focus'],
    [1, 'circle'],
    [2, 'focus'],
    [3, 'grid'],
    [4, 'grid'],
  ] as const)('intervision phase %i shows the %s stage', (index, layout) => {
    expect(stageLayout(sessionViewFixture(index), intervision)).toBe(layout);
  });

  test('without a chosen presenter, in the lobby and after the end everyone is in the grid', () => {
    expect(stageLayout(sessionViewFixture(1, undefined, { presenter: null }), intervision)).toBe(
      'grid',
    );
    expect(stageLayout(sessionViewFixture(null), intervision)).toBe('grid');
    expect(stageLayout(sessionViewFixture(1, undefined, { status: 'ended' }), intervision)).toBe(
      'grid',
    );
  });

  test('a method without a presenter keeps the grid even if someone was marked presenter', () => {
    const view = sessionViewFixture(0, undefined, { methodId: 'reflective-practice-group' });
    const rpg = findMethod('reflective-practice-group');
    const phase = rpg?.phases[0];
    if (!phase || !view.phase) throw new Error('fixture phase missing');
    expect(stageLayout({ ...view, phase: { ...view.phase, id: phase.id } }, rpg)).toBe('grid');
  });
});

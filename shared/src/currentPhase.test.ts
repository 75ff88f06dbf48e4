import { describe, expect, it } from 'vitest';
import { currentPhase } from './currentPhase.js';
import { findMethod } from './methods.js';
import type { PhaseView } from './sessionView.js';

const intervision = findMethod('intervision');
const phase = (id: string, index: number): PhaseView => ({
  id,
  index,
  title: id,
  startedAt: 0,
  endsAt: 1,
  remainingMs: null,
  paused: false,
});

describe('currentPhase', () => {
  it('finds the running or paused phase by its id', () => {
    const view = { status: 'running' as const, phase: phase('muted-reflection', 1) };
    expect(currentPhase(view, intervision)?.media).toEqual({ presenter: 'listen' });
    expect(currentPhase({ ...view, status: 'paused' }, intervision)?.id).toBe('muted-reflection');
  });

  it('is undefined in the lobby, after the end, or for an unknown method', () => {
    expect(currentPhase({ status: 'lobby', phase: null }, intervision)).toBeUndefined();
    expect(
      currentPhase({ status: 'ended', phase: phase('closing', 4) }, intervision),
    ).toBeUndefined();
    expect(
      currentPhase({ status: 'running', phase: phase('closing', 4) }, undefined),
    ).toBeUndefined();
  });

  it('intervision shows the presenter, then the circle while they listen, then the presenter again', () => {
    expect(intervision?.phases.map((p) => p.stage)).toEqual([
      'presenter',
      'circle',
      'presenter',
      'grid',
      'grid',
    ]);
  });
});

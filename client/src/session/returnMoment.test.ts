import { findMethod } from '@intervision/shared';
import { describe, expect, test } from 'vitest';
import { isReturn, phaseStep, type PhaseStep } from './returnMoment';

const intervision = findMethod('intervision');
const step = (index: number): PhaseStep => {
  const phase = intervision?.phases[index];
  if (!phase) throw new Error(`no phase ${index}`);
  return phaseStep({ id: phase.id, index }, intervision);
};
const PRESENTATION = 0;
const MUTED_REFLECTION = 1;
const RESPONSE = 2;

describe('the presenter’s return', () => {
  test('is the step from muted reflection into the presenter response', () => {
    expect(step(MUTED_REFLECTION).presenterListens).toBe(true);
    expect(isReturn(step(MUTED_REFLECTION), step(RESPONSE))).toBe(true);
  });

  test('is not the chair going back from muted reflection into the presentation', () => {
    expect(isReturn(step(MUTED_REFLECTION), step(PRESENTATION))).toBe(false);
  });

  test.each([
    ['presentation into muted reflection', PRESENTATION, MUTED_REFLECTION],
    ['presenter response into the second round', RESPONSE, RESPONSE + 1],
    ['presentation into the response, skipping nothing in between', PRESENTATION, RESPONSE],
  ])('is not the step from %s', (_name, from, to) => {
    expect(isReturn(step(from), step(to))).toBe(false);
  });

  test('is not a page that starts in the response phase', () => {
    expect(isReturn(phaseStep(null, intervision), step(RESPONSE))).toBe(false);
  });
});

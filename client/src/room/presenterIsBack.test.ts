import { findMethod } from '@intervision/shared';
import { describe, expect, test } from 'vitest';
import { presenterIsBack } from './presenterIsBack';

const intervision = findMethod('intervision');

describe('presenterIsBack', () => {
  test('the response after muted reflection welcomes the presenter back', () => {
    expect(presenterIsBack(intervision, 2)).toBe(true);
  });

  test.each([0, 1, 3, 4])(
    'phase %i is not a return (including going back to the presentation)',
    (i) => {
      expect(presenterIsBack(intervision, i)).toBe(false);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { airtimeMirror } from './airtimeMirror.js';

describe('airtimeMirror', () => {
  const report = {
    a: { phaseMs: 3_000, sessionMs: 9_000 },
    b: { phaseMs: 1_000, sessionMs: 1_000 },
  };

  it('gives each member their share of the phase in whole percent, the silent at zero', () => {
    expect(airtimeMirror(report, ['a', 'b', 'c'], 'phase')).toEqual({
      scope: 'phase',
      shares: { a: 75, b: 25, c: 0 },
    });
  });

  it('uses the whole session when asked', () => {
    expect(airtimeMirror(report, ['a', 'b'], 'session').shares).toEqual({ a: 90, b: 10 });
  });

  it('shows everyone at zero when nobody has spoken, and leaves out non-members', () => {
    expect(airtimeMirror(report, ['c', 'd'], 'phase').shares).toEqual({ c: 0, d: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { estimateClockOffset, remainingMs, type ClockSample } from './clockSync.js';

/** A sample for a client `offset` behind the server, with one-way delays `up` and `down`. */
const sample = (t: number, offset: number, up: number, down: number): ClockSample => ({
  clientSentAt: t,
  serverNow: t + up + offset,
  clientReceivedAt: t + up + down,
});

describe('estimateClockOffset', () => {
  it('recovers the offset exactly with symmetric delays', () => {
    const samples = [sample(0, 3_600_000, 20, 20), sample(100, 3_600_000, 50, 50)];
    expect(estimateClockOffset(samples)).toBe(3_600_000);
  });

  it('ignores a slow, lopsided outlier by preferring fast round trips', () => {
    const samples = [
      sample(0, -5000, 10, 10),
      sample(100, -5000, 12, 12),
      sample(200, -5000, 400, 5),
      sample(300, -5000, 11, 11),
    ];
    expect(estimateClockOffset(samples)).toBe(-5000);
  });

  it('is zero with no samples', () => {
    expect(estimateClockOffset([])).toBe(0);
  });
});

describe('remainingMs', () => {
  it('counts down to the deadline and never below zero', () => {
    const phase = { endsAt: 10_000, remainingMs: null, paused: false };
    expect(remainingMs(phase, 4_000)).toBe(6_000);
    expect(remainingMs(phase, 12_000)).toBe(0);
  });

  it('holds the stored remainder while paused', () => {
    expect(remainingMs({ endsAt: 10_000, remainingMs: 7_000, paused: true }, 50_000)).toBe(7_000);
  });
});

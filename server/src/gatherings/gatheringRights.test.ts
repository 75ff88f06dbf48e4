import { DYAD_SUPERVISION } from '@intervision/shared';
import { describe, expect, it } from 'vitest';
import type { GatheringContext } from './gatheringMachine.js';
import { gatheringRights } from './gatheringRights.js';

const base: GatheringContext = {
  round: 1,
  assign: 'random',
  size: 2,
  format: DYAD_SUPERVISION,
  rooms: [{ id: 'r1', members: ['a', 'b'] }],
  openedAt: 0,
  phaseIndex: 0,
  phaseStartedAt: 0,
  phaseEndsAt: 180_000,
  extendedSeconds: 0,
  recallAt: null,
  broadcast: null,
  floor: ['f'],
};

const who = (identity: string, place: string, role = 'attendee' as const, visiting = false) => ({
  identity,
  role,
  place,
  visiting,
});

describe('gathering rights', () => {
  it('in the plenary only the host and whoever has the floor may use the microphone', () => {
    expect(gatheringRights(base, { ...who('h', 'plenary'), role: 'host' }).microphone).toBe(true);
    expect(gatheringRights(base, who('f', 'plenary')).microphone).toBe(true);
    const attendee = gatheringRights(base, who('x', 'plenary'));
    expect(attendee).toMatchObject({ microphone: false, camera: true });
    expect(attendee.reason).toMatch(/floor/);
    expect(gatheringRights(base, { ...who('y', 'plenary'), role: 'helper' }).microphone).toBe(
      false,
    );
  });

  it('in a dyad A speaks while B listens with the camera on, then the other way round', () => {
    expect(gatheringRights(base, who('a', 'r1')).microphone).toBe(true);
    expect(gatheringRights(base, who('b', 'r1'))).toMatchObject({
      microphone: false,
      camera: true,
    });
    const second = { ...base, phaseIndex: 1 };
    expect(gatheringRights(second, who('a', 'r1')).microphone).toBe(false);
    expect(gatheringRights(second, who('b', 'r1')).microphone).toBe(true);
  });

  it('a visiting helper may always speak, and everyone may during the recall', () => {
    expect(
      gatheringRights(base, { ...who('h', 'r1'), role: 'helper', visiting: true }).microphone,
    ).toBe(true);
    expect(gatheringRights({ ...base, recallAt: 1 }, who('b', 'r1')).microphone).toBe(true);
  });
});

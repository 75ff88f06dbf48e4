import { describe, expect, test } from 'vitest';
import { gatheringMember } from '../testing/gatheringViewFixture';
import { personTroubles } from './personTroubles';

const device = (over: Partial<NonNullable<ReturnType<typeof gatheringMember>['device']>>) => ({
  camera: 'on' as const,
  microphone: 'off' as const,
  connection: 'good' as const,
  reportedAt: 0,
  ...over,
});

describe('personTroubles', () => {
  test('someone offline is only offline: their last report no longer says anything', () => {
    const m = gatheringMember('a', { connected: false, device: device({ camera: 'unavailable' }) });
    expect(personTroubles(m)).toEqual(['offline']);
  });

  test('a camera and a microphone that could not start are both named', () => {
    const m = gatheringMember('a', {
      device: device({ camera: 'unavailable', microphone: 'unavailable' }),
    });
    expect(personTroubles(m)).toEqual(['noCamera', 'noMicrophone']);
  });

  test('a microphone switched off is no trouble, a camera switched off is worth a look', () => {
    expect(personTroubles(gatheringMember('a', { device: device({ camera: 'off' }) }))).toEqual([
      'cameraOff',
    ]);
    expect(personTroubles(gatheringMember('a', { device: device({}) }))).toEqual([]);
  });

  test('connected to the gathering but not to the video is named, with a poor connection', () => {
    const m = gatheringMember('a', { inMedia: false, device: device({ connection: 'poor' }) });
    expect(personTroubles(m)).toEqual(['notInMedia', 'poor']);
  });

  test('someone who never reported their devices shows no device trouble', () => {
    expect(personTroubles(gatheringMember('a'))).toEqual([]);
  });
});

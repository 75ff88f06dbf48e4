import { FULL_RIGHTS, mediaRights } from '@intervision/shared';
import { TrackInfo, TrackSource } from 'livekit-server-sdk';
import { describe, expect, test } from 'vitest';
import { planPublishing } from './withholding.js';

const listening = mediaRights({ presenter: 'listen' }, 'presenter');
const mic = (muted: boolean, sid = 'TR_mic') =>
  new TrackInfo({ sid, source: TrackSource.MICROPHONE, muted });
const cam = (muted: boolean) => new TrackInfo({ sid: 'TR_cam', source: TrackSource.CAMERA, muted });

describe('what the server holds for a participant whose phase withdraws media', () => {
  test.each([
    ['nothing published', [], false, [], false],
    ['a muted microphone', [mic(true)], true, [TrackSource.MICROPHONE], false],
    ['a live microphone within the grace', [mic(false)], false, [TrackSource.MICROPHONE], true],
    ['a live microphone after the grace', [mic(false)], true, [], false],
    [
      'a muted microphone and a live second one after the grace',
      [mic(true), mic(false, 'TR_sneaky')],
      true,
      [],
      false,
    ],
    [
      'a muted microphone and a muted camera',
      [mic(true), cam(true)],
      true,
      [TrackSource.MICROPHONE, TrackSource.CAMERA],
      false,
    ],
    ['a muted camera, no microphone', [cam(true)], true, [TrackSource.CAMERA], false],
  ])('%s', (_name, tracks, graceOver, sources, awaitingMute) => {
    const plan = planPublishing({ tracks }, listening, graceOver);
    expect(plan.permission.canPublishSources).toEqual(sources);
    expect(plan.permission.canPublish).toBe(sources.length > 0);
    expect(plan.permission.canSubscribe).toBe(true);
    expect(plan.awaitingMute).toBe(awaitingMute);
    // Every withdrawn track is cut off from the others, kept or not.
    expect(plan.withheld.map((t) => t.sid)).toEqual(tracks.map((t) => t.sid));
  });

  test('a participant allowed everything keeps every track and cuts nothing', () => {
    const plan = planPublishing({ tracks: [mic(false), cam(true)] }, FULL_RIGHTS, true);
    expect(plan.withheld).toEqual([]);
    expect(plan.awaitingMute).toBe(false);
    expect(plan.permission.canPublishSources).toHaveLength(4);
  });
});

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
    const plan = planPublishing({ tracks }, listening, { graceOver, peersDisable: false });
    expect(plan.permission.canPublishSources).toEqual(sources);
    expect(plan.permission.canPublish).toBe(sources.length > 0);
    expect(plan.permission.canSubscribe).toBe(true);
    expect(plan.awaitingMute).toBe(awaitingMute);
    // Every withdrawn track is cut off from the others, kept or not.
    expect(plan.withheld.map((t) => t.sid)).toEqual(tracks.map((t) => t.sid));
  });

  test('a participant allowed everything keeps every track and cuts nothing', () => {
    const plan = planPublishing({ tracks: [mic(false), cam(true)] }, FULL_RIGHTS, {
      graceOver: true,
      peersDisable: true,
    });
    expect(plan.withheld).toEqual([]);
    expect(plan.awaitingMute).toBe(false);
    expect(plan.permission.canPublishSources).toHaveLength(4);
  });
});

describe('what the server cuts when the other clients disable withdrawn tracks themselves', () => {
  const plan = (tracks: TrackInfo[], graceOver: boolean) =>
    planPublishing({ tracks }, listening, { graceOver, peersDisable: true });

  test('an honestly muted microphone stays subscribed by everyone, its permission held', () => {
    const p = plan([mic(true)], true);
    expect(p.withheld).toEqual([]);
    expect(p.permission.canPublishSources).toEqual([TrackSource.MICROPHONE]);
    expect(p.awaitingMute).toBe(false);
  });

  test('a live microphone right after the phase change is awaited, not cut', () => {
    const p = plan([mic(false)], false);
    expect(p.withheld).toEqual([]);
    expect(p.awaitingMute).toBe(true);
    expect(p.permission.canPublishSources).toEqual([TrackSource.MICROPHONE]);
  });

  test('a microphone still or again live after the grace is cut and revoked', () => {
    const p = plan([mic(false)], true);
    expect(p.withheld.map((t) => t.sid)).toEqual(['TR_mic']);
    expect(p.permission.canPublishSources).toEqual([]);
    expect(p.awaitingMute).toBe(false);
  });

  test('a live second microphone beside a muted one: the live one is cut, the source revoked', () => {
    const p = plan([mic(true), mic(false, 'TR_sneaky'), cam(true)], true);
    expect(p.withheld.map((t) => t.sid)).toEqual(['TR_sneaky']);
    expect(p.permission.canPublishSources).toEqual([TrackSource.CAMERA]);
  });
});

describe('a track published after the restriction began', () => {
  test('is live by the client’s choice: cut and revoked within the grace, the muted one awaited no more', () => {
    const p = planPublishing({ tracks: [mic(true), mic(false, 'TR_sneaky')] }, listening, {
      graceOver: false,
      atStart: new Set(['TR_mic']),
      peersDisable: true,
    });
    expect(p.withheld.map((t) => t.sid)).toEqual(['TR_sneaky']);
    expect(p.permission.canPublishSources).toEqual([]);
    expect(p.awaitingMute).toBe(false);
  });

  test('the track the restriction found live still gets its grace', () => {
    const p = planPublishing({ tracks: [mic(false)] }, listening, {
      graceOver: false,
      atStart: new Set(['TR_mic']),
      peersDisable: true,
    });
    expect(p.withheld).toEqual([]);
    expect(p.awaitingMute).toBe(true);
  });
});

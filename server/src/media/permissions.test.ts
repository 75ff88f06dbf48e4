import { FULL_RIGHTS, mediaRights } from '@intervision/shared';
import { TrackSource } from 'livekit-server-sdk';
import { describe, expect, test } from 'vitest';
import { joinGrant, permissionFor, samePermission } from './permissions.js';

const listening = mediaRights({ presenter: 'listen' }, 'presenter');
const cameraOnly = { ...FULL_RIGHTS, microphone: false, screenShare: false };

describe('LiveKit permissions from media rights', () => {
  test.each([
    [
      'full rights',
      FULL_RIGHTS,
      true,
      [
        TrackSource.MICROPHONE,
        TrackSource.CAMERA,
        TrackSource.SCREEN_SHARE,
        TrackSource.SCREEN_SHARE_AUDIO,
      ],
    ],
    ['listening', listening, false, []],
    ['camera only', cameraOnly, true, [TrackSource.CAMERA]],
  ])('%s', (_name, rights, canPublish, sources) => {
    const p = permissionFor(rights);
    expect(p.canPublish).toBe(canPublish);
    expect(p.canPublishSources).toEqual(sources);
    expect(p.canSubscribe).toBe(true);
    expect(p.canPublishData).toBe(true);
    expect(p.canUpdateMetadata).toBe(false);
  });

  test('a token lets its holder join one room, listen and send data, but publish nothing', () => {
    expect(joinGrant('s1')).toEqual({
      room: 's1',
      roomJoin: true,
      roomCreate: false,
      canSubscribe: true,
      canPublish: false,
      canPublishData: true,
      canPublishSources: [],
      canUpdateOwnMetadata: false,
    });
  });

  test('the order of sources does not make permissions differ', () => {
    const reversed = permissionFor(FULL_RIGHTS).clone();
    reversed.canPublishSources.reverse();
    expect(samePermission(reversed, permissionFor(FULL_RIGHTS))).toBe(true);
    expect(samePermission(permissionFor(listening), permissionFor(FULL_RIGHTS))).toBe(false);
    expect(samePermission(undefined, permissionFor(FULL_RIGHTS))).toBe(false);
  });
});

import { ConnectionState, type Room } from 'livekit-client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PROTOCOL_SOURCE } from '../session/canPublish';
import { followDevice } from './followDevice';

/** A connected room's local participant that, like LiveKit, refuses to publish without a grant. */
function fakeRoom(sources: number[] | null) {
  const lp = {
    isCameraEnabled: false,
    isMicrophoneEnabled: false,
    permissions: { canPublish: sources !== null, canPublishSources: sources ?? [] },
    failuresLeft: 0,
    setCameraEnabled: vi.fn(async (on: boolean) => lp.publish('camera', on)),
    setMicrophoneEnabled: vi.fn(async (on: boolean) => lp.publish('microphone', on)),
    publish(device: 'camera' | 'microphone', on: boolean) {
      if (on && !lp.permissions.canPublish) throw new Error('insufficient permissions (403)');
      if (on && lp.failuresLeft-- > 0) throw new Error('negotiation timed out');
      if (device === 'camera') lp.isCameraEnabled = on;
      else lp.isMicrophoneEnabled = on;
    },
  };
  const room = { state: ConnectionState.Connected, localParticipant: lp } as unknown as Room;
  return { room, lp };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('followDevice', () => {
  test('does not publish before LiveKit grants publishing, and publishes when run again after the grant', async () => {
    const { room, lp } = fakeRoom(null);
    await followDevice(room, 'camera', true, () => true);
    expect(lp.setCameraEnabled).not.toHaveBeenCalled();
    expect(lp.isCameraEnabled).toBe(false);

    lp.permissions = { canPublish: true, canPublishSources: [PROTOCOL_SOURCE.camera] };
    await followDevice(room, 'camera', true, () => true);
    expect(lp.isCameraEnabled).toBe(true);
  });

  test('tries the microphone again after a publish that failed, while it is still wanted', async () => {
    vi.useFakeTimers();
    const { room, lp } = fakeRoom([]);
    lp.failuresLeft = 2;
    const done = followDevice(room, 'microphone', true, () => true);
    await vi.runAllTimersAsync();
    await done;
    expect(lp.setMicrophoneEnabled).toHaveBeenCalledTimes(3);
    expect(lp.isMicrophoneEnabled).toBe(true);
  });

  test('gives the camera up after a few failures, so it cannot hold up what is queued behind it', async () => {
    vi.useFakeTimers();
    const { room, lp } = fakeRoom([]);
    lp.failuresLeft = 100;
    const done = followDevice(room, 'camera', true, () => true);
    await vi.runAllTimersAsync();
    await done;
    expect(lp.setCameraEnabled).toHaveBeenCalledTimes(3);
    expect(lp.isCameraEnabled).toBe(false);
  });
});

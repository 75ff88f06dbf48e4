import type { Room } from 'livekit-client';
import { canPublish } from '../session/canPublish';

const DEVICE_RETRY_MS = 2_000;
/** No device step may hold up the queue of moves for longer than this. */
const DEVICE_STEP_MS = 20_000;

/** The promise, or a rejection once `ms` have passed: a stuck publish must not stop the next move. */
function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: number | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error('device step timed out')), ms);
  });
  return Promise.race([p, late]).finally(() => window.clearTimeout(timer));
}
const DEVICE_RETRY_MAX_MS = 10_000;
const CAMERA_ATTEMPTS = 3;

export type Device = 'camera' | 'microphone';

/**
 * Turns a device on or off. The server grants publishing only once LiveKit reports the person in
 * the room, so right after a (re)connect the permission is usually not there yet: LiveKit refuses
 * a publish before it (403), and nothing would try again. So a device is switched on only while
 * LiveKit allows it; the grant (`ParticipantPermissionsChanged`) runs this again. A publish that
 * fails anyway (on a busy machine the negotiation can time out) is tried again, a little later each
 * time, for as long as it is still wanted (`still`); the camera only a few times, since a camera
 * another program holds fails every time and must not hold up the microphone queued behind it.
 */
export async function followDevice(
  room: Room,
  device: Device,
  on: boolean,
  still: () => boolean,
): Promise<void> {
  const lp = room.localParticipant;
  const attempts = device === 'camera' ? CAMERA_ATTEMPTS : Infinity;
  for (let attempt = 1; attempt <= attempts && still() && room.state === 'connected'; attempt++) {
    const isOn = device === 'camera' ? lp.isCameraEnabled : lp.isMicrophoneEnabled;
    if (isOn === on) return;
    if (on && !canPublish(lp.permissions, device)) return;
    try {
      const step = device === 'camera' ? lp.setCameraEnabled(on) : lp.setMicrophoneEnabled(on);
      await within(DEVICE_STEP_MS, step);
      return;
    } catch {
      if (!on) return;
      const wait = Math.min(DEVICE_RETRY_MS * attempt, DEVICE_RETRY_MAX_MS);
      await new Promise((resolve) => window.setTimeout(resolve, wait));
    }
  }
}

import {
  LocalVideoTrack,
  TrackPublishOptions,
  TrackSource,
  VideoBufferType,
  VideoFrame,
  VideoSource,
  type Room,
} from '@livekit/rtc-node';
import { RoomServiceClient, TrackSource as ApiTrackSource } from 'livekit-server-sdk';
import { sleep } from '../lib/util.js';

const WIDTH = 320;
const HEIGHT = 240;
const FPS = 15;

export interface VideoBot {
  stop(): Promise<void>;
  /**
   * The longest wait between two captured frames since the last call (ms; 67 at 15 fps): the
   * bench process too busy to feed the encoder shows here, not in the browser.
   */
  takeLongestCaptureGapMs(): number;
}

/**
 * Waits (bounded) until LiveKit lets `identity` publish a camera in `room`: tokens publish nothing
 * and our server grants on LiveKit's join webhook, and LiveKit drops a publish it does not allow
 * without answering. Asked of LiveKit itself, since rtc-node does not surface permission changes.
 */
export async function waitForCameraGrant(
  lk: { url: string; apiKey: string; apiSecret: string },
  room: string,
  identity: string,
  timeoutMs = 15_000,
): Promise<void> {
  const api = new RoomServiceClient(lk.url.replace(/^ws/, 'http'), lk.apiKey, lk.apiSecret);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const p = (await api.getParticipant(room, identity).catch(() => null))?.permission;
    if (
      p?.canPublish &&
      (p.canPublishSources.length === 0 || p.canPublishSources.includes(ApiTrackSource.CAMERA))
    )
      return;
    await sleep(50);
  }
  throw new Error(`${identity} was not granted a camera within ${timeoutMs} ms`);
}

/**
 * A person's camera as an rtc-node track: 320×240 at 15 fps, a grey level and a bar that change
 * every frame (so the encoder always has something to send). Small, because the machine's two
 * cores also run LiveKit, the server and Chromium.
 */
export async function publishCamera(room: Room): Promise<VideoBot> {
  const source = new VideoSource(WIDTH, HEIGHT);
  const track = LocalVideoTrack.createVideoTrack('camera', source);
  const ySize = WIDTH * HEIGHT;
  const buffer = new Uint8Array(ySize * 1.5);
  buffer.fill(128, ySize); // neutral chroma
  let n = 0;
  let lastCapture = performance.now();
  let longestGap = 0;
  const draw = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - lastCapture);
    lastCapture = now;
    buffer.fill(40 + (n % 150), 0, ySize);
    const bar = (n * 4) % WIDTH;
    for (let y = 0; y < HEIGHT; y++) buffer.fill(235, y * WIDTH + bar, y * WIDTH + bar + 8);
    source.captureFrame(new VideoFrame(buffer, WIDTH, HEIGHT, VideoBufferType.I420));
    n++;
  };
  draw();
  const timer = setInterval(draw, 1000 / FPS);
  const publication = await room.localParticipant!.publishTrack(
    track,
    new TrackPublishOptions({ source: TrackSource.SOURCE_CAMERA, simulcast: false }),
  );
  return {
    takeLongestCaptureGapMs() {
      const gap = Math.max(longestGap, performance.now() - lastCapture);
      longestGap = 0;
      return Math.round(gap);
    },
    async stop() {
      clearInterval(timer);
      if (publication.sid)
        await room.localParticipant?.unpublishTrack(publication.sid).catch(() => undefined);
      await source.close();
    },
  };
}

import {
  AudioStream,
  type AudioFrame,
  RoomEvent,
  TrackSource,
  type RemoteTrack,
  type Room,
} from '@livekit/rtc-node';

/** Same threshold as bench/media/listener.ts: a frame with a sample above it is audible. */
const AUDIBLE = 500;

/**
 * One listener's ears on the presenter's microphone: it decodes every subscription of it for as
 * long as it lasts, and notes the first audible frame after `arm()`. Unlike bench/media/listener.ts
 * (which reads only a freshly subscribed track) this also hears a track that stays subscribed and
 * is unmuted, so the figure holds whichever way the presenter's client comes back: republishing or
 * unmuting.
 */
export class PresenterAudio {
  /** When the first audible frame after the last `arm()` was decoded; null until then. */
  audibleAt: number | null = null;
  private readonly readers = new Set<ReadableStreamDefaultReader<AudioFrame>>();
  private readonly waiters = new Set<() => void>();
  private closed = false;

  constructor(room: Room, presenter: string) {
    room.on(RoomEvent.TrackSubscribed, (track, pub, p) => {
      if (p.identity === presenter && pub.source === TrackSource.SOURCE_MICROPHONE)
        void this.read(track);
    });
  }

  /** From now on, wait for sound again. */
  arm(): void {
    this.audibleAt = null;
  }

  private async read(track: RemoteTrack): Promise<void> {
    const reader = new AudioStream(track, 48_000, 1).getReader();
    this.readers.add(reader);
    try {
      while (!this.closed) {
        const { value, done } = await reader.read();
        if (done || !value) return;
        if (this.audibleAt === null && value.data.some((s) => Math.abs(s) > AUDIBLE)) {
          this.audibleAt = Date.now();
          for (const w of [...this.waiters]) w();
        }
      }
    } catch {
      // The track went away while reading.
    } finally {
      this.readers.delete(reader);
      await reader.cancel().catch(() => undefined);
    }
  }

  /** Resolves true once an audible frame has arrived since `arm()`, or false after `timeoutMs`. */
  hears(timeoutMs: number): Promise<boolean> {
    if (this.audibleAt !== null) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(heard);
        resolve(ok);
      };
      const heard = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiters.add(heard);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.readers].map((r) => r.cancel().catch(() => undefined)));
  }
}

import {
  AudioStream,
  RoomEvent,
  TrackSource,
  type RemoteTrack,
  type Room,
} from '@livekit/rtc-node';

/** What one listening participant's SDK reported about the presenter's microphone, with times. */
export interface Heard {
  /** Muted or unpublished. */
  offAt: number | null;
  offBy: 'muted' | 'unsubscribed' | 'unpublished' | null;
  subscribedAt: number | null;
  audioAt: number | null;
}

/**
 * Watches one room for the presenter's microphone: off (TrackMuted, TrackUnsubscribed or
 * TrackUnpublished), back
 * (TrackSubscribed / TrackUnmuted) and the first audible frame after it came back.
 */
export class Listener {
  heard: Heard = { offAt: null, offBy: null, subscribedAt: null, audioAt: null };
  private waiters = new Set<() => void>();
  private streams = new Set<AudioStream>();

  constructor(
    readonly room: Room,
    presenter: string,
  ) {
    const isMic = (source: TrackSource | undefined, who: string) =>
      who === presenter && source === TrackSource.SOURCE_MICROPHONE;
    room.on(RoomEvent.TrackMuted, (pub, p) => {
      if (isMic(pub.source, p.identity)) this.off('muted');
    });
    room.on(RoomEvent.TrackUnpublished, (pub, p) => {
      if (isMic(pub.source, p.identity)) this.off('unpublished');
    });
    // The server cut this listener off the presenter's track at the SFU (docs/media-unmute.md).
    room.on(RoomEvent.TrackUnsubscribed, (_track, pub, p) => {
      if (isMic(pub.source, p.identity)) this.off('unsubscribed');
    });
    room.on(RoomEvent.TrackUnmuted, (pub, p) => {
      if (isMic(pub.source, p.identity)) this.on();
    });
    room.on(RoomEvent.TrackSubscribed, (track, pub, p) => {
      if (!isMic(pub.source, p.identity)) return;
      this.on();
      void this.firstAudible(track);
    });
  }

  /** Forget what was heard: the next transition starts now. */
  reset(): void {
    this.heard = { offAt: null, offBy: null, subscribedAt: null, audioAt: null };
  }

  private off(by: 'muted' | 'unsubscribed' | 'unpublished') {
    if (this.heard.offAt === null) this.heard = { ...this.heard, offAt: Date.now(), offBy: by };
    this.notify();
  }

  private on() {
    this.heard.subscribedAt ??= Date.now();
    this.notify();
  }

  private async firstAudible(track: RemoteTrack): Promise<void> {
    const stream = new AudioStream(track, 48_000, 1);
    this.streams.add(stream);
    const reader = stream.getReader();
    const giveUp = setTimeout(() => void reader.cancel().catch(() => undefined), 10_000);
    try {
      for (let i = 0; i < 2000; i++) {
        const { value, done } = await reader.read();
        if (done || !value) return;
        if (value.data.some((s) => Math.abs(s) > 500)) {
          this.heard.audioAt ??= Date.now();
          this.notify();
          return;
        }
      }
    } catch {
      // The track went away while reading.
    } finally {
      clearTimeout(giveUp);
      await reader.cancel().catch(() => undefined);
      this.streams.delete(stream);
    }
  }

  private notify() {
    for (const w of [...this.waiters]) w();
  }

  /** Resolves once `test` holds (checked on every event), or false after `timeoutMs`. */
  until(test: (h: Heard) => boolean, timeoutMs: number): Promise<boolean> {
    if (test(this.heard)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const check = () => {
        if (!test(this.heard)) return;
        done(true);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(ok);
      };
      this.waiters.add(check);
    });
  }
}

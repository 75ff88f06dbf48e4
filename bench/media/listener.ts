import {
  AudioStream,
  RoomEvent,
  TrackSource,
  type RemoteTrack,
  type Room,
} from '@livekit/rtc-node';

/** What one listening participant's SDK reported about the presenter's microphone, with times. */
export interface Heard {
  /** Muted, unsubscribed or unpublished, whichever the SDK reported first. */
  offAt: number | null;
  offBy: 'muted' | 'unsubscribed' | 'unpublished' | null;
  /** TrackUnmuted: the presenter's client said it is live again (not yet that it reaches us). */
  unmutedAt: number | null;
  /** TrackSubscribed: the SFU sends us the track again. */
  subscribedAt: number | null;
  /** The first audible frame after that. */
  audioAt: number | null;
}

const AUDIBLE = 500;
/** The tone's frames are 10 ms; this much quiet means the audio stopped reaching us. */
const QUIET_MS = 300;

/**
 * Watches one room for the presenter's microphone: off (TrackMuted, TrackUnsubscribed or
 * TrackUnpublished), back (TrackUnmuted, TrackSubscribed) and the first audible frame after it came
 * back. With `watchSilence` it keeps decoding every subscription and notes the last audible frame,
 * so that `untilSilent` can tell when audio stopped arriving whatever the SDK reported (rtc-node
 * reports an unsubscription made by the server only at the next subscription).
 */
export class Listener {
  heard: Heard = emptyHeard();
  /** The last audible frame received (only kept with `watchSilence`). */
  lastAudibleAt = 0;
  private waiters = new Set<() => void>();

  constructor(
    readonly room: Room,
    presenter: string,
    private readonly watchSilence = false,
  ) {
    const isMic = (source: TrackSource | undefined, who: string) =>
      who === presenter && source === TrackSource.SOURCE_MICROPHONE;
    room.on(RoomEvent.TrackMuted, (pub, p) => {
      if (isMic(pub.source, p.identity)) this.off('muted');
    });
    room.on(RoomEvent.TrackUnsubscribed, (_track, pub, p) => {
      if (isMic(pub.source, p.identity)) this.off('unsubscribed');
    });
    room.on(RoomEvent.TrackUnpublished, (pub, p) => {
      if (isMic(pub.source, p.identity)) this.off('unpublished');
    });
    room.on(RoomEvent.TrackUnmuted, (pub, p) => {
      if (!isMic(pub.source, p.identity)) return;
      this.heard.unmutedAt ??= Date.now();
      this.notify();
    });
    room.on(RoomEvent.TrackSubscribed, (track, pub, p) => {
      if (!isMic(pub.source, p.identity)) return;
      this.heard.subscribedAt ??= Date.now();
      this.notify();
      void this.decode(track);
    });
  }

  /** Forget what was heard: the next transition starts now. */
  reset(): void {
    this.heard = emptyHeard();
  }

  private off(by: 'muted' | 'unsubscribed' | 'unpublished') {
    if (this.heard.offAt === null) this.heard = { ...this.heard, offAt: Date.now(), offBy: by };
    this.notify();
  }

  /**
   * Reads the track until the first audible frame after each return; with `watchSilence`, for as
   * long as the subscription lasts.
   */
  private async decode(track: RemoteTrack): Promise<void> {
    const stream = new AudioStream(track, 48_000, 1);
    const reader = stream.getReader();
    const giveUp = this.watchSilence
      ? undefined
      : setTimeout(() => void reader.cancel().catch(() => undefined), 10_000);
    try {
      for (let i = 0; this.watchSilence || i < 2000; i++) {
        const { value, done } = await reader.read();
        if (done || !value) return;
        if (!value.data.some((s) => Math.abs(s) > AUDIBLE)) continue;
        this.lastAudibleAt = Date.now();
        if (this.heard.audioAt === null) {
          this.heard.audioAt = this.lastAudibleAt;
          this.notify();
        }
        if (!this.watchSilence) return;
      }
    } catch {
      // The track went away while reading.
    } finally {
      clearTimeout(giveUp);
      await reader.cancel().catch(() => undefined);
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

  /**
   * With `watchSilence`: once no audible frame has arrived for QUIET_MS, the time of the last one
   * (at least `since`); null when audio kept arriving until `timeoutMs`.
   */
  untilSilent(since: number, timeoutMs: number): Promise<number | null> {
    const until = Date.now() + timeoutMs;
    return new Promise((resolve) => {
      const timer = setInterval(() => {
        const last = Math.max(this.lastAudibleAt, since);
        if (Date.now() - last >= QUIET_MS) {
          clearInterval(timer);
          resolve(last);
        } else if (Date.now() > until) {
          clearInterval(timer);
          resolve(null);
        }
      }, 20);
    });
  }
}

function emptyHeard(): Heard {
  return { offAt: null, offBy: null, unmutedAt: null, subscribedAt: null, audioAt: null };
}

import type { Page } from 'playwright-core';

/** What a page noted, each in ms on its own `performance.now()` clock (null: never happened). */
export interface JoinTimeline {
  /** The click on the Enter/Join button (the event's own timestamp). */
  clickAt: number | null;
  /** The first remote `<video>` frame rendered after the click (requestVideoFrameCallback's `now`). */
  firstFrameAt: number | null;
  /** Milestones after the click, for where the time goes (first occurrence of each). */
  marks: Record<string, number>;
  /** Main-thread tasks over 50 ms between the click and the first frame, summed (ms). */
  longTasksMs?: number;
  /**
   * Each remote video's receiver counters (inbound-rtp `getStats`) when the first frame showed,
   * keyed `v0`, `v1`… in the order the tracks arrived: what a late picture was waiting for.
   */
  inbound?: Record<string, Record<string, number | string>>;
  /**
   * The same remote `<video>` after its first frame, until the page is read: frames painted and the
   * longest wait between two (ms; a picture that froze after one frame shows a long one).
   */
  afterFirstFrame?: { frames: number; maxGapMs: number };
  /** Ends the follow-up (counts a freeze still going on as a gap). */
  closeFollow?: () => void;
}

declare global {
  interface Window {
    __joinTimeline?: JoinTimeline;
  }
}

/**
 * Installed before any page script runs: notes the click on `buttonSelector`, then the first frame
 * a remote `<video>` (one matching `remoteVideoSelector`) renders, through
 * requestVideoFrameCallback — called when a decoded frame is handed to the compositor, which is
 * the "first frame on screen" of both pages (`loadeddata` can fire before any frame is painted).
 * Along the way it notes, from outside the app, when the page opened LiveKit's signalling socket,
 * created its first RTCPeerConnection, fetched what it fetched and showed the first remote video
 * element, so a slow run says where it went.
 */
export async function installJoinProbe(
  page: Page,
  selectors: { button: string; remoteVideo: string },
): Promise<void> {
  // tsx (esbuild with keepNames) wraps named functions in calls to its `__name` helper, which the
  // page does not have: the probe's source runs with a stand-in.
  const content = `(() => { const __name = (f) => f; (${probe.toString()})(${JSON.stringify(selectors)}); })();`;
  await page.addInitScript({ content });
}

/** The inbound-rtp video counters the probe reads (all optional: browsers differ). */
interface InboundVideo {
  type: string;
  kind?: string;
  trackIdentifier?: string;
  decoderImplementation?: string;
  bytesReceived?: number;
  framesReceived?: number;
  framesDecoded?: number;
  keyFramesDecoded?: number;
  framesDropped?: number;
  pliCount?: number;
  firCount?: number;
  nackCount?: number;
  freezeCount?: number;
  packetsLost?: number;
}

function probe(sel: { button: string; remoteVideo: string }): void {
  {
    const tl: JoinTimeline = { clickAt: null, firstFrameAt: null, marks: {} };
    window.__joinTimeline = tl;
    const mark = (name: string, at = performance.now()) => {
      if (tl.clickAt !== null && tl.marks[name] === undefined)
        tl.marks[name] = Math.round(at - tl.clickAt);
    };
    document.addEventListener(
      'click',
      (e) => {
        const target = e.target as Element | null;
        if (tl.clickAt === null && target?.closest(sel.button)) tl.clickAt = e.timeStamp;
      },
      true,
    );
    // LiveKit's signalling is protobuf: a few fields read by hand say when the page asked the SFU
    // to pause or resume a video (adaptive stream's `UpdateTrackSettings.disabled`, SignalRequest
    // field 7) and when the SFU said a stream was active or paused (SignalResponse field 13).
    const fields = (bytes: Uint8Array) => {
      const out: Array<[number, number | Uint8Array]> = [];
      let i = 0;
      const varint = () => {
        let v = 0;
        for (let shift = 0; i < bytes.length; shift += 7) {
          const b = bytes[i++]!;
          v += (b & 0x7f) * 2 ** shift;
          if (b < 0x80) break;
        }
        return v;
      };
      while (i < bytes.length) {
        const tag = varint();
        const type = tag & 7;
        if (type === 0) out.push([tag >>> 3, varint()]);
        else if (type === 2) {
          const len = varint();
          out.push([tag >>> 3, bytes.subarray(i, i + len)]);
          i += len;
        } else if (type === 1) i += 8;
        else if (type === 5) i += 4;
        else break;
      }
      return out;
    };
    const asBytes = (data: unknown) =>
      data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : ArrayBuffer.isView(data)
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : null;
    const onSent = (data: unknown) => {
      const bytes = asBytes(data);
      if (!bytes) return;
      for (const [no, v] of fields(bytes)) {
        if (no !== 7 || !(v instanceof Uint8Array)) continue;
        const setting = fields(v);
        const disabled = setting.some(([n, x]) => n === 3 && x === 1);
        mark(disabled ? 'trackSettingOff' : 'trackSettingOn');
        if (setting.some(([n, x]) => n === 5 && typeof x === 'number' && x > 0))
          mark('trackSettingSize');
      }
    };
    const onReceived = (data: unknown) => {
      const bytes = asBytes(data);
      if (!bytes) return;
      for (const [no, v] of fields(bytes)) {
        if (no !== 13 || !(v instanceof Uint8Array)) continue;
        for (const [n, info] of fields(v)) {
          if (n !== 1 || !(info instanceof Uint8Array)) continue;
          const paused = fields(info).some(([k, x]) => k === 3 && x === 1);
          mark(paused ? 'streamPaused' : 'streamActive');
        }
      }
    };
    const NativeWebSocket = window.WebSocket;
    window.WebSocket = class extends NativeWebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        const path = new URL(String(url)).pathname;
        const livekit = path.startsWith('/rtc');
        const name = livekit ? 'livekitSocket' : 'otherSocket';
        mark(`${name}Created`);
        this.addEventListener('open', () => mark(`${name}Open`), { once: true });
        if (livekit) this.addEventListener('message', (e) => onReceived(e.data));
      }
      override send(data: Parameters<WebSocket['send']>[0]) {
        onSent(data);
        super.send(data);
      }
    };
    // When a remote video track is first given to a <video> (livekit-client's attach sets
    // srcObject), apart from when the element appeared.
    const remoteTrackIds = new Set<string>();
    const srcObject = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'srcObject')!;
    Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', {
      ...srcObject,
      set(this: HTMLMediaElement, value: MediaProvider | null) {
        if (
          value instanceof MediaStream &&
          value.getVideoTracks().some((t) => remoteTrackIds.has(t.id))
        )
          mark('remoteVideoAttached');
        srcObject.set!.call(this, value);
      },
    });
    // Per remote video (`v0`, `v1`… in arrival order), when each receiver counter first moved —
    // bytes, frames assembled, decoded, the first keyframe, each keyframe request (PLI/FIR) the
    // page sent — and when the page's E2EE decryptor was put on its receiver: a frame that reaches
    // the receiver before the decryptor is lost, and the picture waits for the next keyframe.
    const videoIndex = new Map<string, string>();
    const tag = (trackId: string) => {
      if (!videoIndex.has(trackId)) videoIndex.set(trackId, `v${videoIndex.size}`);
      return videoIndex.get(trackId)!;
    };
    const COUNTERS = [
      'bytesReceived',
      'framesReceived',
      'framesDecoded',
      'keyFramesDecoded',
      'framesDropped',
      'pliCount',
      'firCount',
      'nackCount',
      'freezeCount',
      'packetsLost',
    ] as const;
    const snapshot = (s: InboundVideo) => {
      const out: Record<string, number | string> = {};
      for (const c of COUNTERS) if (typeof s[c] === 'number') out[c] = s[c];
      if (s.decoderImplementation) out.decoder = s.decoderImplementation;
      return out;
    };
    const lastInbound = new Map<string, InboundVideo>();
    const noteInbound = (s: InboundVideo) => {
      if (!s.trackIdentifier) return;
      const v = tag(s.trackIdentifier);
      lastInbound.set(v, s);
      if ((s.bytesReceived ?? 0) > 0) mark(`${v}:bytes`);
      if ((s.framesReceived ?? 0) > 0) mark(`${v}:framesReceived`);
      if ((s.framesDecoded ?? 0) > 0) mark(`${v}:framesDecoded`);
      for (let n = 1; n <= Math.min(s.keyFramesDecoded ?? 0, 3); n++) mark(`${v}:keyFrame${n}`);
      if ((s.framesDropped ?? 0) > 0) mark(`${v}:framesDropped`);
      for (let n = 1; n <= Math.min(s.pliCount ?? 0, 5); n++) mark(`${v}:pli${n}`);
      if ((s.firCount ?? 0) > 0) mark(`${v}:fir`);
      if ((s.freezeCount ?? 0) > 0) mark(`${v}:freeze`);
    };
    const nativeEncodedStreams = (
      RTCRtpReceiver.prototype as unknown as { createEncodedStreams?: () => unknown }
    ).createEncodedStreams;
    if (nativeEncodedStreams)
      Object.defineProperty(RTCRtpReceiver.prototype, 'createEncodedStreams', {
        configurable: true,
        writable: true,
        value(this: RTCRtpReceiver) {
          if (this.track.kind === 'video') mark(`${tag(this.track.id)}:decryptorOn`);
          return nativeEncodedStreams.call(this);
        },
      });
    // The E2EE worker's messages: when keys and per-participant state reached it, and any error
    // it reported (livekit-client's EncryptionError comes from these).
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent<{ kind?: string }>) => {
          const kind = e.data?.kind;
          if (typeof kind === 'string') mark(`worker→${kind}`);
        });
      }
      override postMessage(message: unknown, transfer?: unknown) {
        const kind = (message as { kind?: unknown } | null)?.kind;
        if (typeof kind === 'string') mark(`→worker:${kind}`);
        super.postMessage(message, transfer as Transferable[]);
      }
    };
    const NativePc = window.RTCPeerConnection;
    window.RTCPeerConnection = class extends NativePc {
      constructor(config?: RTCConfiguration) {
        super(config);
        mark('peerConnectionCreated');
        this.addEventListener('track', (e) => {
          remoteTrackIds.add(e.track.id);
          mark(`remote${e.track.kind}Track`);
          if (e.track.kind === 'video') mark(`${tag(e.track.id)}:track`);
        });
        this.addEventListener('connectionstatechange', () => {
          if (this.connectionState !== 'connected') return;
          mark('peerConnectionConnected');
          // When remote video bytes first arrive and the first frame is decoded: whether the
          // media server was sending before the page showed the element, or only after it asked.
          const poll = async () => {
            if (tl.firstFrameAt !== null || this.connectionState !== 'connected') return;
            const stats = await this.getStats().catch(() => null);
            stats?.forEach((s: InboundVideo) => {
              if (s.type !== 'inbound-rtp' || s.kind !== 'video') return;
              if ((s.bytesReceived ?? 0) > 0) mark('remoteVideoBytes');
              if ((s.framesDecoded ?? 0) > 0) mark('remoteVideoDecoded');
              noteInbound(s);
            });
            setTimeout(poll, 10);
          };
          void poll();
        });
      }
    };
    // Main-thread work longer than 50 ms between the click and the first frame, summed: a page
    // busy rendering cannot react to its sockets.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (tl.clickAt === null || tl.firstFrameAt !== null || entry.startTime < tl.clickAt)
          continue;
        tl.longTasksMs = Math.round((tl.longTasksMs ?? 0) + entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        const path = new URL(entry.name).pathname;
        if (path.startsWith('/api/')) {
          const key = path.replace(/\/api\/sessions\/[^/]+/, '/api/sessions/:id');
          mark(`fetch ${key} start`, entry.startTime);
          mark(`fetch ${key} end`, entry.responseEnd);
        }
      }
    }).observe({ type: 'resource', buffered: true });
    // A page may name its own steps with performance.mark('join:…') (for a run that traces one).
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name.startsWith('join:')) mark(entry.name, entry.startTime);
    }).observe({ type: 'mark', buffered: true });

    // After the first frame, the same <video> is followed a little longer: a picture that shows
    // one frame and then freezes (the first frames' delivery interrupted) is no better than a late
    // one, and the first-frame time alone would not see it.
    const follow = (video: HTMLVideoElement, first: number) => {
      const after = { frames: 0, maxGapMs: 0 };
      tl.afterFirstFrame = after;
      let last = first;
      const onFrame = (now: number) => {
        after.frames++;
        after.maxGapMs = Math.max(after.maxGapMs, Math.round(now - last));
        last = now;
        video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
      // A picture frozen up to the end counts as a gap too.
      tl.closeFollow = () => {
        after.maxGapMs = Math.max(after.maxGapMs, Math.round(performance.now() - last));
      };
    };
    const watched = new WeakSet<HTMLVideoElement>();
    const watch = (video: HTMLVideoElement) => {
      if (watched.has(video)) return;
      watched.add(video);
      const onFrame = (now: number) => {
        if (tl.firstFrameAt !== null) return;
        if (tl.clickAt !== null && video.matches(sel.remoteVideo)) {
          tl.firstFrameAt = now;
          tl.inbound = Object.fromEntries(
            [...lastInbound].map(([v, s]) => [v, snapshot(s)] as const),
          );
          follow(video, now);
          return;
        }
        video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
      // A frame decoded but not painted: whether the element was playing and could be seen.
      video.addEventListener('playing', () => {
        if (video.matches(sel.remoteVideo)) mark('remoteVideoPlaying');
      });
      video.addEventListener('loadeddata', () => {
        if (video.matches(sel.remoteVideo)) mark('remoteVideoLoadedData');
      });
      const seen = () => {
        if (tl.firstFrameAt !== null || !video.isConnected) return;
        if (video.matches(sel.remoteVideo) && video.checkVisibility() && video.clientWidth > 0)
          mark('remoteVideoVisible');
        else setTimeout(seen, 10);
      };
      seen();
    };
    new MutationObserver(() => {
      for (const v of document.querySelectorAll('video')) {
        watch(v);
        if (v.matches(sel.remoteVideo)) mark('remoteVideoElement');
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }
}

/**
 * Waits (bounded) until the page has rendered its first remote frame after the click, then watches
 * that picture for `followMs` more (real time passing on purpose: how smoothly it went on).
 */
export async function joinTimeline(
  page: Page,
  timeoutMs: number,
  followMs = 0,
): Promise<JoinTimeline> {
  const read = () => page.evaluate(() => window.__joinTimeline ?? null);
  try {
    await page.waitForFunction(() => window.__joinTimeline?.firstFrameAt != null, undefined, {
      timeout: timeoutMs,
      polling: 100,
    });
  } catch {
    // Say how far the page got.
    const tl = await read().catch(() => null);
    throw new Error(`no remote frame within ${timeoutMs} ms; page got to ${JSON.stringify(tl)}`);
  }
  if (followMs > 0) {
    await page.waitForTimeout(followMs);
    await page.evaluate(() => window.__joinTimeline?.closeFollow?.());
  }
  return (await read())!;
}

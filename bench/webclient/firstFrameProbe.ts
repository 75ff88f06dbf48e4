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
    const NativeWebSocket = window.WebSocket;
    window.WebSocket = class extends NativeWebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        const path = new URL(String(url)).pathname;
        const name = path.startsWith('/rtc') ? 'livekitSocket' : 'otherSocket';
        mark(`${name}Created`);
        this.addEventListener('open', () => mark(`${name}Open`), { once: true });
      }
    };
    const NativePc = window.RTCPeerConnection;
    window.RTCPeerConnection = class extends NativePc {
      constructor(config?: RTCConfiguration) {
        super(config);
        mark('peerConnectionCreated');
        this.addEventListener('track', (e) => mark(`remote${e.track.kind}Track`));
        this.addEventListener('connectionstatechange', () => {
          if (this.connectionState === 'connected') mark('peerConnectionConnected');
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

    const watched = new WeakSet<HTMLVideoElement>();
    const watch = (video: HTMLVideoElement) => {
      if (watched.has(video)) return;
      watched.add(video);
      const onFrame = (now: number) => {
        if (tl.firstFrameAt !== null) return;
        if (tl.clickAt !== null && video.matches(sel.remoteVideo)) {
          tl.firstFrameAt = now;
          return;
        }
        video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
    };
    new MutationObserver(() => {
      for (const v of document.querySelectorAll('video')) {
        watch(v);
        if (v.matches(sel.remoteVideo)) mark('remoteVideoElement');
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }
}

/** Waits (bounded) until the page has rendered its first remote frame after the click. */
export async function joinTimeline(page: Page, timeoutMs: number): Promise<JoinTimeline> {
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
  return (await read())!;
}

// How often a page opened the camera or the microphone: every getUserMedia answer is recorded in
// the page (window.__captures), from its first script on, across the join form and the room.
import type { BrowserContext, Page } from 'playwright-core';

export interface Capture {
  video: number;
  audio: number;
  /** Whether each track of that answer still captures now (not stopped). */
  live: boolean[];
}

/** Records every page of `context` from now on; call before the pages navigate. */
export async function recordCaptures(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const devices = navigator.mediaDevices;
    if (!devices?.getUserMedia) return;
    const original = devices.getUserMedia.bind(devices);
    const seen: MediaStream[] = [];
    (window as unknown as { __captures: () => Capture[] }).__captures = () =>
      seen.map((s) => ({
        video: s.getVideoTracks().length,
        audio: s.getAudioTracks().length,
        live: s.getTracks().map((t) => t.readyState === 'live'),
      }));
    devices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      seen.push(stream);
      return stream;
    };
  });
}

/** What this page has captured since it loaded. */
export function capturesOf(page: Page): Promise<Capture[]> {
  return page.evaluate(() => (window as unknown as { __captures: () => Capture[] }).__captures());
}

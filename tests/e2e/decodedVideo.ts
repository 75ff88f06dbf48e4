import type { Page } from 'playwright-core';

/** What the page's remote `<video>` elements show: decoded size and frames so far, per element. */
export async function remoteVideos(page: Page): Promise<{ width: number; frames: number }[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLVideoElement>('video[data-lk-local-participant="false"]'),
      (v) => ({ width: v.videoWidth, frames: v.getVideoPlaybackQuality().totalVideoFrames }),
    ),
  );
}

/**
 * Waits until `count` remote videos on the page have decoded pictures and keep decoding: each has a
 * width and its frame counter moves on after the first reading. Read from the DOM, as a person would
 * see it, not from the SDK's own bookkeeping.
 */
export async function waitForDecodedRemoteVideo(
  page: Page,
  count: number,
  timeoutMs = 30_000,
): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const videos = Array.from(
        document.querySelectorAll<HTMLVideoElement>('video[data-lk-local-participant="false"]'),
      ).filter((v) => v.videoWidth > 0);
      return videos.length >= count;
    },
    count,
    { timeout: timeoutMs, polling: 200 },
  );
  const first = await remoteVideos(page);
  await page.waitForFunction(
    ({ first, count }) => {
      const now = Array.from(
        document.querySelectorAll<HTMLVideoElement>('video[data-lk-local-participant="false"]'),
        (v) => v.getVideoPlaybackQuality().totalVideoFrames,
      );
      const advanced = now.filter((frames, i) => frames > (first[i]?.frames ?? Infinity));
      return advanced.length >= count;
    },
    { first, count },
    { timeout: timeoutMs, polling: 200 },
  );
}

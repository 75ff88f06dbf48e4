import type { Page } from 'playwright-core';
// For the type of `window.__intervision`, the page's test handle.
import type {} from '../../client/src/session/exposeForTests.js';

/** What a page's own LiveKit SDK says about a remote participant's tracks. */
export interface RemoteMediaState {
  present: boolean;
  microphone: boolean;
  camera: boolean;
}

/** Waits until the page's LiveKit room reports the participant's microphone and camera as wanted. */
export async function waitForRemoteMedia(
  page: Page,
  identity: string,
  want: { microphone: boolean; camera: boolean },
  timeoutMs = 20_000,
): Promise<void> {
  await page.waitForFunction(
    ({ identity, want }) => {
      const p = window.__intervision?.room.remoteParticipants.get(identity);
      return !!p && p.isMicrophoneEnabled === want.microphone && p.isCameraEnabled === want.camera;
    },
    { identity, want },
    { timeout: timeoutMs, polling: 100 },
  );
}

export async function localMedia(page: Page): Promise<{ microphone: boolean; camera: boolean }> {
  return page.evaluate(() => {
    const lp = window.__intervision?.room.localParticipant;
    return { microphone: !!lp?.isMicrophoneEnabled, camera: !!lp?.isCameraEnabled };
  });
}

/** The countdown as displayed (`m:ss` or `h:mm:ss`), in whole seconds. */
export async function displayedSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('countdown').innerText()).trim();
  const parts = text.match(/(\d+)/g)?.map(Number) ?? [];
  if (parts.length < 2) throw new Error(`unreadable countdown "${text}"`);
  return parts.reduce((total, n) => total * 60 + n, 0);
}

/**
 * What the page's countdown showed, as milliseconds left at one common instant `at` (pages share
 * this machine's clock, so each reading is moved to `at` by the time between its render and `at`).
 */
export async function remainingAt(page: Page, at: number): Promise<number> {
  const el = page.getByTestId('countdown');
  const [left, renderedAt] = await Promise.all([
    el.getAttribute('data-remaining-ms'),
    el.getAttribute('data-rendered-at'),
  ]);
  if (left === null || renderedAt === null) throw new Error('countdown without its figures');
  return Number(left) - (at - Number(renderedAt));
}

export async function phaseTitle(page: Page): Promise<string> {
  return (await page.getByTestId('phase-title').innerText()).trim();
}

export async function viewOf(page: Page) {
  return page.evaluate(() => window.__intervision?.view ?? null);
}

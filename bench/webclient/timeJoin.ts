import type { Browser, Page } from 'playwright-core';
import { newPerson } from '@intervision/testkit/browser';
import { bounded } from './bounded.js';
import { installJoinProbe, joinTimeline, type JoinTimeline } from './firstFrameProbe.js';

/**
 * One person in a fresh browser context: `open` brings the page to its button, the page settles
 * (everything it fetches ahead — our room's code is prefetched while the form shows — is in), the
 * button is clicked, and the page's own timeline up to its first remote frame comes back.
 */
export async function timeJoin(
  browser: Browser,
  baseUrl: string,
  name: string,
  open: (page: Page) => Promise<void>,
  selectors: { button: string; remoteVideo: string },
  frameTimeoutMs: number,
  followMs = 0,
): Promise<JoinTimeline> {
  const person = await newPerson(browser, name, baseUrl);
  try {
    await installJoinProbe(person.page, selectors);
    await open(person.page);
    await person.page.waitForLoadState('networkidle');
    await person.page.locator(selectors.button).click();
    return await joinTimeline(person.page, frameTimeoutMs, followMs);
  } finally {
    await bounded(() => person.context.close());
  }
}

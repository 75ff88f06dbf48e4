// What a page shows, read from its DOM the way a person (or a screen reader) would: the video
// tiles' microphone/camera state, the room's data- attributes, the participant list, the countdown.
import type { Page } from 'playwright-core';

type OnOff = 'on' | 'off';
const word = (on: boolean): OnOff => (on ? 'on' : 'off');

/** The tile of `identity` on this page, with what it says about the microphone and camera. */
const tileMedia = (page: Page, identity: string) =>
  page.locator(
    `[data-testid="stage-tile"][data-identity="${identity}"] [data-testid="tile-media"]`,
  );

/** Waits until this page's tile of `identity` shows its microphone and camera as wanted. */
export async function waitForRemoteMedia(
  page: Page,
  identity: string,
  want: { microphone: boolean; camera: boolean },
  timeoutMs = 20_000,
): Promise<void> {
  const said = new RegExp(`microphone ${word(want.microphone)}, camera ${word(want.camera)}$`);
  await tileMedia(page, identity)
    .and(page.locator(`[data-microphone="${word(want.microphone)}"]`))
    .and(page.locator(`[data-camera="${word(want.camera)}"]`))
    .filter({ hasText: said })
    .waitFor({ state: 'attached', timeout: timeoutMs });
}

/** What this page's own tile shows about its microphone and camera. */
export async function localMedia(page: Page): Promise<{ microphone: boolean; camera: boolean }> {
  const own = await page.getByTestId('room').getAttribute('data-identity');
  if (!own) throw new Error('room without its identity');
  const media = tileMedia(page, own);
  const [mic, cam] = await Promise.all([
    media.getAttribute('data-microphone'),
    media.getAttribute('data-camera'),
  ]);
  return { microphone: mic === 'on', camera: cam === 'on' };
}

/** The room as its root element describes it; nulls where the page shows no such thing. */
export async function roomState(page: Page) {
  const root = page.getByTestId('room');
  const attr = (name: string) => root.getAttribute(`data-${name}`);
  const [status, presenter, phase, paused, endsAt, mediaConnection] = await Promise.all([
    attr('status'),
    attr('presenter'),
    attr('phase'),
    attr('paused'),
    attr('ends-at'),
    attr('media-connection'),
  ]);
  return {
    status,
    presenter,
    phase,
    paused: paused === null ? null : paused === 'true',
    endsAt: endsAt === null ? null : Number(endsAt),
    mediaConnection,
  };
}

/** The participant list as shown: each person's name (without " (you)") and identity. */
export async function participantsShown(page: Page): Promise<{ name: string; identity: string }[]> {
  const items = page.getByTestId('participant-list').locator('li');
  const out: { name: string; identity: string }[] = [];
  for (const item of await items.all()) {
    const name = (await item.locator('.people__name').innerText()).replace(/ \(you\)$/, '').trim();
    out.push({ name, identity: (await item.getAttribute('data-identity')) ?? '' });
  }
  return out;
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

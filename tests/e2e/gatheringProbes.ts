// What a gathering page shows, read from its DOM as a person (or a screen reader) would.
import type { Page } from 'playwright-core';

/** Where the page says its person is: `plenary` or a room id, and who is there with them. */
export async function placeShown(page: Page): Promise<{ room: string; with: string[] }> {
  const place = page.getByTestId('gathering-place');
  const [room, others] = await Promise.all([
    place.getAttribute('data-room'),
    place.getAttribute('data-with'),
  ]);
  return { room: room ?? '', with: (others ?? '').split(' ').filter(Boolean).sort() };
}

/** Whose video tiles the page's stage holds (its own included), sorted. */
export async function tilesShown(page: Page): Promise<string[]> {
  const ids = await page
    .getByTestId('gathering-stage')
    .locator('[data-testid="stage-tile"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-identity') ?? ''));
  return [...new Set(ids)].sort();
}

/** The LiveKit room the page is connected to, once its media connection is up; '' otherwise. */
export async function mediaRoom(page: Page): Promise<string> {
  const root = page.getByTestId('gathering');
  const [status, room] = await Promise.all([
    root.getAttribute('data-media-status'),
    root.getAttribute('data-media-room'),
  ]);
  return status === 'connected' ? (room ?? '') : '';
}

/** The people list on a host's or helper's page: name → identity. */
export async function peopleShown(page: Page): Promise<Map<string, string>> {
  const rows = page.getByTestId('gathering-person');
  const out = new Map<string, string>();
  for (const row of await rows.all()) {
    const name = (await row.locator('.people__name').innerText()).trim();
    out.set(name, (await row.getAttribute('data-identity')) ?? '');
  }
  return out;
}

/** Waits until this page shows `identity`'s camera as on (their microphone may be either). */
export async function waitForRemoteCamera(
  page: Page,
  identity: string,
  timeoutMs = 30_000,
): Promise<void> {
  await page
    .locator(
      `[data-testid="stage-tile"][data-identity="${identity}"] [data-testid="tile-media"][data-camera="on"]`,
    )
    .first()
    .waitFor({ state: 'attached', timeout: timeoutMs });
}

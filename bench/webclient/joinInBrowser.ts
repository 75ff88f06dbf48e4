import type { Page } from 'playwright-core';

/**
 * Opens a keyed invite link and fills in the join form as a person would (name, camera choice,
 * the confidentiality agreement), leaving the Enter button to the caller. Resolves once the form
 * can be submitted.
 */
export async function fillJoinForm(
  page: Page,
  inviteUrl: string,
  name: string,
  options: { camera: boolean },
): Promise<void> {
  // A fresh load: links to one origin differing only after "#" would not reload the page.
  await page.goto('about:blank');
  await page.goto(inviteUrl);
  await page.getByTestId('join-name').fill(name);
  await page.getByTestId('join-cam').setChecked(options.camera);
  await page.getByTestId('join-accept').check();
  await page.getByTestId('join-submit').waitFor({ state: 'visible' });
}

/** Presses Enter on a filled join form and returns this member's LiveKit identity once in the room. */
export async function enterRoom(page: Page, timeoutMs = 60_000): Promise<string> {
  await page.getByTestId('join-submit').click();
  const room = page.locator('[data-testid="room"][data-identity]');
  await room.waitFor({ state: 'attached', timeout: timeoutMs });
  const identity = await room.getAttribute('data-identity');
  if (!identity) throw new Error('the room shows no identity');
  return identity;
}

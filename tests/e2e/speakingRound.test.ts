import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ServerProcess,
  startAppProcessWithLivekit,
  type AppProcessWithLivekit,
} from '@intervision/testkit';
import {
  launchChromium,
  newPerson,
  screenshot,
  type Person,
  joinSession,
} from '@intervision/testkit/browser';
import { participantsShown, phaseTitle, waitForRemoteMedia } from './pageProbes.js';

/** Whose turn this page shows, or null when it shows no round. */
const speakerShown = async (page: Page): Promise<string | null> =>
  (await page.getByTestId('round').count()) === 0
    ? null
    : page.getByTestId('round').getAttribute('data-speaker');

/**
 * Speaking rounds in real browsers with the production client, the real server and LiveKit: a
 * soft round of three (the turn is guidance, every microphone stays on) and a strict round of
 * three (only the speaker's microphone is on, in every page).
 */
describe('speaking rounds in real browsers', { timeout: 180_000 }, () => {
  let server: ServerProcess;
  let browser: Browser;
  let app: AppProcessWithLivekit;
  const people: Person[] = [];
  let chair: Person;
  let speakers: Person[];
  const ids = new Map<Person, string>();
  const id = (p: Person) => ids.get(p)!;

  async function everyoneSeesSpeaker(speaker: Person | null): Promise<void> {
    for (const p of people) {
      await expect
        .poll(() => speakerShown(p.page), { timeout: 15_000 })
        .toBe(speaker ? id(speaker) : null);
    }
  }

  /** The chair's page hears exactly the speaker's microphone among the round's people. */
  async function onlyMicOn(speaker: Person | null): Promise<void> {
    for (const p of speakers) {
      await waitForRemoteMedia(chair.page, id(p), {
        microphone: !speaker || p === speaker,
        camera: true,
      });
    }
  }

  beforeAll(async () => {
    app = await startAppProcessWithLivekit('rounds');
    ({ server } = app);
    browser = await launchChromium();
    for (const name of ['Chair', 'Presenter', 'Peer A', 'Peer B']) {
      people.push(await newPerson(browser, name, server.url));
    }
    [chair, ...speakers] = people as [Person, ...Person[]];
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('everyone joins and the chair starts the presentation', async () => {
    const page = chair.page;
    await page.goto('/');
    await page.getByTestId('create-title').fill('Rounds');
    await page.getByTestId('create-method').selectOption('intervision');
    await page.getByTestId('create-submit').click();
    const chairUrl = await page.getByTestId('chair-url').inputValue();
    const inviteUrl = await page.getByTestId('invite-url').inputValue();
    await joinSession(chair, chairUrl);
    for (const p of speakers) await joinSession(p, inviteUrl);
    await expect.poll(async () => (await participantsShown(page)).length).toBe(4);
    for (const shown of await participantsShown(page)) {
      const person = people.find((p) => shown.name.startsWith(p.name));
      if (person) ids.set(person, shown.identity);
    }
    await page.getByTestId('presenter-select').selectOption(id(speakers[0]!));
    await page.getByTestId('start').click();
    for (const p of people) {
      await expect.poll(() => phaseTitle(p.page), { timeout: 15_000 }).toBe('Presentation');
    }
  });

  it('a soft round of three: everyone sees the turn, Done and Pass hand it on, skip after the last ends it', async () => {
    const [presenter, a, b] = speakers as [Person, Person, Person];
    await onlyMicOn(null);
    await chair.page.getByTestId('round-start').click();
    await everyoneSeesSpeaker(presenter);
    expect(await presenter.page.getByTestId('round-speaker').innerText()).toBe('Your turn');
    await a.page.getByTestId('round-you-next').waitFor();
    const order = await b.page.getByTestId('round-order').locator('li').allInnerTexts();
    expect(order).toEqual(['Presenter', 'Peer A', 'Peer B (you)']);
    // Soft: the turn is guidance; every microphone stays on.
    await onlyMicOn(null);
    await screenshot(presenter, 'round-soft-your-turn');

    await presenter.page.getByTestId('round-done').click();
    await everyoneSeesSpeaker(a);
    await a.page.getByTestId('round-pass').click();
    await everyoneSeesSpeaker(b);
    await expect
      .poll(() => b.page.getByTestId('round-announcer').innerText(), { timeout: 10_000 })
      .toBe('Round: your turn.');
    await chair.page.getByTestId('round-skip').click();
    await everyoneSeesSpeaker(null);
  });

  it('a strict round of three: only the speaker’s microphone is on, and the turn moves it', async () => {
    const [presenter, a, b] = speakers as [Person, Person, Person];
    await chair.page.getByTestId('round-strict').check();
    await chair.page.getByTestId('round-start').click();
    await everyoneSeesSpeaker(presenter);
    await onlyMicOn(presenter);
    expect(await a.page.getByTestId('toggle-mic').isDisabled()).toBe(true);
    await screenshot(chair, 'round-strict-chair');

    await chair.page.getByTestId('round-skip').click();
    await everyoneSeesSpeaker(a);
    await onlyMicOn(a);

    await a.page.getByTestId('round-done').click();
    await everyoneSeesSpeaker(b);
    await onlyMicOn(b);

    await chair.page.getByTestId('round-end').click();
    await everyoneSeesSpeaker(null);
    // Everyone had their microphone on before the round, so it comes back.
    await onlyMicOn(null);
  });
});

import type { Browser } from 'playwright-core';
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
import { axeViolations, scrollsSideways, type AxeFinding } from './axe.js';
import { phaseTitle, roomState } from './pageProbes.js';

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

/**
 * Every screen and role a person can reach, checked with axe-core (WCAG 2.1 A/AA, any impact), at
 * a chair's 1280×720 and on a 390×844 phone without sideways scrolling, with screenshots of both
 * in tests/artifacts/. Three people (chair, presenter, peer) keep the two cores free enough.
 */
describe('the room is accessible on every screen, for every role', { timeout: 240_000 }, () => {
  let server: ServerProcess;
  let browser: Browser;
  let app: AppProcessWithLivekit;
  let chair: Person;
  let presenter: Person;
  let peer: Person;
  let chairUrl: string;
  let inviteUrl: string;
  /** Findings per screen and person, so one failure shows them all. */
  const findings: Record<string, AxeFinding[]> = {};
  const sideways: Record<string, number> = {};

  /** axe at the desktop size, then the phone size for scrolling and screenshots, then back. */
  async function check(screen: string, people: Person[]): Promise<void> {
    for (const person of people) {
      const label = `${screen}/${person.name}`;
      const found = await axeViolations(person.page);
      if (found.length > 0) findings[label] = found;
      await screenshot(person, `a11y-${screen}-1280x720`);
      await person.page.setViewportSize(PHONE);
      const { scrollWidth, width } = await scrollsSideways(person.page);
      if (scrollWidth > width) sideways[label] = scrollWidth;
      await screenshot(person, `a11y-${screen}-390x844`);
      await person.page.setViewportSize(DESKTOP);
    }
  }

  async function everyoneSees(title: string): Promise<void> {
    for (const p of [chair, presenter, peer])
      await expect.poll(() => phaseTitle(p.page), { timeout: 15_000 }).toBe(title);
  }

  beforeAll(async () => {
    app = await startAppProcessWithLivekit('a11y');
    ({ server } = app);
    browser = await launchChromium();
    chair = await newPerson(browser, 'Chair', server.url);
    presenter = await newPerson(browser, 'Presenter', server.url);
    peer = await newPerson(browser, 'Peer', server.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('home, in English and in Dutch, with <html lang> following the switch', async () => {
    const page = chair.page;
    await page.goto('/');
    await check('home', [chair]);
    await page.getByTestId('language-switch').selectOption('nl');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.getByTestId('create-submit').innerText()).toBe('Bijeenkomst aanmaken');
    await check('home-nl', [chair]);
    // Remembered across a reload, then back to English for the rest of the suite.
    await page.reload();
    expect(await page.getByTestId('create-submit').innerText()).toBe('Bijeenkomst aanmaken');
    await page.getByTestId('language-switch').selectOption('en');
  });

  it('the links page, which survives a reload', async () => {
    const page = chair.page;
    await page.getByTestId('create-title').fill('Accessible group');
    await page.getByTestId('create-auto-advance').uncheck();
    await page.getByTestId('create-submit').click();
    chairUrl = await page.getByTestId('chair-url').inputValue();
    inviteUrl = await page.getByTestId('invite-url').inputValue();
    await check('links', [chair]);
    await page.reload();
    expect(await page.getByTestId('chair-url').inputValue()).toBe(chairUrl);
    expect(await page.getByTestId('invitation-text').inputValue()).toContain(inviteUrl);
  });

  it('the join page with the camera and microphone chooser showing the devices in use', async () => {
    const page = chair.page;
    await page.goto(chairUrl);
    const camera = page.getByTestId('device-videoinput');
    await camera.waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByTestId('device-audioinput').waitFor({ state: 'visible' });
    expect(await camera.inputValue()).not.toBe('');
    await check('join', [chair]);
    await page.getByTestId('join-name').fill(chair.name);
    await page.getByTestId('join-accept').check();
    await page.getByTestId('join-submit').click();
    await page.getByTestId('phase-title').waitFor({ timeout: 30_000 });
    // Arriving in the room moves focus to its heading.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('room-heading');
  });

  it('the lobby for chair, presenter and peer', async () => {
    await joinSession(presenter, inviteUrl);
    await joinSession(peer, inviteUrl);
    await expect
      .poll(async () => (await roomState(chair.page)).status, { timeout: 15_000 })
      .toBe('lobby');
    await check('lobby', [chair, presenter, peer]);
  });

  it('every phase for chair, presenter and peer, with hands beside the chair’s buttons', async () => {
    const presenterId = await presenter.page.getByTestId('room').getAttribute('data-identity');
    await chair.page.getByTestId('presenter-select').selectOption(presenterId!);
    await expect.poll(async () => (await roomState(chair.page)).presenter).toBe(presenterId);
    await chair.page.getByTestId('start').click();
    await everyoneSees('Presentation');

    // A raised hand shows beside Next, within the chair's 1280×720 screen, and on the tile.
    await peer.page.getByTestId('hand-raise').click();
    const summary = chair.page.getByTestId('hands-summary');
    await expect.poll(() => summary.getAttribute('data-count')).toBe('1');
    const box = await summary.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(DESKTOP.height);
    await chair.page.getByTestId('tile-hand').waitFor({ state: 'visible' });
    // The presenter sees the group, not their own face, as the big picture.
    expect(await presenter.page.locator('.stage__focus').count()).toBe(0);

    const titles = [
      'Presentation',
      'Muted reflection',
      'Presenter response',
      'Second round',
      'Closing',
    ];
    for (const [i, title] of titles.entries()) {
      if (i > 0) {
        await chair.page.getByTestId('next').click();
        await everyoneSees(title);
      }
      if (i === 1) {
        // The hand raised in the presentation came down with the phase change.
        await expect.poll(() => summary.getAttribute('data-count')).toBe('0');
        await presenter.page.getByTestId('private-notes').fill('Ask about the sister');
      }
      if (i === 2) {
        // The notes written while listening are still there in the response.
        expect(await presenter.page.getByTestId('private-notes').inputValue()).toBe(
          'Ask about the sister',
        );
      }
      await check(`phase${i + 1}`, [chair, presenter, peer]);
    }
  });

  it('the end for chair, presenter and peer; the presenter can still read their notes', async () => {
    await chair.page.getByTestId('end').click();
    await chair.page.getByTestId('end-confirm').click();
    for (const p of [chair, presenter, peer])
      await expect
        .poll(async () => (await roomState(p.page)).status, { timeout: 15_000 })
        .toBe('ended');
    expect(await presenter.page.getByTestId('saved-notes').innerText()).toContain(
      'Ask about the sister',
    );
    await check('ended', [chair, presenter, peer]);
  });

  it('the group screens: create, links, the facilitator’s page, enrolment and the member’s page', async () => {
    const page = chair.page;
    await page.goto('/groups/new');
    await page.getByTestId('group-repeat-dates').check();
    await check('group-create', [chair]);
    await page.getByTestId('group-title').fill('Accessible group');
    await page.getByTestId('group-repeat-monthly').check();
    await page.getByTestId('group-submit').click();
    const enrolUrl = await page.getByTestId('group-enrol-url').inputValue();
    await check('group-created', [chair]);
    await page.getByTestId('group-open-page').click();
    await page.getByTestId('group-facilitator-page').waitFor();
    await page.getByTestId('group-add-member-name').fill('Added by name');
    await page.getByTestId('group-add-member').click();
    await page.getByTestId('group-member-link').waitFor();
    await check('group-facilitator', [chair]);
    await peer.page.goto(enrolUrl);
    await peer.page.getByTestId('group-enrol-name').waitFor();
    await check('group-enrol', [peer]);
    await peer.page.getByTestId('group-enrol-name').fill(peer.name);
    await peer.page.getByTestId('group-enrol-submit').click();
    await peer.page.getByTestId('group-go').click();
    await peer.page.getByTestId('group-member-page').waitFor();
    await check('group-member', [peer]);
  });

  it('found no axe violation and no sideways scrolling anywhere', () => {
    expect(findings).toEqual({});
    expect(sideways).toEqual({});
  });
});

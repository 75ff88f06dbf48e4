import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ServerProcess,
  startAppProcessWithLivekit,
  type AppProcessWithLivekit,
} from '@intervision/testkit';
import { launchChromium, newPerson, screenshot, type Person } from '@intervision/testkit/browser';
import { participantsShown, phaseTitle } from './pageProbes.js';

/** The member's id, as their browser keeps it for the group (`/g/:id` without a fragment uses it). */
async function storedMemberId(person: Person, groupId: string): Promise<string> {
  const raw = await person.page.evaluate(
    (key) => localStorage.getItem(key),
    `intervision:group:${groupId}`,
  );
  return (JSON.parse(raw ?? '{}') as { memberId?: string }).memberId ?? '';
}

/**
 * A group through the production client and the real server, LiveKit and Chromium: the facilitator
 * creates it, a member enrols by the enrolment link and brings a case, the facilitator opens the
 * meeting, and the member enters it from their personal link as the same person, no name typed.
 */
describe('a group in real browsers', { timeout: 180_000 }, () => {
  let server: ServerProcess;
  let browser: Browser;
  let app: AppProcessWithLivekit;
  let facilitator: Person;
  let member: Person;
  let groupId: string;
  let facilitatorUrl: string;
  let enrolUrl: string;
  let personalUrl: string;

  beforeAll(async () => {
    app = await startAppProcessWithLivekit('groups');
    ({ server } = app);
    browser = await launchChromium();
    facilitator = await newPerson(browser, 'Fay', server.url);
    member = await newPerson(browser, 'Ann', server.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the facilitator creates a monthly group from the home page and gets both links keyed', async () => {
    const page = facilitator.page;
    await page.goto('/');
    await page.getByTestId('new-group').click();
    await page.getByTestId('group-title').fill('North reflective practice');
    await page.getByTestId('group-facilitator-name').fill('Fay');
    await page.getByTestId('create-method').selectOption('intervision');
    await page.getByTestId('group-repeat-monthly').check();
    await page.getByTestId('group-submit').click();
    facilitatorUrl = await page.getByTestId('group-facilitator-url').inputValue();
    enrolUrl = await page.getByTestId('group-enrol-url').inputValue();
    const key = /\/g\/([\w-]+)#k=[\w-]+&e=([\w-]{43})$/.exec(facilitatorUrl);
    expect(key).not.toBeNull();
    groupId = key![1]!;
    expect(enrolUrl).toMatch(new RegExp(`/g/${groupId}/enrol#k=[\\w-]+&e=${key![2]}$`));
    await page.getByTestId('group-open-page').click();
    await page.getByTestId('group-facilitator-page').waitFor();
    // The secret left the address bar once the page was entered.
    expect(new URL(page.url()).hash).toBe('');
    await screenshot(facilitator, 'groups-0-created');
  });

  it('a member enrols with their name once and keeps a personal link with the media key', async () => {
    const page = member.page;
    await page.goto(enrolUrl);
    await page.getByTestId('group-enrol-name').fill('Ann');
    await page.getByTestId('group-enrol-submit').click();
    personalUrl = await page.getByTestId('group-personal-url').inputValue();
    expect(personalUrl).toMatch(new RegExp(`/g/${groupId}#k=[\\w-]+&e=[\\w-]{43}$`));
    expect(personalUrl.split('&e=')[1]).toBe(enrolUrl.split('&e=')[1]);
    await page.getByTestId('group-go').click();
    await page.getByTestId('group-member-page').waitFor();
    expect(await page.getByTestId('group-next-line').innerText()).toMatch(
      /^Next meeting: .+ — the room opens at .+\.$/,
    );
  });

  it('the member accepts the agreement and brings a case; the facilitator sees it and the suggestion', async () => {
    const page = member.page;
    await page.getByTestId('group-agreement-check').check();
    await page.getByTestId('group-agreement-accept').click();
    await page.getByTestId('group-agreement-accepted').waitFor();
    await page.getByTestId('group-case-title').fill('A family I lost touch with');
    await page.getByTestId('group-case-question').fill('How do I keep the door open?');
    await page.getByTestId('group-case-submit').click();
    await expect
      .poll(() => page.getByTestId('group-case').innerText())
      .toContain('A family I lost touch with');
    await screenshot(member, 'groups-1-member-page');

    await facilitator.page.reload();
    await facilitator.page.getByTestId('group-facilitator-page').waitFor();
    expect(await facilitator.page.getByTestId('group-case').innerText()).toContain(
      'How do I keep the door open?',
    );
    expect(await facilitator.page.getByTestId('group-suggested-presenter').innerText()).toContain(
      'Ann',
    );
  });

  it('the facilitator opens the meeting now and enters it as chair', async () => {
    const page = facilitator.page;
    await page.getByTestId('group-open-now').click();
    await page.getByTestId('group-enter-meeting').click();
    await page.getByTestId('phase-title').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('room').getAttribute('data-role')).toBe('chair');
    expect(new URL(page.url()).pathname).toMatch(/^\/s\/[\w-]+$/);
  });

  it('the member enters from their personal link as the same person, with no name to type', async () => {
    const page = member.page;
    await page.goto(personalUrl);
    await page.getByTestId('group-enter-meeting').click();
    await page.getByTestId('phase-title').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('join-name').count()).toBe(0);
    const memberId = await storedMemberId(member, groupId);
    expect(memberId).not.toBe('');
    expect(await page.getByTestId('room').getAttribute('data-identity')).toBe(memberId);

    // Both are in the room, each seen by the other.
    await expect
      .poll(async () => (await participantsShown(facilitator.page)).map((p) => p.identity))
      .toContain(memberId);
    // The facilitator is the chair, named as they gave their name when creating the group.
    const chairId = await facilitator.page.getByTestId('room').getAttribute('data-identity');
    await expect
      .poll(async () => (await participantsShown(page)).map((p) => p.identity).sort())
      .toEqual([memberId, chairId].sort());
    const chair = (await participantsShown(page)).find((p) => p.identity === chairId);
    expect(chair?.name).toBe('Fay');
    expect(await phaseTitle(page)).toBe(await phaseTitle(facilitator.page));
    await screenshot(member, 'groups-2-in-the-room');
  });

  it('logged no errors in either browser', () => {
    expect([...facilitator.errors, ...member.errors]).toEqual([]);
  });
});

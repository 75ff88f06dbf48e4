import { RoomServiceClient } from 'livekit-server-sdk';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RunningLivekit,
  type ServerProcess,
  startAppProcessWithLivekit,
  type AppProcessWithLivekit,
} from '@intervision/testkit';
import { launchChromium, newPerson, screenshot, type Person } from '@intervision/testkit/browser';
import { waitForDecodedRemoteVideo } from './decodedVideo.js';
import { capturesOf, recordCaptures } from './deviceCaptures.js';
import { newMediaKey } from './keyedLinks.js';

/** `livekit.Encryption.Type.NONE`; the SDK does not re-export the protocol's enum. */
const ENCRYPTION_NONE = 0;

/**
 * Media is end-to-end encrypted with a key only the links carry: the real LiveKit server sees
 * every track as encrypted, the members' browsers still show each other, and a page with a wrong
 * key or no key says so in plain words. Three Chromium people, to spare the machine's two cores.
 */
describe('end-to-end encrypted media in real browsers', { timeout: 180_000 }, () => {
  let livekit: RunningLivekit;
  let roomService: RoomServiceClient;
  let server: ServerProcess;
  let browser: Browser;
  let app: AppProcessWithLivekit;
  let chair: Person;
  let peer: Person;
  let stranger: Person;
  let sessionId: string;
  let chairUrl: string;
  let inviteUrl: string;

  /** A fresh page load: links to one session differ only after "#", which alone would not reload. */
  async function open(person: Person, url: string): Promise<void> {
    await person.page.goto('about:blank');
    await person.page.goto(url);
  }

  async function enter(person: Person, url: string): Promise<void> {
    await open(person, url);
    await person.page.getByTestId('join-name').fill(person.name);
    await person.page.getByTestId('join-accept').check();
    await person.page.getByTestId('join-submit').click();
    await person.page.getByTestId('phase-title').waitFor({ timeout: 30_000 });
  }

  beforeAll(async () => {
    app = await startAppProcessWithLivekit('e2ee');
    ({ server, livekit } = app);
    roomService = new RoomServiceClient(livekit.url, livekit.apiKey, livekit.apiSecret);
    browser = await launchChromium();
    chair = await newPerson(browser, 'Chair', server.url);
    peer = await newPerson(browser, 'Peer', server.url);
    await recordCaptures(peer.context);
    stranger = await newPerson(browser, 'Stranger', server.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the create page adds one media key to both links, and joining clears the address bar', async () => {
    await chair.page.goto('/');
    await chair.page.getByTestId('create-title').fill('Encrypted intervision');
    await chair.page.getByTestId('create-submit').click();
    chairUrl = await chair.page.getByTestId('chair-url').inputValue();
    inviteUrl = await chair.page.getByTestId('invite-url').inputValue();
    const chairKey = /#k=[\w-]+&e=([\w-]{43})$/.exec(chairUrl)?.[1];
    expect(chairKey).toBeDefined();
    expect(inviteUrl).toMatch(new RegExp(`#k=[\\w-]+&e=${chairKey}$`));
    sessionId = new URL(chairUrl).pathname.split('/')[2]!;

    await enter(chair, chairUrl);
    await enter(peer, inviteUrl);
    for (const p of [chair, peer]) {
      expect(p.page.url()).toBe(`${server.url}/s/${sessionId}`);
      expect(await p.page.evaluate(() => window.location.hash)).toBe('');
    }
  });

  it('every track the real LiveKit server lists for the room is encrypted', async () => {
    // Camera and microphone for both members: four tracks once everyone has published.
    await expect
      .poll(
        async () => (await roomService.listParticipants(sessionId)).flatMap((p) => p.tracks).length,
        { timeout: 30_000, interval: 250 },
      )
      .toBe(4);
    const participants = await roomService.listParticipants(sessionId);
    expect(participants).toHaveLength(2);
    for (const p of participants) {
      for (const track of p.tracks) {
        expect(track.encryption, `${p.name} ${track.source}`).not.toBe(ENCRYPTION_NONE);
      }
    }
  });

  it("the members' pages still decode each other's video", async () => {
    await waitForDecodedRemoteVideo(chair.page, 1);
    await waitForDecodedRemoteVideo(peer.page, 1);
    await screenshot(peer, 'e2ee-decoded');
    expect([...chair.errors, ...peer.errors]).toEqual([]);
  });

  it("the room publishes the join preview's own camera: it was opened once, and still runs", async () => {
    // The peer's camera is published (the four tracks above) and the chair decodes it.
    const captures = await capturesOf(peer.page);
    const cameras = captures.filter((c) => c.video > 0);
    expect(cameras, JSON.stringify(captures)).toHaveLength(1);
    expect(cameras[0]!.live.every(Boolean)).toBe(true);
  });

  it('a link without its media key, or with a malformed one, says the link is incomplete', async () => {
    const withoutKey = inviteUrl.replace(/&e=[\w-]+$/, '');
    for (const url of [withoutKey, `${withoutKey}&e=short`]) {
      await open(stranger, url);
      const message = stranger.page.getByTestId('error-message');
      await message.waitFor({ state: 'visible' });
      expect(await message.getAttribute('data-problem')).toBe('no_media_key');
      expect(await message.innerText()).toMatch(/incomplete.*ask the chair for the full link/is);
      expect(await stranger.page.getByTestId('join-submit').count()).toBe(0);
    }
  });

  it('a page opened with a wrong key shows a calm message instead of the video', async () => {
    const wrongKeyUrl = inviteUrl.replace(/&e=[\w-]+$/, `&e=${newMediaKey()}`);
    await enter(stranger, wrongKeyUrl);
    const notice = stranger.page.getByTestId('undecryptable');
    await expect
      .poll(() => notice.innerText().catch(() => ''), { timeout: 30_000 })
      .toMatch(/can.t show Chair.s video: your link may be out of date.*ask the chair/is);
    await expect
      .poll(() => notice.innerText().catch(() => ''), { timeout: 30_000 })
      .toMatch(/can.t show Peer.s video/);
    // On the tiles themselves too, in place of black video.
    const tiles = stranger.page.getByTestId('undecryptable-tile');
    await expect.poll(() => tiles.count(), { timeout: 30_000 }).toBe(2);
    expect((await tiles.allInnerTexts()).join('\n')).toMatch(
      /Chair.s video[\s\S]*Peer.s video|Peer.s video[\s\S]*Chair.s video/,
    );
    // The members see the same about the stranger, and still see each other.
    await expect
      .poll(
        () =>
          chair.page
            .getByTestId('undecryptable')
            .innerText()
            .catch(() => ''),
        {
          timeout: 30_000,
        },
      )
      .toMatch(/can.t show Stranger.s video/);
    expect(await chair.page.getByTestId('undecryptable').innerText()).not.toMatch(/Peer/);
    await waitForDecodedRemoteVideo(chair.page, 1);
    await screenshot(stranger, 'e2ee-wrong-key');
  });
});

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@intervision/scripts/repoRoot';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Screenshots land here (git-ignored). */
export const artifactsDir = join(repoRoot, 'tests', 'artifacts');

/**
 * Flags for WebRTC on loopback only: fake camera and microphone, no prompts, no background
 * traffic to Google's services (the machine's network is closed), no QUIC.
 */
const CHROMIUM_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  '--autoplay-policy=no-user-gesture-required',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error("No Chromium: install Debian's `chromium` or set CHROMIUM_PATH.");
  return found;
}

/** `extraArgs` add to the loopback WebRTC flags (e.g. a file for the fake microphone to play). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** One person: an isolated browser context with camera and microphone allowed. */
export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

export async function newPerson(browser: Browser, name: string, baseUrl: string): Promise<Person> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    permissions: ['camera', 'microphone'],
    baseURL: baseUrl,
  });
  // The machine has two cores for five browsers, LiveKit and the server: be patient.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${name}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${name}: ${err.message}`));
  return { name, context, page, errors };
}

export async function screenshot(person: Person, label: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = join(artifactsDir, `${label}-${person.name.replace(/\W+/g, '-').toLowerCase()}.png`);
  await person.page.screenshot({ path: file });
}

/**
 * Opens a session link and joins as `person` the way a person does: name, the agreement, Enter;
 * resolves once the room shows its phase.
 */
export async function joinSession(person: Person, url: string, timeoutMs = 30_000): Promise<void> {
  await person.page.goto(url);
  await person.page.getByTestId('join-name').fill(person.name);
  await person.page.getByTestId('join-accept').check();
  await person.page.getByTestId('join-submit').click();
  await person.page.getByTestId('phase-title').waitFor({ timeout: timeoutMs });
}

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'tests',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Real browsers and servers: a page's side panel, for one, follows its first remote picture
    // (up to 1.5 s after the room shows), so a poll waits longer than vitest's default second.
    expect: { poll: { timeout: 10_000 } },
    // One real livekit-server for the run; files read its address with inject('livekit').
    globalSetup: ['./livekitGlobalSetup.ts'],
  },
});

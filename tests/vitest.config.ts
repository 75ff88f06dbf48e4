import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'tests',
    include: ['**/*.test.ts'],
    // `npm test` runs the browser suite on its own, after the others, so browsers and LiveKit do
    // not compete for cores (scripts/test.mjs); a command-line --exclude does not reach a project.
    exclude: [
      '**/node_modules/**',
      ...(process.env.INTERVISION_WITHOUT_BROWSERS === '1' ? ['e2e/**'] : []),
    ],
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

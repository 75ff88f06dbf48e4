import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'tests',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One real livekit-server for the run; files read its address with inject('livekit').
    globalSetup: ['./livekitGlobalSetup.ts'],
  },
});

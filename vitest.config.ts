import { defineConfig } from 'vitest/config';

// One `vitest run` at the root runs every project; `tests/` holds the suites that start real
// processes (server, LiveKit, Chromium), so they get longer timeouts and run one file at a time.
export default defineConfig({
  test: {
    projects: ['shared', 'server', 'client', 'tests'],
  },
});

// The tests project's Vitest globalSetup: one real livekit-server for the run (see testkit).
export { default } from '@intervision/testkit/vitest';

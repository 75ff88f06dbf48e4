import { fileURLToPath } from 'node:url';

/**
 * Where `npm start`, `npm test` and the tests' setup build the speaker-listener sidecar (see
 * scripts/speakerListener): `.tools/bin` of this checkout. `SPEAKER_LISTENER_BIN` overrides it.
 */
export const defaultSpeakerListenerBin = fileURLToPath(
  new URL('../../../.tools/bin/speaker-listener', import.meta.url),
);

// Builds the airtime sidecar (tools/speaker-listener, Go) into .tools/bin when it is missing or
// older than its sources, or says exactly what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../repoRoot.js';

/** The sidecar's Go module. */
export const speakerListenerSources = join(repoRoot, 'tools', 'speaker-listener');

/** Git-ignored, like the LiveKit binary: a build never ends up in a commit. */
export const speakerListenerBin = join(repoRoot, '.tools', 'bin', 'speaker-listener');

export interface EnsureSpeakerListenerOptions {
  env?: NodeJS.ProcessEnv;
  /** Progress lines; stderr by default. */
  log?: (line: string) => void;
}

/** The newest modification time of the module's Go sources, go.mod and go.sum. */
function sourcesMtime(): number {
  return readdirSync(speakerListenerSources)
    .filter(
      (f) => (f.endsWith('.go') && !f.endsWith('_test.go')) || f === 'go.mod' || f === 'go.sum',
    )
    .reduce((newest, f) => Math.max(newest, statSync(join(speakerListenerSources, f)).mtimeMs), 0);
}

/**
 * The path of the speaker-listener binary: `SPEAKER_LISTENER_BIN` when set (it must exist), else
 * `.tools/bin/speaker-listener`, built with `GOTOOLCHAIN=local go build` when missing or older
 * than its sources. Throws an Error saying how to get Go when it has to build and cannot.
 */
export function ensureSpeakerListener(options: EnsureSpeakerListenerOptions = {}): string {
  const env = options.env ?? process.env;
  const log =
    options.log ?? ((line: string) => process.stderr.write(`[speaker-listener] ${line}\n`));
  if (env.SPEAKER_LISTENER_BIN) {
    if (!existsSync(env.SPEAKER_LISTENER_BIN)) {
      throw new Error(
        `SPEAKER_LISTENER_BIN points at ${env.SPEAKER_LISTENER_BIN}, which does not exist.`,
      );
    }
    return env.SPEAKER_LISTENER_BIN;
  }
  if (existsSync(speakerListenerBin) && statSync(speakerListenerBin).mtimeMs >= sourcesMtime())
    return speakerListenerBin;
  if (spawnSync('go', ['version'], { env, encoding: 'utf8' }).status !== 0)
    throw new Error(notFoundMessage());
  log('building the airtime listener (tools/speaker-listener) with go build');
  mkdirSync(join(repoRoot, '.tools', 'bin'), { recursive: true });
  // GOTOOLCHAIN=local: use the Go that is installed instead of downloading another toolchain.
  const result = spawnSync('go', ['build', '-trimpath', '-o', speakerListenerBin, '.'], {
    cwd: speakerListenerSources,
    env: { ...env, GOTOOLCHAIN: 'local' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0)
    throw new Error(`go build of tools/speaker-listener failed.\n${notFoundMessage()}`);
  log(`built ${speakerListenerBin}`);
  return speakerListenerBin;
}

function notFoundMessage(): string {
  return [
    'The airtime listener (tools/speaker-listener) is not built and Go is needed to build it:',
    '  - install Go 1.26 or newer (https://go.dev/dl/, or your system packages) and run this again;',
    '    it builds .tools/bin/speaker-listener, fetching its modules from the Go module proxy',
    '  - or build it elsewhere (cd tools/speaker-listener && go build) and set SPEAKER_LISTENER_BIN=/path/to/it',
  ].join('\n');
}

// Finds the pinned livekit-server, or builds it with Go, or says exactly how to get it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../repoRoot.js';

/** The LiveKit server version every part of the project is tested against. */
export const LIVEKIT_VERSION = '1.13.5';

/** Git-ignored: a built binary never ends up in a commit. */
const toolsBin = join(repoRoot, '.tools', 'bin', 'livekit-server');

export interface EnsureOptions {
  env?: NodeJS.ProcessEnv;
  /** Progress lines (building takes minutes the first time); stderr by default. */
  log?: (line: string) => void;
}

/**
 * The path of a livekit-server v1.13.5 binary: `LIVEKIT_SERVER_BIN`, else `livekit-server` on PATH
 * when it is that version, else `.tools/bin/livekit-server`, else one built there with `go install`.
 * Throws an Error that names the official ways to install it when none of these works.
 */
export function ensureLivekit(options: EnsureOptions = {}): string {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => process.stderr.write(`[livekit] ${line}\n`));
  if (env.LIVEKIT_SERVER_BIN) {
    if (!existsSync(env.LIVEKIT_SERVER_BIN)) {
      throw new Error(
        `LIVEKIT_SERVER_BIN points at ${env.LIVEKIT_SERVER_BIN}, which does not exist.`,
      );
    }
    return env.LIVEKIT_SERVER_BIN;
  }
  if (versionOf('livekit-server', env) === LIVEKIT_VERSION) return 'livekit-server';
  if (existsSync(toolsBin) && versionOf(toolsBin, env) === LIVEKIT_VERSION) return toolsBin;
  if (hasGo(env)) return buildWithGo(env, log);
  throw new Error(notFoundMessage());
}

/** The version `bin --version` reports, or null when it cannot be run. */
function versionOf(bin: string, env: NodeJS.ProcessEnv): string | null {
  const result = spawnSync(bin, ['--version'], { env, encoding: 'utf8', timeout: 10_000 });
  if (result.error || result.status !== 0) return null;
  return /version\s+v?(\S+)/.exec(result.stdout)?.[1] ?? null;
}

function hasGo(env: NodeJS.ProcessEnv): boolean {
  return spawnSync('go', ['version'], { env, encoding: 'utf8' }).status === 0;
}

function buildWithGo(env: NodeJS.ProcessEnv, log: (line: string) => void): string {
  log(
    `building livekit-server v${LIVEKIT_VERSION} with go install (several minutes the first time)`,
  );
  const gobin = join(repoRoot, '.tools', 'gobin');
  // GOTOOLCHAIN=local: use the Go that is installed instead of downloading another toolchain.
  const result = spawnSync(
    'go',
    ['install', `github.com/livekit/livekit-server/cmd/server@v${LIVEKIT_VERSION}`],
    {
      env: { ...env, GOTOOLCHAIN: 'local', GOBIN: gobin },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `go install of livekit-server v${LIVEKIT_VERSION} failed.\n${notFoundMessage()}`,
    );
  }
  mkdirSync(join(repoRoot, '.tools', 'bin'), { recursive: true });
  // The module's command is called `server`; everything else looks for `livekit-server`.
  copyFileSync(join(gobin, 'server'), toolsBin);
  chmodSync(toolsBin, 0o755);
  log(`built ${toolsBin}`);
  return toolsBin;
}

function notFoundMessage(): string {
  return [
    `livekit-server v${LIVEKIT_VERSION} was not found and Go is not installed to build it. Any one of these works:`,
    "  - the install script from LiveKit's docs: curl -sSL https://get.livekit.io | bash",
    '  - macOS: brew install livekit',
    `  - a release binary from https://github.com/livekit/livekit/releases/tag/v${LIVEKIT_VERSION}, then set LIVEKIT_SERVER_BIN=/path/to/livekit-server`,
    '  - install Go (https://go.dev/dl/) and run this again: it builds the pinned version into .tools/',
    '  - or use LiveKit Cloud or a self-hosted server: set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET',
  ].join('\n');
}

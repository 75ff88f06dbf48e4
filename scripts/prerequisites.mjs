// Gets what `npm start` and `npm test` need on a bare machine, or says exactly what to install.
// Plain Node (no TypeScript, no dependencies): it runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

export function log(message) {
  process.stderr.write(`[intervision] ${message}\n`);
}

export function fail(message) {
  log(message);
  process.exit(1);
}

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit', ...options });
  if (result.error) fail(`could not run ${cmd}: ${result.error.message}`);
  if (result.status !== 0) fail(`${cmd} ${args.join(' ')} failed with exit code ${result.status}`);
}

function newestMtime(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** npm packages: installs from the lockfile when node_modules is missing or older than it. */
export function ensureNodeModules() {
  const marker = join(repoRoot, 'node_modules', '.package-lock.json');
  const lock = join(repoRoot, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing npm packages (npm ci)…');
  // better-sqlite3 compiles from source where its prebuilt binary cannot be downloaded;
  // node-gyp then needs the Node headers, which Debian's nodejs ships under /usr/include/node.
  const env = { ...process.env };
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h'))
    env.npm_config_nodedir = '/usr';
  run('npm', ['ci', '--no-audit', '--no-fund'], { env });
}

/** The production client build, rebuilt when its sources or the shared contract changed. */
export function ensureClientBuild() {
  const index = join(repoRoot, 'client', 'dist', 'index.html');
  const sources = Math.max(
    newestMtime(join(repoRoot, 'client')),
    newestMtime(join(repoRoot, 'shared')),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  log('building the web client…');
  run('npm', ['run', 'build', '-w', 'client']);
}

/** The pinned LiveKit server (found, or built with Go); prints its path. */
export function ensureLivekitBinary() {
  if (process.env.LIVEKIT_URL) return null;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/livekit/cli.ts', 'ensure'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status !== 0) process.exit(1);
  return result.stdout.toString().trim();
}

/**
 * The airtime sidecar (tools/speaker-listener, built with Go when missing or older than its
 * sources); returns its path. Needed whenever LiveKit is, also a LiveKit elsewhere (LIVEKIT_URL).
 * With `optional` (npm start) a sidecar that cannot be had is not a reason to stop: the app runs
 * without airtime figures and says so; the tests need it and stop.
 */
export function ensureSpeakerListenerBinary({ optional = false } = {}) {
  if (process.env.SPEAKER_LISTENER_BIN === 'off') return 'off';
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/speakerListener/cli.ts', 'ensure'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status === 0) return result.stdout.toString().trim();
  if (!optional) process.exit(1);
  log('starting without airtime figures (SPEAKER_LISTENER_BIN=off); everything else works.');
  return 'off';
}

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Chromium for the browser suite: Debian's package where we may install it, else a clear stop. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    log('installing Chromium from Debian packages (apt-get install chromium)…');
    run('apt-get', ['update'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    run('apt-get', ['install', '-y', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  fail(
    'No Chromium found for the browser suite. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
  return null;
}

const POSTGRES_BIN_CANDIDATES = ['/usr/lib/postgresql/15/bin'];

/** The directory of `initdb` and `pg_ctl`: Debian's versioned one, else `pg_config --bindir`. */
export function findPostgresBin() {
  const versioned = POSTGRES_BIN_CANDIDATES.find((d) => existsSync(join(d, 'initdb')));
  if (versioned) return versioned;
  const result = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = result.status === 0 ? result.stdout.trim() : '';
  return dir && existsSync(join(dir, 'initdb')) ? dir : null;
}

/**
 * PostgreSQL for the store's suites (each test starts its own server in a temp dir): Debian's
 * package where we may install it, else a clear stop.
 */
export function ensurePostgres() {
  const found = findPostgresBin();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log('installing PostgreSQL from Debian packages (apt-get install postgresql)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', 'postgresql'], { env });
    const installed = findPostgresBin();
    if (installed) return installed;
  }
  fail(
    'No PostgreSQL found for the store suites (initdb, pg_ctl). Install it (Debian/Ubuntu: ' +
      '`sudo apt-get install postgresql`) or put its bin directory where `pg_config --bindir` says.',
  );
  return null;
}

const REDIS_CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];

export function findRedisServer() {
  if (process.env.REDIS_SERVER_BIN) return process.env.REDIS_SERVER_BIN;
  return REDIS_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** redis-server for the cluster suites: Debian's package where we may install it, else a clear stop. */
export function ensureRedisServer() {
  const found = findRedisServer();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log('installing redis-server from Debian packages (apt-get install redis-server)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server'], { env });
    const installed = findRedisServer();
    if (installed) return installed;
  }
  fail(
    'No redis-server found for the cluster suites. Install it (Debian/Ubuntu: `sudo apt-get install redis-server`) ' +
      'or point REDIS_SERVER_BIN at a redis-server binary.',
  );
  return null;
}

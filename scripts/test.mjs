// `npm test`: gets every prerequisite (packages, LiveKit, Chromium, PostgreSQL, the client build), then runs
// every suite with Vitest — inside fresh network namespaces where the runner may create them.
// `--e2e` runs only the browser suite; `npm test -- <files or filters>` runs just those (in a namespace
// with the internal link, so rtc-node and browser suites both work), without the lint step.
import { spawnSync } from 'node:child_process';
import { runInIsolatedNamespace } from './isolatedNetwork.mjs';
import {
  ensureChromium,
  ensureClientBuild,
  ensureLivekitBinary,
  ensureNodeModules,
  ensurePostgres,
  ensureRedisServer,
  ensureSpeakerListenerBinary,
  repoRoot,
} from './prerequisites.mjs';

const e2eOnly = process.argv.includes('--e2e');
const selected = process.argv.slice(2).filter((a) => a !== '--e2e');
ensureNodeModules();
ensureClientBuild();
const livekitBin = ensureLivekitBinary();
const speakerListenerBin = ensureSpeakerListenerBinary();
const chromium = ensureChromium();
ensurePostgres();
const redisServer = ensureRedisServer();

// Formatting, lint and types first: a drifted tree fails fast, before any server starts.
for (const check of selected.length > 0 ? [] : ['lint', 'typecheck']) {
  const result = spawnSync('npm', ['run', check], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    const hint = check === 'lint' ? ' (`npm run lint:fix` formats the tree)' : '';
    process.stderr.write(`[intervision] npm run ${check} failed${hint}.\n`);
    process.exit(result.status ?? 1);
  }
}

const env = {
  ...process.env,
  CHROMIUM_PATH: chromium,
  REDIS_SERVER_BIN: redisServer,
  SPEAKER_LISTENER_BIN: speakerListenerBin,
};
if (livekitBin) env.LIVEKIT_SERVER_BIN = livekitBin;
const options = { cwd: repoRoot, stdio: 'inherit', env };
const vitest = (args, netns = {}, extraEnv = {}) => {
  const opts = { ...options, env: { ...env, ...extraEnv } };
  return (
    (
      runInIsolatedNamespace('npx', ['vitest', 'run', ...args], opts, netns) ??
      spawnSync('npx', ['vitest', 'run', ...args], opts)
    ).status ?? 1
  );
};

// Fast unit and component suites first; then the suites with real LiveKit and rtc-node
// participants; then the browser suite alone, so browsers and LiveKit do not compete for cores.
const browserSuite = () => vitest(['--project', 'tests', 'tests/e2e']);
const status =
  selected.length > 0
    ? vitest(selected, { internalLink: true })
    : e2eOnly
      ? browserSuite()
      : vitest(['--project', 'shared', '--project', 'server', '--project', 'client']) ||
        // Everything in tests/ but the browser suite (tests/vitest.config.ts reads the flag).
        vitest(
          ['--project', 'tests'],
          { internalLink: true },
          { INTERVISION_WITHOUT_BROWSERS: '1' },
        ) ||
        browserSuite();
process.exit(status);

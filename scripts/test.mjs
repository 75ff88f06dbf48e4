// `npm test`: gets every prerequisite (packages, LiveKit, Chromium, the client build), then runs
// every suite with Vitest — inside a loopback-only network namespace where the runner may create
// one. `--e2e` runs only the browser suite.
import { spawnSync } from 'node:child_process';
import { runInLoopbackNamespace } from './isolatedNetwork.mjs';
import {
  ensureChromium,
  ensureClientBuild,
  ensureLivekitBinary,
  ensureNodeModules,
  repoRoot,
} from './prerequisites.mjs';

const e2eOnly = process.argv.includes('--e2e');
ensureNodeModules();
ensureClientBuild();
const livekitBin = ensureLivekitBinary();
const chromium = ensureChromium();

const env = { ...process.env, CHROMIUM_PATH: chromium };
if (livekitBin) env.LIVEKIT_SERVER_BIN = livekitBin;
const options = { cwd: repoRoot, stdio: 'inherit', env };
const vitest = (args) =>
  (runInLoopbackNamespace('npx', ['vitest', 'run', ...args], options) ??
    spawnSync('npx', ['vitest', 'run', ...args], options)).status ?? 1;

// Fast unit and component suites first, then the suites that start real processes on their own,
// so browsers and LiveKit do not compete with them for the machine's cores.
const status = e2eOnly
  ? vitest(['--project', 'tests', 'tests/e2e'])
  : vitest(['--project', 'shared', '--project', 'server', '--project', 'client']) ||
    vitest(['--project', 'tests']);
process.exit(status);

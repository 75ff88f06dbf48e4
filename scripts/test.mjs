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
const args = ['vitest', 'run', ...(e2eOnly ? ['--project', 'tests', 'tests/e2e'] : [])];
const options = { cwd: repoRoot, stdio: 'inherit', env };
const result =
  runInLoopbackNamespace('npx', args, options) ?? spawnSync('npx', args, options);
process.exit(result.status ?? 1);

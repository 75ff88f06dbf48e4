// `npm test`: gets every prerequisite (packages, LiveKit, Chromium, the client build), then runs
// every suite with Vitest. `--e2e` runs only the browser suite.
import { spawnSync } from 'node:child_process';
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
const result = spawnSync('npx', args, { cwd: repoRoot, stdio: 'inherit', env });
process.exit(result.status ?? 1);

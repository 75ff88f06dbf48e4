// `npm start`: a fresh clone → packages, client build, a local LiveKit, and the app on PORT (3000).
import { spawn } from 'node:child_process';
import {
  ensureClientBuild,
  ensureLivekitBinary,
  ensureNodeModules,
  ensureSpeakerListenerBinary,
  log,
  repoRoot,
} from './prerequisites.mjs';

ensureNodeModules();
ensureClientBuild();
ensureLivekitBinary();
process.env.SPEAKER_LISTENER_BIN = ensureSpeakerListenerBinary({ optional: true });

// The rest runs in TypeScript once packages are there: it starts LiveKit (unless LIVEKIT_URL
// points at one) and the server, and stops LiveKit when the server stops.
const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/runLocal.ts'], {
  cwd: repoRoot,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
// `npm start` stopped by a signal to npm alone (not the process group) leaves us orphaned: notice
// that our parent is gone and stop the app and LiveKit with it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) child.kill('SIGTERM');
}, 1000).unref();
child.on('exit', (code, signal) => {
  if (signal) log(`stopped (${signal})`);
  process.exit(code ?? 0);
});

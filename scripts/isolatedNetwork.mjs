// Runs a command inside a fresh network namespace that has only loopback, so nothing a test
// starts (LiveKit, Chromium, servers) can reach beyond this machine. Needs root and `ip netns`;
// returns null where that is not possible, and the caller runs the command directly.
import { spawnSync } from 'node:child_process';
import { log } from './prerequisites.mjs';

function ip(args) {
  return spawnSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

export function runInLoopbackNamespace(cmd, args, options) {
  if (process.env.INTERVISION_NO_NETNS === '1') return null;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const ns = `intervision-test-${process.pid}`;
  const added = ip(['netns', 'add', ns]);
  if (added.error || added.status !== 0) return null;
  const remove = () => ip(['netns', 'del', ns]);
  try {
    const up = ip(['netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up']);
    if (up.status !== 0) {
      remove();
      return null;
    }
    log(`running inside network namespace ${ns} (loopback only)`);
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, remove);
    return spawnSync('ip', ['netns', 'exec', ns, cmd, ...args], options);
  } finally {
    remove();
  }
}

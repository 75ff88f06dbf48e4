// Runs a command inside a fresh network namespace, so nothing a test starts (LiveKit, Chromium,
// servers, rtc-node participants) can reach beyond this machine. Needs root and `ip netns`;
// returns null where that is not possible, and the caller runs the command directly.
import { spawnSync } from 'node:child_process';
import { log } from './prerequisites.mjs';

function ip(args) {
  return spawnSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * `internalLink`: besides loopback, a veth pair whose both ends stay inside the namespace, with a
 * private address. libwebrtc (and so @livekit/rtc-node) gathers no ICE candidates from loopback
 * alone; with this link it has a host candidate, and still nothing leads out of the namespace.
 * Chromium needs no such link (--allow-loopback-in-peer-connection), so its suite gets only `lo`.
 */
export function runInIsolatedNamespace(cmd, args, options, { internalLink = false } = {}) {
  if (process.env.INTERVISION_NO_NETNS === '1') return null;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const ns = `intervision-test-${process.pid}-${Date.now() % 100000}`;
  const added = ip(['netns', 'add', ns]);
  if (added.error || added.status !== 0) return null;
  const remove = () => ip(['netns', 'del', ns]);
  const inNs = (a) => ip(['netns', 'exec', ns, 'ip', ...a]).status === 0;
  try {
    const ready =
      inNs(['link', 'set', 'lo', 'up']) &&
      (!internalLink ||
        (inNs(['link', 'add', 'iv0', 'type', 'veth', 'peer', 'name', 'iv1']) &&
          inNs(['addr', 'add', '10.213.0.1/24', 'dev', 'iv0']) &&
          inNs(['link', 'set', 'iv0', 'up']) &&
          inNs(['link', 'set', 'iv1', 'up'])));
    if (!ready) {
      remove();
      return null;
    }
    log(
      `running inside network namespace ${ns} (${internalLink ? 'loopback and an internal link' : 'loopback only'})`,
    );
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, remove);
    return spawnSync('ip', ['netns', 'exec', ns, cmd, ...args], options);
  } finally {
    remove();
  }
}

import type { Logger } from 'pino';
import type { LiveMedia, MediaGateway } from './mediaGateway.js';

export interface MediaReconcilerOptions {
  gateway: MediaGateway;
  /** Every session held in memory and what its participants should be allowed, right now. */
  listLive: () => LiveMedia[];
  /** Full pass at least this often while LiveKit is up. */
  intervalMs: number;
  /** How often to look at LiveKit's health, so a return is noticed quickly; 1 s by default. */
  healthPollMs?: number;
  /** Sessions enforced at the same time in one pass; 4 by default. */
  concurrency?: number;
  logger: Logger;
}

/**
 * The sessions worth asking LiveKit about: a phase is in force (running or paused) and someone is in
 * the media room. Lobby and ended sessions restrict nobody, and an empty room has nobody to correct;
 * newcomers are granted on their join webhook, not here.
 */
export function needsReconciling(session: LiveMedia): boolean {
  return (
    (session.status === 'running' || session.status === 'paused') &&
    session.desired.some((d) => d.inRoom)
  );
}

/**
 * The back-stop behind the pushes on every phase change and join: enforces the sessions that
 * `needsReconciling` every `intervalMs`, and at once when LiveKit comes back after being down,
 * a few sessions at a time so a large store does not flood LiveKit.
 */
export function startMediaReconciler(opts: MediaReconcilerOptions): { stop(): void } {
  if (opts.gateway.mode === 'disabled') return { stop: () => {} };
  let lastState: 'up' | 'down' | 'disabled' | null = null;
  let lastFullPass = 0;
  let running = false;
  let stopped = false;

  const pass = async () => {
    const queue = opts.listLive().filter(needsReconciling);
    const worker = async () => {
      for (let s = queue.shift(); s && !stopped; s = queue.shift()) {
        await opts.gateway.enforce(s.sessionId, s.desired);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency ?? 4 }, worker));
  };

  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const state = await opts.gateway.health();
      const cameBack = state === 'up' && lastState !== 'up';
      if (state !== lastState) opts.logger.info({ livekit: state }, 'media server health changed');
      lastState = state;
      if (state === 'up' && (cameBack || Date.now() - lastFullPass >= opts.intervalMs)) {
        lastFullPass = Date.now();
        await pass();
      }
    } catch (err) {
      opts.logger.error({ err }, 'media reconciliation failed');
    } finally {
      running = false;
    }
  };

  const timer = setInterval(() => void tick(), opts.healthPollMs ?? 1_000);
  timer.unref();
  void tick();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}

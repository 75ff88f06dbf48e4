import type { Logger } from 'pino';
import type { DesiredMedia, MediaGateway } from './mediaGateway.js';

export interface MediaReconcilerOptions {
  gateway: MediaGateway;
  /** Every live session and what its participants should be allowed, right now. */
  listLive: () => Array<{ sessionId: string; desired: DesiredMedia[] }>;
  /** Full pass at least this often while LiveKit is up. */
  intervalMs: number;
  /** How often to look at LiveKit's health, so a return is noticed quickly; 1 s by default. */
  healthPollMs?: number;
  logger: Logger;
}

/**
 * Keeps the SFU in line with the protocol when pushes were missed: enforces every live session
 * every `intervalMs`, and at once when LiveKit comes back after being down (its participants
 * rejoin with tokens that may predate the current phase).
 */
export function startMediaReconciler(opts: MediaReconcilerOptions): { stop(): void } {
  if (opts.gateway.mode === 'disabled') return { stop: () => {} };
  let lastState: 'up' | 'down' | 'disabled' | null = null;
  let lastFullPass = 0;
  let running = false;
  let stopped = false;

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
        const sessions = opts.listLive();
        await Promise.all(sessions.map((s) => opts.gateway.enforce(s.sessionId, s.desired)));
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

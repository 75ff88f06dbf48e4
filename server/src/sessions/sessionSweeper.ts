import type { Logger } from 'pino';
import type { SessionStore } from '../store/sessionStore.js';
import type { SessionRegistry } from './sessionRegistry.js';

/** How long unused and finished sessions are kept. */
export interface SessionRetention {
  /**
   * A session never started is deleted this long after it was created, even with people in its
   * lobby: otherwise one forgotten tab would keep it forever.
   */
  lobbyTtlHours: number;
  /** An ended session is deleted this long after it ended. */
  endedPurgeHours: number;
}

export const DEFAULT_RETENTION: SessionRetention = { lobbyTtlHours: 168, endedPurgeHours: 24 };

/** How often the sweeper looks, unless told otherwise. */
export const DEFAULT_SWEEP_INTERVAL_MS = 10 * 60_000;

const HOUR_MS = 3_600_000;

export interface SessionSweeperDeps {
  registry: SessionRegistry;
  store: SessionStore;
  logger: Logger;
  now: () => number;
  retention: SessionRetention;
}

/**
 * Deletes sessions past their retention the way the chair's delete does (store rows, WAL
 * checkpoint, sockets told `expired`), so anonymous sessions do not pile up and case content does
 * not outlive its use. It makes no LiveKit calls: LiveKit's own empty timeout closes idle rooms.
 * Time is the injected `now`, so tests move it and call `sweep()` instead of waiting.
 */
export class SessionSweeper {
  constructor(private readonly deps: SessionSweeperDeps) {}

  /** One pass; answers the ids it deleted. */
  async sweep(): Promise<string[]> {
    const { registry, store, logger, now, retention } = this.deps;
    const t = now();
    const expired = await store.listExpired(
      t - retention.lobbyTtlHours * HOUR_MS,
      t - retention.endedPurgeHours * HOUR_MS,
    );
    const swept: string[] = [];
    for (const sessionId of expired) {
      await registry.discard(sessionId, 'expired');
      logger.info({ sessionId }, 'session expired and deleted');
      swept.push(sessionId);
    }
    return swept;
  }

  /** Sweeps now and then every `intervalMs`; the returned function stops it. */
  start(intervalMs: number = DEFAULT_SWEEP_INTERVAL_MS): () => void {
    const run = () => {
      this.sweep().catch((err: unknown) => {
        this.deps.logger.error({ err }, 'session sweep failed');
      });
    };
    run();
    const timer = setInterval(run, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}

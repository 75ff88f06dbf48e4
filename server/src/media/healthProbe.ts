/** Health answers are cached this long: /api/health and token requests must not hammer LiveKit. */
const CACHE_MS = 2_000;
/** Past this, a probe counts as failed even if LiveKit might still answer later. */
const PROBE_TIMEOUT_MS = 3_000;
/**
 * A LiveKit that was up is declared down only after this many failed probes in a row: one slow
 * answer on a loaded machine must not refuse media tokens to people joining.
 */
const FAILURES_FOR_DOWN = 2;

/**
 * Wraps a probe (e.g. RoomService.listRooms) into a cached up/down answer. Concurrent callers share
 * one probe in flight.
 */
export function createHealthProbe(probe: () => Promise<unknown>, now: () => number = Date.now) {
  let cached: { state: 'up' | 'down'; at: number } | null = null;
  let inFlight: Promise<'up' | 'down'> | null = null;
  let failures = 0;
  let lastFailure: string | null = null;

  const probeOnce = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('health probe timed out')), PROBE_TIMEOUT_MS);
    });
    try {
      await Promise.race([probe(), timeout]);
      return true;
    } catch (err) {
      lastFailure = describe(err);
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  const run = async (): Promise<'up' | 'down'> => {
    if (await probeOnce()) {
      failures = 0;
      return 'up';
    }
    failures += 1;
    const wasUp = cached?.state === 'up';
    return wasUp && failures < FAILURES_FOR_DOWN ? 'up' : 'down';
  };

  return {
    check(): Promise<'up' | 'down'> {
      if (cached && now() - cached.at < CACHE_MS) return Promise.resolve(cached.state);
      inFlight ??= run().then((state) => {
        cached = { state, at: now() };
        inFlight = null;
        return state;
      });
      return inFlight;
    },
    /** The last answer without probing, or null before the first one. */
    last(): 'up' | 'down' | null {
      return cached?.state ?? null;
    },
    /** Why the latest failed probe failed (an operator's first question when LiveKit is down). */
    lastFailure(): string | null {
      return lastFailure;
    },
  };
}

/** fetch says only "fetch failed"; the reason (refused, reset, a timeout) is in its cause. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.cause instanceof Error ? `${err.message} (${err.cause.message})` : err.message;
}

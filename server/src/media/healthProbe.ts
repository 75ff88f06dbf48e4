/** Health answers are cached this long: /api/health and token requests must not hammer LiveKit. */
const CACHE_MS = 2_000;
/** Past this, LiveKit counts as down even if it might still answer later. */
const PROBE_TIMEOUT_MS = 1_500;

/**
 * Wraps a probe (e.g. RoomService.listRooms) into a cached up/down answer. Concurrent callers share
 * one probe in flight.
 */
export function createHealthProbe(probe: () => Promise<unknown>, now: () => number = Date.now) {
  let cached: { state: 'up' | 'down'; at: number } | null = null;
  let inFlight: Promise<'up' | 'down'> | null = null;

  const run = async (): Promise<'up' | 'down'> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('health probe timed out')), PROBE_TIMEOUT_MS);
    });
    try {
      await Promise.race([probe(), timeout]);
      return 'up';
    } catch {
      return 'down';
    } finally {
      clearTimeout(timer);
    }
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
  };
}

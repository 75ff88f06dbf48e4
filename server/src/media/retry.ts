/** Bounded exponential backoff: 5 tries, waiting 100 ms, 200, 400, 800 between them (1.6 s cap). */
export interface BackoffOptions {
  tries: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { tries: 5, firstDelayMs: 100, maxDelayMs: 1_600 };

/**
 * Runs `attempt` until it succeeds, the tries run out, or `signal` aborts (a newer call took over).
 * Resolves with the last error, or null on success: callers log, they never crash on media trouble.
 */
export async function retryWithBackoff(
  attempt: () => Promise<void>,
  signal: AbortSignal,
  options: BackoffOptions = DEFAULT_BACKOFF,
  onFailure?: (err: unknown, tryNumber: number) => void,
): Promise<unknown> {
  let lastError: unknown = null;
  for (let i = 0; i < options.tries; i++) {
    if (signal.aborted) return null;
    try {
      await attempt();
      return null;
    } catch (err) {
      lastError = err;
      onFailure?.(err, i + 1);
    }
    if (i + 1 < options.tries) {
      await abortableDelay(Math.min(options.firstDelayMs * 2 ** i, options.maxDelayMs), signal);
    }
  }
  return signal.aborted ? null : lastError;
}

function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

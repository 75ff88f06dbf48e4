// The one way the harness waits: for a promise or an event, never longer than a stated bound,
// and the rejection names what did not happen.

/** Anything with Node-style `on`/`off` listeners: an EventEmitter, a socket, an rtc-node Room. */
export interface Listenable {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
}

/** Settles as `promise` does, or rejects after `timeoutMs` with "`what` timed out after … ms". */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Resolves with the arguments of the first `event` on `emitter` for which `match` holds, or
 * rejects after `timeoutMs`; the listener is removed either way.
 */
export function waitForEvent<Args extends unknown[]>(
  emitter: Listenable,
  event: string,
  match: (...args: Args) => boolean = () => true,
  timeoutMs = 10_000,
  what = `${event}`,
): Promise<Args> {
  // The emitter's events are untyped here; callers name the arguments they expect in `Args`.
  const listener = (...args: unknown[]) => {
    if (match(...(args as Args))) found(args as Args);
  };
  let found: (args: Args) => void = () => undefined;
  const seen = new Promise<Args>((resolve) => {
    found = resolve;
    emitter.on(event, listener);
  });
  return withTimeout(seen, timeoutMs, what).finally(() => emitter.off(event, listener));
}

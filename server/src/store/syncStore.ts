// Adapts better-sqlite3's synchronous calls to the asynchronous store contract.

/** The same methods answering at once: what better-sqlite3 does, before the async contract. */
export type Sync<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};

/** Each call runs synchronously and its outcome (or error) arrives as a settled promise. */
export function asAsync<T extends object>(sync: Sync<T>): T {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(sync)) {
    out[name] = (...args: unknown[]) => {
      try {
        return Promise.resolve((fn as (...a: unknown[]) => unknown)(...args));
      } catch (err) {
        return Promise.reject(err as Error);
      }
    };
  }
  return out as T;
}

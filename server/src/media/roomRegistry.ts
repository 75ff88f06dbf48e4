import type { RoomServiceClient } from 'livekit-server-sdk';

export interface RoomRegistryOptions {
  /** How long LiveKit keeps a room nobody has joined yet; must outlast a token's lifetime. */
  emptyTimeoutSeconds: number;
  /** How long LiveKit keeps a room after the last participant left. */
  departureTimeoutSeconds: number;
  /**
   * How long a creation is trusted without asking LiveKit again. Shorter than both timeouts, so a
   * remembered room cannot have been closed by LiveKit for being empty in the meantime.
   */
  rememberMs: number;
  now?: () => number;
}

/**
 * Media rooms exist only because the server created them (LiveKit's auto-create is off): a token is
 * signed only after its room is there, and a deleted room stays gone. Creation is idempotent in
 * LiveKit; concurrent and recent requests for the same room share one call.
 */
export function createRoomRegistry(api: RoomServiceClient, opts: RoomRegistryOptions) {
  const now = opts.now ?? Date.now;
  const known = new Map<string, { at: number; ready: Promise<void> }>();

  return {
    async ensure(name: string): Promise<void> {
      const entry = known.get(name);
      if (entry && now() - entry.at < opts.rememberMs) return entry.ready;
      const ready = api
        .createRoom({
          name,
          emptyTimeout: opts.emptyTimeoutSeconds,
          departureTimeout: opts.departureTimeoutSeconds,
        })
        .then(() => undefined);
      const created = { at: now(), ready };
      known.set(name, created);
      // A failed creation must not be remembered: the next token request tries again.
      ready.catch(() => {
        if (known.get(name) === created) known.delete(name);
      });
      return ready;
    },
    /** After a deletion, or when LiveKit may have lost its rooms (it was down). */
    forget(name?: string): void {
      if (name === undefined) known.clear();
      else known.delete(name);
    },
  };
}

export type RoomRegistry = ReturnType<typeof createRoomRegistry>;

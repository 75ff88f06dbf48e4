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
  // Session ids are never reused, so a deleted one can be refused for good (bounded memory).
  const retired = new Set<string>();

  return {
    /** `keepEmptySeconds`, when given, replaces both timeouts for this room. */
    async ensure(name: string, keepEmptySeconds?: number): Promise<void> {
      if (retired.has(name)) throw new RoomRetiredError(name);
      const entry = known.get(name);
      if (entry && now() - entry.at < opts.rememberMs) return entry.ready;
      const ready = api
        .createRoom({
          name,
          emptyTimeout: keepEmptySeconds ?? opts.emptyTimeoutSeconds,
          departureTimeout: keepEmptySeconds ?? opts.departureTimeoutSeconds,
        })
        .then(() => {
          // Deleted while being created: `retire` removes it again once this settles.
          if (retired.has(name)) throw new RoomRetiredError(name);
        });
      const created = { at: now(), ready };
      known.set(name, created);
      // A failed creation must not be remembered: the next token request tries again.
      ready.catch(() => {
        if (known.get(name) === created) known.delete(name);
      });
      return ready;
    },
    /**
     * The session is deleted: its room is never created again. Resolves once no creation is in
     * flight, so the caller's deleteRoom comes after any createRoom already sent.
     */
    async retire(name: string): Promise<void> {
      if (retired.size >= MAX_RETIRED) retired.delete(retired.values().next().value as string);
      retired.add(name);
      const entry = known.get(name);
      known.delete(name);
      await entry?.ready.catch(() => undefined);
    },
    /** LiveKit may have lost its rooms (it was down): create them again when asked. */
    forgetAll(): void {
      known.clear();
    },
  };
}

export type RoomRegistry = ReturnType<typeof createRoomRegistry>;

const MAX_RETIRED = 10_000;

/** A token was asked for a room whose session was deleted. */
export class RoomRetiredError extends Error {
  override readonly name = 'RoomRetiredError';

  constructor(room: string) {
    super(`The media room ${room} was deleted.`);
  }
}

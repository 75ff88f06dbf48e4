import type { ParticipantInfo, RoomServiceClient, TrackInfo } from 'livekit-server-sdk';

type SubscriptionApi = Pick<RoomServiceClient, 'updateSubscriptions'>;

/**
 * Who receives whose tracks, decided at the SFU (`RoomService.UpdateSubscriptions`): the server
 * cuts every other participant off a publisher's withdrawn tracks and puts them back when the
 * phase allows that publisher again. A client cannot undo the cut by unmuting its own track.
 *
 * Remembers what it did per process, to avoid repeating calls on every pass: cuts per subscriber
 * session (a participant who reconnects has a new sid and auto-subscribes, so is cut again), and
 * publishers known to be open. After a restart nobody is known open, so the first pass that allows
 * a publisher resubscribes everyone to their tracks once.
 */
export function createSubscriptionGate(api: SubscriptionApi) {
  const cut = new Map<string, Set<string>>();
  const open = new Set<string>();
  const keyOf = (sessionId: string, identity: string) => `${sessionId}\u0000${identity}`;

  const update = async (room: string, who: ParticipantInfo, sids: string[], on: boolean) => {
    try {
      await api.updateSubscriptions(room, who.identity, sids, on);
    } catch (err) {
      // Someone who left meanwhile needs nothing; anything else is retried by the caller.
      if (!isNotFound(err)) throw err;
    }
  };

  return {
    /** Unsubscribes every one of `others` from `tracks` (idempotent per subscriber session). */
    async withhold(
      sessionId: string,
      publisher: string,
      tracks: TrackInfo[],
      others: ParticipantInfo[],
    ): Promise<void> {
      const key = keyOf(sessionId, publisher);
      open.delete(key);
      const done = cut.get(key) ?? new Set<string>();
      cut.set(key, done);
      await Promise.all(
        others.map(async (o) => {
          const sids = tracks.map((t) => t.sid).filter((sid) => !done.has(`${o.sid}|${sid}`));
          if (sids.length === 0) return;
          await update(sessionId, o, sids, false);
          for (const sid of sids) done.add(`${o.sid}|${sid}`);
        }),
      );
    },

    /** Subscribes everyone back to `publisher`'s tracks, unless known to be open already. */
    async release(sessionId: string, publisher: ParticipantInfo, others: ParticipantInfo[]) {
      const key = keyOf(sessionId, publisher.identity);
      if (open.has(key)) return;
      const sids = publisher.tracks.map((t) => t.sid);
      if (sids.length > 0) await Promise.all(others.map((o) => update(sessionId, o, sids, true)));
      cut.delete(key);
      open.add(key);
    },

    forget(sessionId: string): void {
      const prefix = `${sessionId}\u0000`;
      for (const key of [...cut.keys()]) if (key.startsWith(prefix)) cut.delete(key);
      for (const key of [...open]) if (key.startsWith(prefix)) open.delete(key);
    },
  };
}

function isNotFound(err: unknown): boolean {
  const e = err as { status?: number; code?: string } | null;
  return e?.status === 404 || e?.code === 'not_found';
}

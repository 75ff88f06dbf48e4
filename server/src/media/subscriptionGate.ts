import type { ParticipantInfo, RoomServiceClient, TrackInfo } from 'livekit-server-sdk';

type SubscriptionApi = Pick<RoomServiceClient, 'updateSubscriptions'>;

/** One subscriber cut off one track. */
interface Cut {
  subscriber: string;
  /** The subscriber's session: someone who reconnects has a new one and auto-subscribes again. */
  subscriberSid: string;
  trackSid: string;
}

/**
 * Who receives whose tracks, decided at the SFU (`RoomService.UpdateSubscriptions`): the server
 * cuts every other participant off a publisher's withdrawn tracks and puts them back when the
 * phase allows that publisher again. A client cannot undo the cut by unmuting its own track.
 *
 * Remembers the cuts it made, per process: so a pass repeats no call, and so a return can
 * resubscribe everyone at once (`releaseKnown`), without first asking LiveKit who is in the room —
 * the return is what people wait for. After a restart nothing is remembered: the first pass that
 * allows a publisher resubscribes everyone listed to their tracks once (`release`).
 */
export function createSubscriptionGate(api: SubscriptionApi) {
  const cuts = new Map<string, Cut[]>();
  const open = new Set<string>();
  const keyOf = (sessionId: string, identity: string) => `${sessionId}\u0000${identity}`;

  const update = async (room: string, subscriber: string, sids: string[], on: boolean) => {
    try {
      await api.updateSubscriptions(room, subscriber, sids, on);
    } catch (err) {
      // Someone who left meanwhile needs nothing; anything else is retried by the caller.
      if (!isNotFound(err)) throw err;
    }
  };

  /** Resubscribes each subscriber of `list` to its tracks, one call per subscriber. */
  const resubscribe = async (room: string, list: Cut[]) => {
    const bySubscriber = new Map<string, Set<string>>();
    for (const c of list) {
      const sids = bySubscriber.get(c.subscriber) ?? new Set<string>();
      bySubscriber.set(c.subscriber, sids.add(c.trackSid));
    }
    await Promise.all([...bySubscriber].map(([who, sids]) => update(room, who, [...sids], true)));
  };

  return {
    /** Unsubscribes every one of `others` from `tracks` (once per subscriber session and track). */
    async withhold(
      sessionId: string,
      publisher: string,
      tracks: TrackInfo[],
      others: ParticipantInfo[],
    ): Promise<void> {
      const key = keyOf(sessionId, publisher);
      open.delete(key);
      const made = cuts.get(key) ?? [];
      cuts.set(key, made);
      await Promise.all(
        others.map(async (o) => {
          const sids = tracks
            .map((t) => t.sid)
            .filter((sid) => !made.some((c) => c.subscriberSid === o.sid && c.trackSid === sid));
          if (sids.length === 0) return;
          await update(sessionId, o.identity, sids, false);
          for (const trackSid of sids)
            made.push({ subscriber: o.identity, subscriberSid: o.sid, trackSid });
        }),
      );
    },

    /**
     * Resubscribes whoever this process cut off `publisher`'s tracks, without asking LiveKit first.
     * Resolves true when there was such a cut (and it is undone).
     */
    async releaseKnown(sessionId: string, publisher: string): Promise<boolean> {
      const key = keyOf(sessionId, publisher);
      const made = cuts.get(key);
      if (!made) return false;
      // Claimed before the calls, so a pass running meanwhile does not repeat them.
      cuts.delete(key);
      open.add(key);
      try {
        await resubscribe(sessionId, made);
        return true;
      } catch (err) {
        open.delete(key);
        if (!cuts.has(key)) cuts.set(key, made);
        throw err;
      }
    },

    /** Subscribes everyone listed back to `publisher`'s tracks, unless known to be open already. */
    async release(sessionId: string, publisher: ParticipantInfo, others: ParticipantInfo[]) {
      const key = keyOf(sessionId, publisher.identity);
      if (open.has(key)) return;
      const list = others.flatMap((o) =>
        publisher.tracks.map((t) => ({
          subscriber: o.identity,
          subscriberSid: o.sid,
          trackSid: t.sid,
        })),
      );
      await resubscribe(sessionId, list);
      cuts.delete(key);
      open.add(key);
    },

    forget(sessionId: string): void {
      const prefix = `${sessionId}\u0000`;
      for (const key of [...cuts.keys()]) if (key.startsWith(prefix)) cuts.delete(key);
      for (const key of [...open]) if (key.startsWith(prefix)) open.delete(key);
    },
  };
}

function isNotFound(err: unknown): boolean {
  const e = err as { status?: number; code?: string } | null;
  return e?.status === 404 || e?.code === 'not_found';
}

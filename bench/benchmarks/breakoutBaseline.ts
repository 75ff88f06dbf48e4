import type { Room } from '@livekit/rtc-node';
import { AccessToken, type RoomServiceClient } from 'livekit-server-sdk';
import { mapLimit, sleep } from '../lib/util.js';

/** One rtc-node participant and the room it is in now (replaced by the switch). */
export interface BaselinePeer {
  identity: string;
  room: Room | null;
}

export interface BaselineOptions {
  api: RoomServiceClient;
  livekit: { url: string; apiKey: string; apiSecret: string };
  peers: BaselinePeer[];
  connect: (url: string, token: string) => Promise<Room>;
  /** The LiveKit room participant `i` switches to. */
  roomOf: (i: number) => string;
  timeoutMs: number;
  signal: AbortSignal;
}

/**
 * The same switch with LiveKit and rtc-node alone: rooms created and tokens signed here, before
 * the clock starts, then every participant at once leaves its old room and connects. What this
 * takes is the floor under the gathering's figures on this machine (LiveKit, and n WebRTC
 * clients in one process); the rest is ours. Resolves with each connect's ms after the start.
 */
export async function livekitOnlySwitch(o: BaselineOptions): Promise<{ values: number[] }> {
  const rooms = [...new Set(o.peers.map((_, i) => o.roomOf(i)))];
  await mapLimit(rooms, 8, (name) => o.api.createRoom({ name, emptyTimeout: 300 }));
  const tokens = await Promise.all(
    o.peers.map((p, i) => {
      const token = new AccessToken(o.livekit.apiKey, o.livekit.apiSecret, {
        identity: p.identity,
        ttl: 300,
      });
      token.addGrant({ roomJoin: true, room: o.roomOf(i), canPublish: false, canSubscribe: true });
      return token.toJwt();
    }),
  );
  const over = new AbortController();
  const deadline = sleep(o.timeoutMs, AbortSignal.any([o.signal, over.signal])).then(() => null);
  const t0 = Date.now();
  const results = await Promise.all(
    o.peers.map((p, i) =>
      Promise.race([
        Promise.resolve(p.room?.disconnect())
          .then(() => o.connect(o.livekit.url, tokens[i] ?? ''))
          .then(
            (next) => {
              p.room = next;
              return Date.now() - t0;
            },
            () => null,
          ),
        deadline,
      ]),
    ),
  );
  over.abort();
  return { values: results.flatMap((r) => (r === null ? [] : [r])) };
}

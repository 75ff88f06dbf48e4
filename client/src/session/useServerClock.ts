import { estimateClockOffset, type ClockSample } from '@intervision/shared';
import { useEffect, useState } from 'react';
import type { SessionSocket } from './useSession';

const SAMPLES_PER_SYNC = 4;
const RESYNC_MS = 30_000;
/** How many of the fastest round trips to keep; slow trips carry the most error. */
const POOL_SIZE = 12;
/** Older samples are dropped so the estimate follows clock drift. */
const SAMPLE_MAX_AGE_MS = 15 * 60_000;

async function sample(socket: SessionSocket): Promise<ClockSample | null> {
  const clientSentAt = Date.now();
  try {
    const ack = await socket.timeout(5_000).emitWithAck('clock:sync', { clientSentAt });
    if (!ack.ok) return null;
    return { clientSentAt, serverNow: ack.serverNow, clientReceivedAt: Date.now() };
  } catch {
    return null;
  }
}

const rtt = (s: ClockSample) => s.clientReceivedAt - s.clientSentAt;

/**
 * Estimated `serverClock - clientClock` in ms; 0 until the first estimate. A few NTP-style samples
 * are taken on every (re)connect and every 30 s, and the fastest round trips seen recently are
 * kept: a page that joined while the machine or the network was busy (slow, lopsided trips)
 * corrects itself as soon as quicker trips come in.
 */
export function useServerClock(socket: SessionSocket | null): number {
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    if (!socket) return undefined;
    let cancelled = false;
    let pool: ClockSample[] = [];
    const sync = async () => {
      for (let i = 0; i < SAMPLES_PER_SYNC && !cancelled && socket.connected; i++) {
        const s = await sample(socket);
        if (s) pool.push(s);
      }
      const now = Date.now();
      pool = pool
        .filter((s) => now - s.clientReceivedAt <= SAMPLE_MAX_AGE_MS)
        .sort((a, b) => rtt(a) - rtt(b))
        .slice(0, POOL_SIZE);
      if (!cancelled && pool.length > 0) setOffset(estimateClockOffset(pool));
    };
    const onConnect = () => void sync();
    socket.on('connect', onConnect);
    if (socket.connected) void sync();
    const timer = window.setInterval(() => void sync(), RESYNC_MS);
    return () => {
      cancelled = true;
      socket.off('connect', onConnect);
      window.clearInterval(timer);
    };
  }, [socket]);

  return offset;
}

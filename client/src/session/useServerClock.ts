import { estimateClockOffset, type ClockSample } from '@intervision/shared';
import { useEffect, useState } from 'react';
import type { SessionSocket } from './useSession';

const SAMPLES = 5;
const RESYNC_MS = 5 * 60_000;

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

/**
 * Estimated `serverClock - clientClock` in ms, from several NTP-style samples taken on every
 * (re)connect and every few minutes; 0 until the first estimate.
 */
export function useServerClock(socket: SessionSocket | null): number {
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    if (!socket) return undefined;
    let cancelled = false;
    const sync = async () => {
      const samples: ClockSample[] = [];
      for (let i = 0; i < SAMPLES && !cancelled && socket.connected; i++) {
        const s = await sample(socket);
        if (s) samples.push(s);
      }
      if (!cancelled && samples.length > 0) setOffset(estimateClockOffset(samples));
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

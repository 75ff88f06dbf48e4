import type { AirtimeMirror, AirtimeReport } from '@intervision/shared';
import { useEffect, useState } from 'react';
import type { SessionSocket } from './useSession';

export interface AirtimeState {
  /** The chair's live figures (only chairs' sockets get them); null until the first. */
  report: AirtimeReport | null;
  /** The mirror the chair shows the group now, or null. */
  mirror: AirtimeMirror | null;
  /** The server said it measures no airtime (told to chairs only): there will be no figures. */
  unavailable: boolean;
}

/** Airtime as the server pushes it: the chair's figures and the group's mirror. */
export function useAirtime(socket: SessionSocket | null): AirtimeState {
  const [report, setReport] = useState<AirtimeReport | null>(null);
  const [mirror, setMirror] = useState<AirtimeMirror | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    if (!socket) return;
    const onUnavailable = () => setUnavailable(true);
    socket.on('airtime', setReport);
    socket.on('airtime:mirror', setMirror);
    socket.on('airtime:unavailable', onUnavailable);
    return () => {
      socket.off('airtime', setReport);
      socket.off('airtime:mirror', setMirror);
      socket.off('airtime:unavailable', onUnavailable);
    };
  }, [socket]);
  return { report, mirror, unavailable };
}

import type { AirtimeMirror, AirtimeReport } from '@intervision/shared';
import { useEffect, useState } from 'react';
import type { SessionSocket } from './useSession';

export interface AirtimeState {
  /** The chair's live figures (only chairs' sockets get them); null until the first. */
  report: AirtimeReport | null;
  /** The mirror the chair shows the group now, or null. */
  mirror: AirtimeMirror | null;
}

/** Airtime as the server pushes it: the chair's figures and the group's mirror. */
export function useAirtime(socket: SessionSocket | null): AirtimeState {
  const [report, setReport] = useState<AirtimeReport | null>(null);
  const [mirror, setMirror] = useState<AirtimeMirror | null>(null);
  useEffect(() => {
    if (!socket) return;
    socket.on('airtime', setReport);
    socket.on('airtime:mirror', setMirror);
    return () => {
      socket.off('airtime', setReport);
      socket.off('airtime:mirror', setMirror);
    };
  }, [socket]);
  return { report, mirror };
}

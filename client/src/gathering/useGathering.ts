import { useCallback, useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { GatheringCommand, GatheringCommands, GatheringView } from './gatheringContract';

/** A command's ack: done, or one error code with a message for people. */
export type GatheringAck = { ok: true } | { ok: false; error: string; message?: string };

export type SendGatheringCommand = <N extends GatheringCommand>(
  command: N,
  payload: GatheringCommands[N],
) => Promise<GatheringAck>;

export interface GatheringState {
  socket: Socket | null;
  view: GatheringView | null;
  connected: boolean;
  /** The server refused this credential for good (its error code). */
  fatal: string | null;
  send: SendGatheringCommand;
}

const FATAL: readonly string[] = ['unauthorized', 'not_found', 'forbidden', 'gathering_ended'];
const ACK_TIMEOUT_MS = 10_000;

/** The live gathering over Socket.IO: state pushes and the commands, each answered by an ack. */
export function useGathering(credential: string): GatheringState {
  const [socket, setSocket] = useState<Socket | null>(null);
  const [view, setView] = useState<GatheringView | null>(null);
  const [connected, setConnected] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);

  useEffect(() => {
    const s = io({ auth: { credential } });
    s.on('connect', () => setConnected(true));
    s.on('disconnect', () => setConnected(false));
    s.on('connect_error', (err) => {
      if (FATAL.includes(err.message)) {
        setFatal(err.message);
        s.disconnect();
      }
    });
    s.on('gathering:state', (next: GatheringView) => setView(next));
    s.on('gathering:closed', () => {
      setFatal('gathering_ended');
      s.disconnect();
    });
    setSocket(s);
    return () => {
      s.removeAllListeners();
      s.disconnect();
    };
  }, [credential]);

  const send = useCallback<SendGatheringCommand>(
    (command, payload) =>
      new Promise<GatheringAck>((resolve) => {
        if (!socket) {
          resolve({ ok: false, error: 'internal' });
          return;
        }
        socket
          .timeout(ACK_TIMEOUT_MS)
          .emit(command, payload, (err: Error | null, ack: GatheringAck) =>
            resolve(err ? { ok: false, error: 'internal' } : ack),
          );
      }),
    [socket],
  );

  return { socket, view, connected, fatal, send };
}

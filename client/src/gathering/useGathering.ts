import type {
  Ack,
  GatheringClientToServerEvents,
  GatheringCommandInput,
  GatheringCommandName,
  GatheringCommandReply,
  GatheringMoved,
  GatheringServerToClientEvents,
  GatheringView,
} from '@intervision/shared';
import { useCallback, useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { emitCommand } from '../api/emitCommand.js';

export type GatheringSocket = Socket<GatheringServerToClientEvents, GatheringClientToServerEvents>;

/** The payload argument of a command: optional where the command takes none. */
export type GatheringCommandArgs<N extends GatheringCommandName> =
  undefined extends GatheringCommandInput<N>
    ? [payload?: GatheringCommandInput<N>]
    : [payload: GatheringCommandInput<N>];

/** Sends one command and resolves with its ack (no answer in time counts as `internal`). */
export type SendGatheringCommand = <N extends GatheringCommandName>(
  command: N,
  ...args: GatheringCommandArgs<N>
) => Promise<Ack<GatheringCommandReply<N>>>;

export interface GatheringState {
  socket: GatheringSocket | null;
  view: GatheringView | null;
  connected: boolean;
  /** The latest move the server told this person about, with media details for the new room. */
  moved: GatheringMoved | null;
  /** The server refused this credential for good, or closed the gathering (the reason). */
  fatal: string | null;
  send: SendGatheringCommand;
}

const FATAL: readonly string[] = ['unauthorized', 'not_found', 'forbidden'];

/** The live gathering over its Socket.IO namespace: state, moves, and commands with acks. */
export function useGathering(credential: string): GatheringState {
  const [socket, setSocket] = useState<GatheringSocket | null>(null);
  const [view, setView] = useState<GatheringView | null>(null);
  const [connected, setConnected] = useState(false);
  const [moved, setMoved] = useState<GatheringMoved | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);

  useEffect(() => {
    // WebSocket only, as the session's socket: a node of a cluster accepts no long-polling.
    const s: GatheringSocket = io('/gathering', {
      auth: { credential },
      transports: ['websocket'],
    });
    s.on('connect', () => setConnected(true));
    s.on('disconnect', () => setConnected(false));
    s.on('connect_error', (err) => {
      if (FATAL.includes(err.message)) {
        setFatal(err.message);
        s.disconnect();
      }
    });
    s.on('gathering:state', setView);
    s.on('gathering:moved', setMoved);
    s.on('gathering:closed', ({ reason }) => {
      setFatal(reason);
      s.disconnect();
    });
    setSocket(s);
    return () => {
      s.removeAllListeners();
      s.disconnect();
    };
  }, [credential]);

  const send = useCallback<SendGatheringCommand>(
    <N extends GatheringCommandName>(command: N, ...args: GatheringCommandArgs<N>) =>
      emitCommand<GatheringCommandReply<N>>(socket, command, args[0]),
    [socket],
  );

  return { socket, view, connected, moved, fatal, send };
}

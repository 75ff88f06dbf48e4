import type {
  Ack,
  ClientToServerEvents,
  CommandInput,
  CommandName,
  CommandReply,
  ErrorCode,
  PhaseWarning,
  ServerToClientEvents,
  SessionClosedReason,
  SessionView,
} from '@intervision/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { emitCommand } from '../api/emitCommand.js';

export type SessionSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** `connecting` until the first connect; `reconnecting` after losing a live connection. */
export type LinkState = 'connecting' | 'connected' | 'reconnecting';

/** The payload argument of a command: optional where the command takes none. */
export type CommandArgs<N extends CommandName> =
  undefined extends CommandInput<N> ? [payload?: CommandInput<N>] : [payload: CommandInput<N>];

/** Sends one command and resolves with its ack (a timeout counts as `internal`). */
export type SendCommand = <N extends CommandName>(
  command: N,
  ...args: CommandArgs<N>
) => Promise<Ack<CommandReply<N>>>;

export interface SessionState {
  socket: SessionSocket | null;
  view: SessionView | null;
  link: LinkState;
  /** Set when the server refuses this credential for good, or closed the session (the reason). */
  fatal: ErrorCode | SessionClosedReason | null;
  warning: PhaseWarning | null;
  send: SendCommand;
}

const FATAL: readonly string[] = ['unauthorized', 'not_found', 'session_ended', 'forbidden'];

/** The live session over Socket.IO: state pushes, warnings, and commands with acks. */
export function useSession(
  credential: string,
  initialView: SessionView | null,
  /**
   * While true the socket is made but not opened (its commands queue meanwhile). A fresh join holds
   * it until the room's first picture: the join answer brought the view, and the socket's greeting,
   * clock samples and renders would otherwise compete with the media connection for the page.
   */
  holdConnect = false,
): SessionState {
  const [socket, setSocket] = useState<SessionSocket | null>(null);
  const [view, setView] = useState<SessionView | null>(initialView);
  const [link, setLink] = useState<LinkState>('connecting');
  const [fatal, setFatal] = useState<SessionState['fatal']>(null);
  const [warning, setWarning] = useState<PhaseWarning | null>(null);
  const holdRef = useRef(holdConnect);
  holdRef.current = holdConnect;
  /** The socket made while held, until it is opened. */
  const unopened = useRef<SessionSocket | null>(null);

  useEffect(() => {
    // WebSocket only: any node of a cluster can take the connection, no sticky sessions needed.
    const s: SessionSocket = io({
      auth: { credential },
      transports: ['websocket'],
      autoConnect: !holdRef.current,
    });
    let everConnected = false;
    s.on('connect', () => {
      everConnected = true;
      setLink('connected');
    });
    s.on('disconnect', () => setLink(everConnected ? 'reconnecting' : 'connecting'));
    s.on('connect_error', (err) => {
      if (FATAL.includes(err.message)) {
        setFatal(err.message as ErrorCode);
        s.disconnect();
      } else {
        setLink(everConnected ? 'reconnecting' : 'connecting');
      }
    });
    s.on('session:state', setView);
    s.on('phase:warning', setWarning);
    s.on('session:closed', ({ reason }) => {
      setFatal(reason);
      s.disconnect();
    });
    unopened.current = holdRef.current ? s : null;
    setSocket(s);
    return () => {
      s.removeAllListeners();
      s.disconnect();
    };
    // The hold is read (through its ref) when the socket is made, not a reason to make a new one.
  }, [credential]);

  // A held socket is opened once, when the hold ends; afterwards Socket.IO's own reconnection
  // looks after it, and a socket closed on purpose (refused, session closed) stays closed.
  useEffect(() => {
    if (socket && !holdConnect && unopened.current === socket) {
      unopened.current = null;
      socket.connect();
    }
  }, [socket, holdConnect]);

  const send = useCallback<SendCommand>(
    <N extends CommandName>(command: N, ...args: CommandArgs<N>) =>
      emitCommand<CommandReply<N>>(socket, command, args[0]),
    [socket],
  );

  return { socket, view, link, fatal, warning, send };
}

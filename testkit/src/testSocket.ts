import { io, type Socket } from 'socket.io-client';
import { withTimeout } from './waitFor.js';

/**
 * A socket as a test client opens it: the credential in the handshake, WebSocket only, no
 * reconnection and no shared manager, so each client is one person on one connection.
 */
export function openTestSocket(url: string, credential: string): Socket {
  return io(url, {
    auth: { credential },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
}

/** Resolves once the handshake is accepted; a refused or slow one closes the socket and throws. */
export async function whenConnected(socket: Socket, timeoutMs: number): Promise<void> {
  const connected = new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  try {
    await withTimeout(connected, timeoutMs, 'connect');
  } catch (err) {
    socket.close();
    throw err;
  }
}

import type { IncomingMessage } from 'node:http';
import type { Server } from 'socket.io';

/**
 * Whether a handshake may proceed: browsers always send `Origin`, and only pages served from our
 * public origin may open a socket with a visitor's credential (no cross-site WebSocket hijacking).
 * Requests without `Origin` come from non-browser clients, which hold their own credential anyway.
 */
export function originAllowed(origin: string | undefined, publicOrigin: string): boolean {
  return origin === undefined || origin === publicOrigin;
}

/** Installs the check on the Engine.IO server that carries the Socket.IO handshakes. */
export function checkSocketOrigin(io: Server, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl).origin;
  io.engine.opts.allowRequest = (req: IncomingMessage, callback) => {
    const allowed = originAllowed(req.headers.origin, publicOrigin);
    callback(allowed ? null : 'origin not allowed', allowed);
  };
}

import type { IncomingMessage } from 'node:http';
import type { Server } from 'socket.io';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a handshake may proceed: browsers always send `Origin`, and only pages served from our
 * public origin may open a socket with a visitor's credential (no cross-site WebSocket hijacking).
 * Requests without `Origin` come from non-browser clients, which hold their own credential anyway.
 * A loopback public origin also accepts the other loopback names on the same port: they are the
 * same machine, and people open `127.0.0.1:3000` as often as `localhost:3000`.
 */
export function originAllowed(origin: string | undefined, publicUrl: string): boolean {
  if (origin === undefined) return true;
  const ours = new URL(publicUrl);
  if (origin === ours.origin) return true;
  if (!LOOPBACK_HOSTS.has(ours.hostname)) return false;
  let theirs: URL;
  try {
    theirs = new URL(origin);
  } catch {
    return false;
  }
  return (
    LOOPBACK_HOSTS.has(theirs.hostname) &&
    theirs.protocol === ours.protocol &&
    theirs.port === ours.port &&
    theirs.origin === origin
  );
}

/** Installs the check on the Engine.IO server that carries the Socket.IO handshakes. */
export function checkSocketOrigin(io: Server, publicUrl: string): void {
  io.engine.opts.allowRequest = (req: IncomingMessage, callback) => {
    const allowed = originAllowed(req.headers.origin, publicUrl);
    callback(allowed ? null : 'origin not allowed', allowed);
  };
}

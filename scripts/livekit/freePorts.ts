// Free loopback ports for one LiveKit instance, so several can run side by side (tests, dev).
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

/**
 * Ports this process has handed out. Many callers take a port now and bind it later (a LiveKit that
 * starts after the servers that point at it): the OS may pick the same free port again meanwhile,
 * and a second listener on it would either fail to start or, worse, answer in the first one's place.
 */
const handedOut = new Set<number>();
const ATTEMPTS = 20;

/** A TCP port nobody listens on right now (the OS picks it), never one this process handed out. */
export async function freeTcpPort(): Promise<number> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const port = await osPickedPort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no TCP port on 127.0.0.1 that was not handed out already (${ATTEMPTS} tries)`);
}

function osPickedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function udpPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => resolve(false));
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });
}

/**
 * `count` consecutive free UDP ports, for LiveKit's ICE port range. Tries random bases above the
 * usual ephemeral range so it rarely collides with ports the OS hands out.
 */
export async function freeUdpRange(
  count: number,
  attempts = 50,
): Promise<{ start: number; end: number }> {
  for (let i = 0; i < attempts; i++) {
    const start = 20_000 + Math.floor(Math.random() * (30_000 - count));
    let allFree = true;
    for (let port = start; port < start + count && allFree; port++)
      allFree = await udpPortFree(port);
    if (allFree) return { start, end: start + count - 1 };
  }
  throw new Error(`no ${count} consecutive free UDP ports found on 127.0.0.1`);
}

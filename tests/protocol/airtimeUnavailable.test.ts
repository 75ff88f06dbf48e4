import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSession,
  join,
  LiveClient,
  openTestSocket,
  startInProcessServer,
  waitForEvent,
  whenConnected,
  withTimeout,
  type Listenable,
  type RunningServer,
} from '@intervision/testkit';

/** A socket whose `airtime:unavailable` events are counted from before it connects. */
function countingSocket(url: string, credential: string) {
  const socket = openTestSocket(url, credential);
  const counted = { unavailable: 0 };
  socket.on('airtime:unavailable', () => (counted.unavailable += 1));
  const firstView = waitForEvent(
    socket as unknown as Listenable,
    'session:state',
    () => true,
    10_000,
    'first view',
  );
  return { socket, counted, firstView };
}

/** Resolves with a command's ack: sent after the greeting, it arrives after all of it. */
function ack(socket: Socket, event: string): Promise<unknown> {
  return withTimeout(
    new Promise((resolve) => socket.emit(event, resolve)),
    5_000,
    `ack for ${event}`,
  );
}

/**
 * Without a media server nothing measures airtime: a chair is told so on connect, instead of a
 * panel that would list everyone as "not yet spoken" for the whole session.
 */
describe('a server that measures no airtime', () => {
  let server: RunningServer;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = await startInProcessServer();
  });

  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.close();
  });

  it('tells the chair on connect, and nobody else; the mirror is refused', async () => {
    const created = await createSession(server.url, { title: 'No media', method: 'intervision' });
    const chair = await join(server.url, created.id, created.chairUrl, 'Chair');
    const peer = await join(server.url, created.id, created.inviteUrl, 'Peer');
    const chairSocket = countingSocket(server.url, chair.credential);
    const peerSocket = countingSocket(server.url, peer.credential);
    sockets.push(chairSocket.socket, peerSocket.socket);
    const told = waitForEvent(
      chairSocket.socket as unknown as Listenable,
      'airtime:unavailable',
      () => true,
      10_000,
      'airtime:unavailable',
    );
    await Promise.all([
      whenConnected(chairSocket.socket, 5_000),
      whenConnected(peerSocket.socket, 5_000),
    ]);
    expect(await told).toEqual([null]);
    // The peer's greeting is whole by the time a later command is answered on the same socket.
    await peerSocket.firstView;
    expect(await ack(peerSocket.socket, 'hand:raise')).toEqual({ ok: true });
    expect(peerSocket.counted.unavailable).toBe(0);
    expect(chairSocket.counted.unavailable).toBe(1);

    const live = await LiveClient.connect(server.url, chair.credential);
    sockets.push(live.socket as unknown as Socket);
    expect(await live.send('presenter:set', { identity: peer.identity })).toEqual({ ok: true });
    expect(await live.send('session:start')).toEqual({ ok: true });
    expect(await live.send('airtime:mirror', { show: true })).toMatchObject({
      ok: false,
      error: 'media_unavailable',
    });
  });
});

import type { Room } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPeer, RoomEvent } from '@intervision/testkit/rtc';
import {
  createSession,
  join,
  LiveClient,
  startServerWithLivekit,
  type ServerWithLivekit,
  waitForEvent,
  type Listenable,
} from '@intervision/testkit';

/** LiveKit closed this participant's connection (the testkit's typed room events omit it). */
const disconnected = (room: Room) =>
  waitForEvent(room as unknown as Listenable, RoomEvent.Disconnected, undefined, 15_000);

describe('a removed person leaves the media room too', () => {
  let env: ServerWithLivekit;
  const rooms: Room[] = [];
  let chairLive: LiveClient | undefined;
  beforeAll(async () => {
    env = await startServerWithLivekit();
  });
  afterAll(async () => {
    await Promise.all(rooms.map((r) => r.disconnect()));
    chairLive?.close();
    await env?.close();
  });

  it('the chair removes a peer in the call: LiveKit drops them, and their old token cannot bring them back', async () => {
    const url = env.server.url;
    const created = await createSession(url, { title: 'Media removal', method: 'intervision' });
    const chair = await join(url, created.id, created.chairUrl, 'Chair');
    const anna = await join(url, created.id, created.inviteUrl, 'Anna');
    expect(anna.livekit).not.toBeNull();
    const inRoom = async () =>
      (await env.roomService.listParticipants(created.id)).map((p) => p.identity);

    const annaRoom = await connectPeer(anna.livekit!.url, anna.livekit!.token);
    rooms.push(annaRoom);
    await expect.poll(inRoom, { timeout: 10_000 }).toContain(anna.identity);

    chairLive = await LiveClient.connect(url, chair.credential);
    const dropped = disconnected(annaRoom);
    expect(await chairLive.send('participant:remove', { identity: anna.identity })).toEqual({
      ok: true,
    });
    await dropped;
    await expect.poll(inRoom, { timeout: 10_000 }).not.toContain(anna.identity);

    // The token is still within its lifetime; the join webhook has the server put her out again.
    const back = await connectPeer(anna.livekit!.url, anna.livekit!.token).catch(() => null);
    if (back) {
      rooms.push(back);
      await disconnected(back);
    }
    await expect.poll(inRoom, { timeout: 10_000 }).not.toContain(anna.identity);
  });
});

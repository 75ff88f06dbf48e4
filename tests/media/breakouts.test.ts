import {
  GATHERING_LIMITS,
  type CreateGatheringResponse,
  type GatheringLiveKitDetails,
  type GatheringTokenResponse,
  type JoinGatheringResponse,
} from '@intervision/shared';
import type { Room } from '@livekit/rtc-node';
import { TrackSource, type RoomServiceClient } from 'livekit-server-sdk';
import { SimulatedClock } from 'xstate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGathering,
  GatheringClient,
  joinGathering,
  request,
  startServerWithLivekit,
  waitForEvent,
  type Listenable,
  type RunningServer,
  type ServerWithLivekit,
} from '@intervision/testkit';
import {
  connectPeer,
  hearsNextTrack,
  listenTo,
  publishTone,
  RoomEvent,
  waitForRoomEvent,
  type Tone,
} from '@intervision/testkit/rtc';

const T0 = 1_800_000_000_000;

/** One person: their join, their socket and their current rtc-node room. */
interface Person {
  join: JoinGatheringResponse;
  socket: GatheringClient;
  room: Room | null;
}

/**
 * Breakout rooms are separate LiveKit rooms driven by the real server: rtc-node participants that
 * never mute themselves (modified clients), so what is observed is the server's doing.
 */
describe('gathering breakouts with real LiveKit', () => {
  const clock = new SimulatedClock();
  clock.set(T0);
  let env: ServerWithLivekit;
  let server: RunningServer;
  let roomService: RoomServiceClient;
  let created: CreateGatheringResponse;
  let host: Person;
  let people: Person[];
  const tones: Tone[] = [];
  const extraRooms: Room[] = [];

  const plenary = () => `gathering-${created.id}`;
  const token = async (p: Person): Promise<GatheringLiveKitDetails> => {
    const res = await request<GatheringTokenResponse>(
      server.url,
      'POST',
      `/api/gatherings/${created.id}/token`,
      undefined,
      { authorization: `Bearer ${p.join.credential}` },
    );
    expect(res.status).toBe(200);
    return res.body.livekit;
  };
  const sources = async (room: string, identity: string) =>
    (await roomService.getParticipant(room, identity)).permission?.canPublishSources ?? [];
  const mayUseMic = async (room: string, identity: string) =>
    (await sources(room, identity).catch((): TrackSource[] => [])).includes(TrackSource.MICROPHONE);
  const tryPublish = (room: Room, name: string) =>
    publishTone(room, name).then(
      (tone) => (tones.push(tone), 'published'),
      () => 'refused',
    );
  const inRoom = async (room: string) =>
    (await roomService.listParticipants(room).catch(() => [])).map((p) => p.identity).sort();
  /** What a well-behaved client does on `gathering:moved`: join the new room, leave the old. */
  const follow = async (p: Person, place: string, room?: string) => {
    const moved = await p.socket.waitForMove(
      (m) => m.place === place && m.livekit !== null && (!room || m.livekit.room === room),
    );
    const next = await connectPeer(moved.livekit!.url, moved.livekit!.token);
    await p.room?.disconnect();
    p.room = next;
    return moved.livekit!;
  };

  beforeAll(async () => {
    env = await startServerWithLivekit({ now: () => clock.now(), clock });
    ({ server, roomService } = env);
    created = await createGathering(server.url, { title: 'Network day' });
    const enter = async (url: string, name: string): Promise<Person> => {
      const join = await joinGathering(server.url, created.id, url, name);
      const socket = await GatheringClient.connect(server.url, join.credential);
      return { join, socket, room: null };
    };
    host = await enter(created.hostUrl, 'Host');
    people = [];
    for (const name of ['P1', 'P2', 'P3', 'P4']) people.push(await enter(created.inviteUrl, name));
    for (const p of [host, ...people]) {
      const details = await token(p);
      expect(details.room).toBe(plenary());
      p.room = await connectPeer(details.url, details.token);
    }
  });

  afterAll(async () => {
    await Promise.all(tones.map((t) => t.stop()));
    await Promise.all([host, ...(people ?? [])].map((p) => p?.room?.disconnect()));
    await Promise.all(extraRooms.map((r) => r.disconnect()));
    [host, ...(people ?? [])].forEach((p) => p?.socket.close());
    await env?.close();
  });

  it('an attendee without the floor cannot publish audio in the plenary, and can once given it', async () => {
    const [p1] = people as [Person];
    const id = p1.join.identity;
    await expect
      .poll(() => mayUseMic(plenary(), host.join.identity), { timeout: 15_000 })
      .toBe(true);
    // Joined and granted what an attendee gets: the camera, not the microphone.
    await expect
      .poll(async () => (await sources(plenary(), id)).includes(TrackSource.CAMERA), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(await mayUseMic(plenary(), id)).toBe(false);
    expect(await tryPublish(p1.room!, 'no-floor')).toBe('refused');

    expect(await host.socket.send('floor:give', { identity: id })).toEqual({ ok: true });
    await expect.poll(() => mayUseMic(plenary(), id), { timeout: 15_000 }).toBe(true);
    const tone = await hearsNextTrack(host.room!, id, () => publishTone(p1.room!, 'with-floor'));
    tones.push(tone);

    const unpublished = waitForRoomEvent(
      host.room!,
      RoomEvent.TrackUnpublished,
      (_pub, who) => who.identity === id,
    );
    expect(await host.socket.send('floor:take', { identity: id })).toEqual({ ok: true });
    await unpublished;
    expect(await mayUseMic(plenary(), id)).toBe(false);
  });

  it('two pairs in two breakout rooms hear their own room and not the other', async () => {
    const [p1, p2, p3, p4] = people as [Person, Person, Person, Person];
    expect(
      await host.socket.send('breakouts:open', {
        size: 2,
        assign: 'host',
        assignments: [
          [p1.join.identity, p2.join.identity],
          [p3.join.identity, p4.join.identity],
        ],
        format: 'open-talk',
        minutes: 10,
      }),
    ).toEqual({ ok: true });
    const r1 = await follow(p1, 'r1');
    await follow(p2, 'r1');
    const r2 = await follow(p3, 'r2');
    await follow(p4, 'r2');
    expect(r1.room).not.toBe(r2.room);
    for (const p of people) {
      await expect
        .poll(() => mayUseMic(p === p1 || p === p2 ? r1.room : r2.room, p.join.identity), {
          timeout: 15_000,
        })
        .toBe(true);
    }
    // Everyone left the plenary; each breakout holds exactly its pair.
    await expect
      .poll(() => inRoom(r1.room), { timeout: 15_000 })
      .toEqual([p1.join.identity, p2.join.identity].sort());
    await expect
      .poll(() => inRoom(r2.room), { timeout: 15_000 })
      .toEqual([p3.join.identity, p4.join.identity].sort());
    await expect.poll(() => inRoom(plenary()), { timeout: 15_000 }).toEqual([host.join.identity]);

    // P3 would hear P1's track if it could reach room 2 at all: it must not arrive there.
    let leaked = false;
    const watch = (...args: unknown[]) => {
      const who = args[2] as { identity?: string } | undefined;
      if (who?.identity === p1.join.identity || who?.identity === p2.join.identity) leaked = true;
    };
    p3.room!.on(RoomEvent.TrackSubscribed, watch);
    p4.room!.on(RoomEvent.TrackSubscribed, watch);
    tones.push(await hearsNextTrack(p2.room!, p1.join.identity, () => publishTone(p1.room!, 'r1')));
    tones.push(await hearsNextTrack(p3.room!, p4.join.identity, () => publishTone(p4.room!, 'r2')));
    p3.room!.off(RoomEvent.TrackSubscribed, watch);
    p4.room!.off(RoomEvent.TrackSubscribed, watch);
    expect(leaked).toBe(false);
    expect([...p3.room!.remoteParticipants.values()].map((p) => p.identity)).toEqual([
      p4.join.identity,
    ]);
  });

  it('a person the host moves is removed from the old LiveKit room even if their client stays', async () => {
    const [p1, , p3] = people as [Person, Person, Person];
    const id = p1.join.identity;
    const oldRoom = p1.room!;
    const oldName = `gathering-${created.id}-b1-r1`;
    const disconnected = waitForEvent(
      oldRoom as unknown as Listenable,
      RoomEvent.Disconnected,
      undefined,
      20_000,
    );
    expect(await host.socket.send('participant:move', { identity: id, room: 'r2' })).toEqual({
      ok: true,
    });
    // A modified client: joins the new room but never leaves the old one itself.
    const moved = await p1.socket.waitForMove((m) => m.place === 'r2' && m.livekit !== null);
    p1.room = await connectPeer(moved.livekit!.url, moved.livekit!.token);
    extraRooms.push(oldRoom);
    await disconnected;
    await expect.poll(() => inRoom(oldName), { timeout: 15_000 }).not.toContain(id);
    await expect.poll(() => inRoom(moved.livekit!.room), { timeout: 15_000 }).toContain(id);
    // P3 in room 2 now has P1 with them.
    await expect
      .poll(() => [...p3.room!.remoteParticipants.values()].map((p) => p.identity), {
        timeout: 15_000,
      })
      .toContain(id);
  });

  it('LiveKit keeps the plenary room through the longest breakouts even when nobody is in it', async () => {
    // LiveKit closes an emptied room after its departure timeout, counted from the last departure
    // (a createRoom of the existing room does not restart it); at 100 people, whose joins take a
    // while, a recall ~50 s after the plenary emptied was refused: "requested room does not exist".
    const breakout = `gathering-${created.id}-b1-r1`;
    const rooms = await roomService.listRooms([plenary(), breakout]);
    expect(rooms.map((r) => r.name).sort()).toEqual([plenary(), breakout].sort());
    const longest =
      GATHERING_LIMITS.minutesMax * 60 +
      GATHERING_LIMITS.extendTotalSecondsMax +
      GATHERING_LIMITS.recallWarningMs / 1000;
    const kept = (name: string) => rooms.find((r) => r.name === name)?.departureTimeout ?? 0;
    expect(kept(plenary())).toBeGreaterThanOrEqual(longest);
    // A breakout room keeps LiveKit's usual minute: empty rooms of a pair do not linger for hours.
    expect(kept(breakout)).toBeLessThan(longest);
  });

  it('after the recall everyone is back in the plenary and hears the host', async () => {
    expect(await host.socket.send('breakouts:close')).toEqual({ ok: true });
    await host.socket.waitFor((v) => v.stage === 'recalling');
    clock.increment(30_000);
    for (const p of people) await follow(p, 'plenary');
    await expect
      .poll(() => inRoom(plenary()), { timeout: 20_000 })
      .toEqual([host.join.identity, ...people.map((p) => p.join.identity)].sort());
    const subscribed = people.map((p) =>
      waitForRoomEvent(
        p.room!,
        RoomEvent.TrackSubscribed,
        (_t, _pub, who) => who.identity === host.join.identity,
      ),
    );
    tones.push(await publishTone(host.room!, 'host'));
    for (const s of subscribed) {
      const [track] = await s;
      const audio = listenTo(track);
      try {
        await audio.waitForAudio(25);
      } finally {
        await audio.stop();
      }
    }
    // The breakout rooms are deleted once empty.
    await expect
      .poll(
        async () =>
          (await roomService.listRooms()).map((r) => r.name).filter((n) => n.includes('-b1-')),
        {
          timeout: 20_000,
        },
      )
      .toEqual([]);
  });

  it('in dyad supervision the listener’s microphone is refused by LiveKit, and the roles swap with the phase', async () => {
    const [p1, p2] = people as [Person, Person];
    expect(
      await host.socket.send('breakouts:open', {
        size: 2,
        assign: 'host',
        assignments: [[p1.join.identity, p2.join.identity]],
        format: 'dyad-supervision',
      }),
    ).toEqual({ ok: true });
    // The second opening's rooms are new LiveKit rooms.
    const room = `gathering-${created.id}-b2-r1`;
    await follow(p1, 'r1', room);
    await follow(p2, 'r1', room);
    // A speaks, B listens: B keeps the camera and is refused the microphone.
    await expect.poll(() => mayUseMic(room, p1.join.identity), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(async () => (await sources(room, p2.join.identity)).includes(TrackSource.CAMERA), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(await mayUseMic(room, p2.join.identity)).toBe(false);
    expect(await tryPublish(p2.room!, 'b-out-of-turn')).toBe('refused');

    // Three minutes on: B reflects, A listens.
    clock.increment(180_000);
    await expect.poll(() => mayUseMic(room, p2.join.identity), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => mayUseMic(room, p1.join.identity), { timeout: 15_000 }).toBe(false);
    tones.push(await hearsNextTrack(p1.room!, p2.join.identity, () => publishTone(p2.room!, 'b')));
  });
});

import type { JoinSessionResponse } from '@intervision/shared';
import type { RemoteParticipant, Room } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectPeer,
  hearsNextTrack,
  publishTone,
  RoomEvent,
  type Tone,
} from '@intervision/testkit/rtc';
import {
  createSession,
  join,
  request,
  LiveClient,
  startServerWithLivekit,
  type ServerWithLivekit,
} from '@intervision/testkit';

/**
 * Publishing rights come only from the server, when LiveKit reports a join: a token, whenever it
 * was issued, lets its holder listen and nothing more. Everyone here gets their token in the lobby
 * and connects later, as a person with a slow network or a modified client would.
 */
describe('media rights on joining come from the phase in force, not from the token', () => {
  let env: ServerWithLivekit;
  let sessionId: string;
  let chair: JoinSessionResponse;
  let presenter: JoinSessionResponse;
  let peer: JoinSessionResponse;
  let chairLive: LiveClient;
  const rooms: Room[] = [];
  const tones: Tone[] = [];

  const permissionOf = async (identity: string) =>
    (await env.roomService.getParticipant(sessionId, identity)).permission;

  beforeAll(async () => {
    env = await startServerWithLivekit();
    const created = await createSession(env.server.url, { title: 'Joins', method: 'intervision' });
    sessionId = created.id;
    chair = await join(env.server.url, sessionId, created.chairUrl, 'Chair');
    presenter = await join(env.server.url, sessionId, created.inviteUrl, 'Presenter');
    peer = await join(env.server.url, sessionId, created.inviteUrl, 'Peer');
    for (const j of [chair, presenter, peer]) expect(j.livekit).not.toBeNull();
    chairLive = await LiveClient.connect(env.server.url, chair.credential);
    expect(await chairLive.send('presenter:set', { identity: presenter.identity })).toEqual({
      ok: true,
    });
    expect(await chairLive.send('session:start')).toEqual({ ok: true });
    expect(await chairLive.send('phase:next')).toEqual({ ok: true });
    await chairLive.waitFor((v) => v.phase?.id === 'muted-reflection');
  });

  afterAll(async () => {
    await Promise.all(tones.map((t) => t.stop()));
    await Promise.all(rooms.map((r) => r.disconnect()));
    chairLive?.close();
    await env?.close();
  });

  it('a peer joining during muted reflection is granted the microphone and heard', async () => {
    const peerRoom = await connectPeer(peer.livekit!.url, peer.livekit!.token);
    rooms.push(peerRoom);
    await expect.poll(async () => (await permissionOf(peer.identity))?.canPublish).toBe(true);
    const listener = await connectPeer(chair.livekit!.url, chair.livekit!.token);
    rooms.push(listener);
    tones.push(await hearsNextTrack(listener, peer.identity, () => publishTone(peerRoom)));
  });

  it('the presenter joining during muted reflection with a lobby token never may publish, and no peer hears it', async () => {
    const [peerRoom, chairRoom] = rooms as [Room, Room];
    const presenterRoom = await connectPeer(presenter.livekit!.url, presenter.livekit!.token);
    rooms.push(presenterRoom);
    // The first moment LiveKit knows the presenter: the token alone decides.
    const atJoin = (await env.roomService.listParticipants(sessionId)).find(
      (p) => p.identity === presenter.identity,
    );
    expect(atJoin?.permission?.canPublish).toBe(false);
    expect(atJoin?.permission?.canPublishSources).toEqual([]);
    expect(atJoin?.permission?.canSubscribe).toBe(true);

    // Once the server has handled the join, it still withholds publishing.
    await chairLive.waitFor(
      (v) => v.participants.find((p) => p.identity === presenter.identity)?.inMedia === true,
    );
    const leaked: string[] = [];
    const onPublished = (_pub: unknown, who: RemoteParticipant) => {
      if (who.identity === presenter.identity) leaked.push('published');
    };
    peerRoom.on(RoomEvent.TrackPublished, onPublished);
    try {
      const attempt = await publishTone(presenterRoom, 'sneaky').then(
        (tone) => (tones.push(tone), 'published'),
        () => 'refused',
      );
      // Bounded by events: a track the chair publishes now reaches the peer through the same SFU,
      // so a leaked presenter track would have arrived by then too.
      tones.push(await hearsNextTrack(peerRoom, chair.identity, () => publishTone(chairRoom)));
      expect(attempt).toBe('refused');
      expect(leaked).toEqual([]);
      expect(peerRoom.remoteParticipants.get(presenter.identity)?.trackPublications.size).toBe(0);
      const after = await permissionOf(presenter.identity);
      expect(after?.canPublish).toBe(false);
      expect(after?.canPublishSources).toEqual([]);
    } finally {
      peerRoom.off(RoomEvent.TrackPublished, onPublished);
    }
  });

  it('the presenter is granted the microphone when invited to respond, and the peer hears it', async () => {
    const [peerRoom, , presenterRoom] = rooms as [Room, Room, Room];
    expect(await chairLive.send('phase:next')).toEqual({ ok: true });
    await chairLive.waitFor((v) => v.phase?.id === 'presenter-response');
    await expect.poll(async () => (await permissionOf(presenter.identity))?.canPublish).toBe(true);
    tones.push(
      await hearsNextTrack(peerRoom, presenter.identity, () => publishTone(presenterRoom, 'mic')),
    );
  });
});

describe('a deleted session’s media room stays gone', () => {
  let env: ServerWithLivekit;
  const rooms: Room[] = [];

  beforeAll(async () => {
    env = await startServerWithLivekit();
  });

  afterAll(async () => {
    await Promise.all(rooms.map((r) => r.disconnect()));
    await env?.close();
  });

  it('a token issued before the deletion cannot join, and the room is not listed', async () => {
    const created = await createSession(env.server.url, { title: 'Gone', method: 'intervision' });
    const chair = await join(env.server.url, created.id, created.chairUrl, 'Chair');
    const peer = await join(env.server.url, created.id, created.inviteUrl, 'Peer');
    rooms.push(await connectPeer(chair.livekit!.url, chair.livekit!.token));
    expect((await env.roomService.listRooms()).map((r) => r.name)).toContain(created.id);

    const deleted = await request(
      env.server.url,
      'DELETE',
      `/api/sessions/${created.id}`,
      undefined,
      {
        authorization: `Bearer ${chair.credential}`,
      },
    );
    expect(deleted.status).toBe(204);
    expect((await env.roomService.listRooms()).map((r) => r.name)).not.toContain(created.id);

    await expect(connectPeer(peer.livekit!.url, peer.livekit!.token)).rejects.toThrow(
      /requested room does not exist/,
    );
    expect((await env.roomService.listRooms()).map((r) => r.name)).not.toContain(created.id);
  });
});

import { FULL_RIGHTS, mediaRights, type MediaRights, type Role } from '@intervision/shared';
import type { RemoteParticipant, RemoteTrackPublication, Room } from '@livekit/rtc-node';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLivekitGateway } from '@intervision/server/media';
import { sharedLivekit } from '@intervision/testkit/vitest';
import {
  connectPeer,
  hearsNextTrack,
  publishTone,
  RoomEvent,
  waitForRoomEvent,
  type Tone,
} from '@intervision/testkit/rtc';

const { livekitUrl, apiKey, apiSecret, gateway, roomService } = sharedLivekit();
const sessionId = `enforce-${Date.now()}`;
const listening = mediaRights({ presenter: 'listen' }, 'presenter');

const people = { presenter: 'presenter-p', peer: 'peer-p', chair: 'chair-p' } as const;
let presenter: Room;
let peer: Room;
let chair: Room;
const tones: Tone[] = [];

async function join(identity: string, role: Role, rights: MediaRights): Promise<Room> {
  const { url, token } = await gateway.issueToken({
    sessionId,
    identity,
    name: identity,
    role,
    rights,
  });
  return connectPeer(url, token);
}

/** What the protocol would send for this phase. */
function desired(presenterRights: MediaRights) {
  return [
    {
      identity: people.presenter,
      role: 'presenter' as const,
      rights: presenterRights,
      inRoom: true,
    },
    { identity: people.peer, role: 'peer' as const, rights: FULL_RIGHTS, inRoom: true },
    { identity: people.chair, role: 'chair' as const, rights: FULL_RIGHTS, inRoom: true },
  ];
}

/** The peer subscribes to the next track `identity` publishes and hears it. */
async function peerHears(identity: string, publish: () => Promise<Tone>): Promise<void> {
  tones.push(await hearsNextTrack(peer, identity, publish));
}

beforeAll(async () => {
  // Everyone joins while the presenter may speak (e.g. the presentation phase).
  presenter = await join(people.presenter, 'presenter', FULL_RIGHTS);
  peer = await join(people.peer, 'peer', FULL_RIGHTS);
  chair = await join(people.chair, 'chair', FULL_RIGHTS);
  // Tokens let nobody publish; the server grants the phase's rights once they are in the room.
  await gateway.enforce(sessionId, desired(FULL_RIGHTS));
});

afterAll(async () => {
  await Promise.all(tones.map((t) => t.stop()));
  await Promise.all([presenter, peer, chair].map((r) => r?.disconnect()));
  await gateway.deleteRoom(sessionId);
  gateway.close();
});

describe('the SFU enforces the phase media policy', () => {
  test('a peer hears the presenter while the presenter may speak', async () => {
    await peerHears(people.presenter, () => publishTone(presenter));
  });

  test('entering muted reflection removes the presenter microphone for every peer', async () => {
    const unpublished = [peer, chair].map((room) =>
      waitForRoomEvent(
        room,
        RoomEvent.TrackUnpublished,
        (_pub, who) => who.identity === people.presenter,
      ),
    );
    await gateway.enforce(sessionId, desired(listening));
    await Promise.all(unpublished);

    const info = await roomService.getParticipant(sessionId, people.presenter);
    expect(info.permission?.canPublish).toBe(false);
    expect(info.permission?.canPublishSources).toEqual([]);
    expect(info.permission?.canSubscribe).toBe(true);
    expect(JSON.parse(info.metadata)).toEqual({ role: 'presenter' });
    const seenByPeer = peer.remoteParticipants.get(people.presenter);
    expect(seenByPeer?.trackPublications.size).toBe(0);
  });

  test('a modified presenter that publishes a microphone during muted reflection is not heard', async () => {
    const leaked: string[] = [];
    const onTrack = (_x: unknown, who: RemoteParticipant) => {
      if (who.identity === people.presenter) leaked.push('published');
    };
    const onSubscribed = (_t: unknown, _p: RemoteTrackPublication, who: RemoteParticipant) => {
      if (who.identity === people.presenter) leaked.push('subscribed');
    };
    peer.on(RoomEvent.TrackPublished, onTrack);
    peer.on(RoomEvent.TrackSubscribed, onSubscribed);
    try {
      // The tampered client ignores its own policy and publishes anyway.
      const attempt = publishTone(presenter, 'sneaky').then(
        (tone) => {
          tones.push(tone);
          return 'published' as const;
        },
        () => 'refused' as const,
      );
      // The bound is measured by events: an allowed participant publishing right after the attempt
      // reaches the peer through the same SFU; by then a leaked track would have arrived too.
      await peerHears(people.chair, () => publishTone(chair));
      const outcome = await attempt;
      expect(leaked).toEqual([]);
      expect(peer.remoteParticipants.get(people.presenter)?.trackPublications.size).toBe(0);
      const info = await roomService.getParticipant(sessionId, people.presenter);
      expect(info.tracks).toEqual([]);
      // LiveKit never acknowledges a publication of a source the participant may not publish.
      expect(outcome).toBe('refused');
    } finally {
      peer.off(RoomEvent.TrackPublished, onTrack);
      peer.off(RoomEvent.TrackSubscribed, onSubscribed);
    }
  });

  test('when the presenter is invited to respond, the presenter publishes again and peers hear it', async () => {
    await gateway.enforce(sessionId, desired(FULL_RIGHTS));
    const info = await roomService.getParticipant(sessionId, people.presenter);
    expect(info.permission?.canPublish).toBe(true);
    await peerHears(people.presenter, () => publishTone(presenter, 'mic-again'));
  });
});

describe('granting a newcomer', () => {
  test('a participant reported joined before LiveKit lists them is granted as soon as it does', async () => {
    // Retries spread over seconds, so the join below lands while they run.
    const patient = createLivekitGateway({
      url: livekitUrl,
      apiKey,
      apiSecret,
      logger: pino({ level: 'silent' }),
      backoff: { tries: 60, firstDelayMs: 50, maxDelayMs: 200 },
    });
    const room = `newcomer-${Date.now()}`;
    const { url, token } = await patient.issueToken({
      sessionId: room,
      identity: 'late-peer',
      name: 'Late',
      role: 'peer',
    });
    const enforced = patient.enforce(room, [
      { identity: 'late-peer', role: 'peer', rights: FULL_RIGHTS, inRoom: true },
    ]);
    const late = await connectPeer(url, token);
    try {
      await enforced;
      const info = await roomService.getParticipant(room, 'late-peer');
      expect(info.permission?.canPublish).toBe(true);
    } finally {
      await late.disconnect();
      await patient.deleteRoom(room);
      patient.close();
    }
  });
});

import { FULL_RIGHTS, mediaRights, type MediaRights, type Role } from '@intervision/shared';
import type {
  RemoteParticipant,
  RemoteTrack,
  RemoteTrackPublication,
  Room,
} from '@livekit/rtc-node';
import { TrackSource } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sharedLivekit } from '@intervision/testkit/vitest';
import {
  connectPeer,
  hearsNextTrack,
  listenTo,
  publishTone,
  RoomEvent,
  waitForRoomEvent,
  type Tone,
} from '@intervision/testkit/rtc';

/**
 * The return without a republish (docs/media-unmute.md): a presenter whose client mutes keeps its
 * track published through muted reflection, cut off from everyone at the SFU; a presenter whose
 * client does not mute loses the permission as before. Everything is LiveKit's own state and the
 * audio a real peer decodes.
 */
const { gateway, roomService } = sharedLivekit();
const sessionId = `muted-track-${Date.now()}`;
const listening = mediaRights({ presenter: 'listen' }, 'presenter');
const people = { presenter: 'presenter-m', peer: 'peer-m', chair: 'chair-m' } as const;
let presenter: Room;
let peer: Room;
let chair: Room;
let mic: Tone;
const tones: Tone[] = [];

async function join(identity: string, role: Role): Promise<Room> {
  const { url, token } = await gateway.issueToken({ sessionId, identity, name: identity, role });
  return connectPeer(url, token);
}

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

const isPresenter = (who: RemoteParticipant) => who.identity === people.presenter;

/** The presenter's own (honest) client mutes, and the peer's SDK has heard of it. */
async function presenterMutes(): Promise<void> {
  const muted = waitForRoomEvent(peer, RoomEvent.TrackMuted, (_pub, who) => isPresenter(who));
  mic.setMuted(true);
  await muted;
}

async function presenterInfo() {
  return roomService.getParticipant(sessionId, people.presenter);
}

beforeAll(async () => {
  presenter = await join(people.presenter, 'presenter');
  peer = await join(people.peer, 'peer');
  chair = await join(people.chair, 'chair');
  await gateway.enforce(sessionId, desired(FULL_RIGHTS));
  mic = await hearsNextTrack(peer, people.presenter, () => publishTone(presenter));
  tones.push(mic);
});

afterAll(async () => {
  await Promise.all(tones.map((t) => t.stop()));
  await Promise.all([presenter, peer, chair].map((r) => r?.disconnect()));
  await gateway.deleteRoom(sessionId);
});

describe('a presenter whose client mutes keeps the track through muted reflection', () => {
  test('muted reflection keeps an honestly muted microphone published and its permission held', async () => {
    await presenterMutes();
    await gateway.enforce(sessionId, desired(listening));

    const info = await presenterInfo();
    expect(info.tracks.map((t) => [t.sid, t.source, t.muted])).toEqual([
      [mic.publication.sid, TrackSource.MICROPHONE, true],
    ]);
    // Only the source whose track is muted is held; nothing else may be published.
    expect(info.permission?.canPublish).toBe(true);
    expect(info.permission?.canPublishSources).toEqual([TrackSource.MICROPHONE]);
  });

  test('the response phase brings the same track back to the peer, without a new publication', async () => {
    const republished: string[] = [];
    const onPublished = (_p: RemoteTrackPublication, who: RemoteParticipant) => {
      if (isPresenter(who)) republished.push('published');
    };
    peer.on(RoomEvent.TrackPublished, onPublished);
    try {
      const subscribed = waitForRoomEvent(peer, RoomEvent.TrackSubscribed, (_t, _p, who) =>
        isPresenter(who),
      );
      await gateway.enforce(sessionId, desired(FULL_RIGHTS));
      mic.setMuted(false);
      const [track, publication] = await subscribed;
      expect(publication.sid).toBe(mic.publication.sid);
      const audio = listenTo(track);
      try {
        await audio.waitForAudio(25);
      } finally {
        await audio.stop();
      }
      expect(republished).toEqual([]);
    } finally {
      peer.off(RoomEvent.TrackPublished, onPublished);
    }
  });
});

describe('a modified presenter during muted reflection', () => {
  test('unmuting the kept microphone reaches no peer once the cut has landed', async () => {
    await presenterMutes();
    await gateway.enforce(sessionId, desired(listening));
    // LiveKit applies UpdateSubscriptions asynchronously, some tens of ms after answering (a test
    // that unmuted at once decoded 5 frames): let media flow through the same SFU to the same peer
    // first — the chair's tone, 25 frames heard — before the presenter unmutes.
    const chairSubscribed = waitForRoomEvent(
      peer,
      RoomEvent.TrackSubscribed,
      (_t, _p, who) => who.identity === people.chair,
    );
    tones.push(await publishTone(chair));
    const chairAudio = listenTo((await chairSubscribed)[0]);

    // Whatever track object the peer's SDK still holds for the presenter is listened to as well.
    const held = peer.remoteParticipants
      .get(people.presenter)
      ?.trackPublications.get(mic.publication.sid!)?.track as RemoteTrack | undefined;
    const heldAudio = held ? listenTo(held) : null;
    const leaks: string[] = [];
    const onSubscribed = (_t: unknown, _p: RemoteTrackPublication, who: RemoteParticipant) => {
      if (isPresenter(who)) leaks.push('subscribed');
    };
    peer.on(RoomEvent.TrackSubscribed, onSubscribed);
    try {
      await chairAudio.waitForAudio(25);
      const unmuted = waitForRoomEvent(peer, RoomEvent.TrackUnmuted, (_pub, who) =>
        isPresenter(who),
      );
      mic.setMuted(false);
      await unmuted;
      // Bounded by events, not time: another 50 frames of the chair's tone reach the peer after
      // the unmute; the presenter's live track would have been heard by then too.
      await chairAudio.waitForAudio(50);
      expect(leaks).toEqual([]);
      expect(heldAudio?.audibleFrames ?? 0).toBe(0);
      const info = await presenterInfo();
      expect(info.tracks.find((t) => t.sid === mic.publication.sid)?.muted).toBe(false);
    } finally {
      peer.off(RoomEvent.TrackSubscribed, onSubscribed);
      await Promise.all([heldAudio?.stop(), chairAudio.stop()]);
    }
  });

  test('the next enforcement pass revokes the microphone and LiveKit removes the live track', async () => {
    const unpublished = waitForRoomEvent(
      peer,
      RoomEvent.TrackUnpublished,
      (pub, who) => isPresenter(who) && pub.sid === mic.publication.sid,
    );
    await gateway.enforce(sessionId, desired(listening));
    await unpublished;
    const info = await presenterInfo();
    expect(info.tracks).toEqual([]);
    expect(info.permission?.canPublish).toBe(false);
    expect(info.permission?.canPublishSources).toEqual([]);
  });

  test('publishing a fresh microphone after the revocation is refused', async () => {
    const outcome = await publishTone(presenter, 'sneaky').then(
      (tone) => (tones.push(tone), 'published'),
      () => 'refused',
    );
    expect(outcome).toBe('refused');
  });
});

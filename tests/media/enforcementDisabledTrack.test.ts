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
  withholdAsPeer,
  type PeerWithholding,
  type Tone,
} from '@intervision/testkit/rtc';

/**
 * The return without a resubscription (docs/media-unmute.md), as sessions run it: the peers' own
 * clients disable a withdrawn participant's tracks at the SFU (`peersDisable`), so the server
 * leaves an honestly muted track subscribed and cuts and revokes only a track still live after the
 * grace. Two peers listen: an honest one (disables on the restriction, like the web client) and a
 * modified one (never disables). Everything is LiveKit's own state and the audio a real peer decodes.
 */
const { gateway, roomService } = sharedLivekit();
const sessionId = `disabled-track-${Date.now()}`;
const listening = mediaRights({ presenter: 'listen' }, 'presenter');
const people = {
  presenter: 'presenter-d',
  peer: 'peer-d',
  rogue: 'rogue-d',
  chair: 'chair-d',
} as const;
let presenter: Room;
let peer: Room;
let rogue: Room;
let chair: Room;
let honest: PeerWithholding;
let mic: Tone;
let chairTone: Tone | undefined;
const tones: Tone[] = [];

async function join(identity: string, role: Role): Promise<Room> {
  const { url, token } = await gateway.issueToken({ sessionId, identity, name: identity, role });
  return connectPeer(url, token);
}

/** The phase changes: the honest peer's client follows the view, the server enforces it. */
async function phase(presenterRights: MediaRights): Promise<void> {
  honest.follow((identity) => (identity === people.presenter ? presenterRights : FULL_RIGHTS));
  const member = (identity: string, role: Role, rights: MediaRights) => ({
    identity,
    role,
    rights,
    inRoom: true,
    peersDisable: true,
  });
  await gateway.enforce(sessionId, [
    member(people.presenter, 'presenter', presenterRights),
    member(people.peer, 'peer', FULL_RIGHTS),
    member(people.rogue, 'peer', FULL_RIGHTS),
    member(people.chair, 'chair', FULL_RIGHTS),
  ]);
}

const isPresenter = (who: RemoteParticipant) => who.identity === people.presenter;

/** The presenter's own (honest) client mutes, and both peers' SDKs have heard of it. */
async function presenterMutes(): Promise<void> {
  const muted = [peer, rogue].map((r) =>
    waitForRoomEvent(r, RoomEvent.TrackMuted, (_pub, who) => isPresenter(who)),
  );
  mic.setMuted(true);
  await Promise.all(muted);
}

/** The presenter's microphone track as `room`'s SDK holds it (subscribed all along). */
function heldTrack(room: Room): RemoteTrack {
  const track = room.remoteParticipants
    .get(people.presenter)
    ?.trackPublications.get(mic.publication.sid!)?.track;
  if (!track) throw new Error('the presenter’s microphone is not subscribed here');
  return track as RemoteTrack;
}

/**
 * Lets media flow through the same SFU to the honest peer — 25 frames of the chair's tone — so that
 * whatever the peer asked of the SFU before (LiveKit applies track settings asynchronously) landed.
 */
async function settled(): Promise<ReturnType<typeof listenTo>> {
  if (!chairTone) {
    const subscribed = waitForRoomEvent(
      peer,
      RoomEvent.TrackSubscribed,
      (_t, _p, who) => who.identity === people.chair,
    );
    chairTone = await publishTone(chair);
    tones.push(chairTone);
    const audio = listenTo((await subscribed)[0]);
    await audio.waitForAudio(25);
    return audio;
  }
  const chairTrack = peer.remoteParticipants.get(people.chair)?.trackPublications.values().next()
    .value?.track as RemoteTrack;
  const audio = listenTo(chairTrack);
  await audio.waitForAudio(25);
  return audio;
}

beforeAll(async () => {
  presenter = await join(people.presenter, 'presenter');
  peer = await join(people.peer, 'peer');
  rogue = await join(people.rogue, 'peer');
  chair = await join(people.chair, 'chair');
  honest = withholdAsPeer(peer);
  await phase(FULL_RIGHTS);
  mic = await hearsNextTrack(peer, people.presenter, () => publishTone(presenter));
  tones.push(mic);
});

afterAll(async () => {
  honest?.close();
  await Promise.all(tones.map((t) => t.stop()));
  await Promise.all([presenter, peer, rogue, chair].map((r) => r?.disconnect()));
  await gateway.deleteRoom(sessionId);
});

describe('an honest presenter and honest peers', () => {
  test('muted reflection keeps the muted microphone published, its permission held, nobody cut', async () => {
    await presenterMutes();
    await phase(listening);
    const info = await roomService.getParticipant(sessionId, people.presenter);
    expect(info.tracks.map((t) => [t.sid, t.source, t.muted])).toEqual([
      [mic.publication.sid, TrackSource.MICROPHONE, true],
    ]);
    expect(info.permission?.canPublishSources).toEqual([TrackSource.MICROPHONE]);
    expect([...honest.disabled]).toEqual([`${people.presenter}/${mic.publication.sid}`]);
  });

  test('the response phase: the honest peer hears the same subscription again, nothing renegotiated', async () => {
    const renegotiated: string[] = [];
    const onPublished = (_p: RemoteTrackPublication, who: RemoteParticipant) => {
      if (isPresenter(who)) renegotiated.push('published');
    };
    const onSubscribed = (_t: unknown, _p: RemoteTrackPublication, who: RemoteParticipant) => {
      if (isPresenter(who)) renegotiated.push('subscribed');
    };
    peer.on(RoomEvent.TrackPublished, onPublished).on(RoomEvent.TrackSubscribed, onSubscribed);
    const audio = listenTo(heldTrack(peer));
    try {
      await phase(FULL_RIGHTS);
      mic.setMuted(false);
      await audio.waitForAudio(25);
      expect(renegotiated).toEqual([]);
      expect(honest.disabled.size).toBe(0);
    } finally {
      peer.off(RoomEvent.TrackPublished, onPublished).off(RoomEvent.TrackSubscribed, onSubscribed);
      await audio.stop();
    }
  });
});

describe('a modified presenter during muted reflection', () => {
  test('unmuting the kept microphone reaches no honest peer; the next pass revokes it', async () => {
    await presenterMutes();
    await phase(listening);
    const chairAudio = await settled();
    const honestAudio = listenTo(heldTrack(peer));
    const rogueAudio = listenTo(heldTrack(rogue));
    try {
      const unmuted = waitForRoomEvent(peer, RoomEvent.TrackUnmuted, (_pub, who) =>
        isPresenter(who),
      );
      mic.setMuted(false);
      await unmuted;
      // Bounded by events, not time: the modified peer, which never disabled it, hears the live
      // track (the server sees no mute events: only its next pass can act), and another 50 frames
      // of the chair's tone reach the honest peer meanwhile.
      await Promise.all([rogueAudio.waitForAudio(10), chairAudio.waitForAudio(50)]);
      expect(honestAudio.audibleFrames).toBe(0);

      // The next pass (a webhook, the reconciler): live after the grace, so cut and revoked.
      const unpublished = waitForRoomEvent(
        rogue,
        RoomEvent.TrackUnpublished,
        (pub, who) => isPresenter(who) && pub.sid === mic.publication.sid,
      );
      await phase(listening);
      await unpublished;
      const info = await roomService.getParticipant(sessionId, people.presenter);
      expect(info.tracks).toEqual([]);
      expect(info.permission?.canPublishSources).toEqual([]);
      expect(honestAudio.audibleFrames).toBe(0);
    } finally {
      await Promise.all([chairAudio.stop(), honestAudio.stop(), rogueAudio.stop()]);
    }
  });

  test('publishing a fresh microphone after the revocation is refused', async () => {
    const outcome = await publishTone(presenter, 'sneaky').then(
      (tone) => (tones.push(tone), 'published'),
      () => 'refused',
    );
    expect(outcome).toBe('refused');
  });

  test('a presenter that never mutes is not heard by the honest peer and loses the track after the grace', async () => {
    await phase(FULL_RIGHTS);
    const live = await hearsNextTrack(peer, people.presenter, () =>
      publishTone(presenter, 'mic-again'),
    );
    tones.push(live);
    const sid = live.publication.sid!;
    const track = (room: Room) =>
      room.remoteParticipants.get(people.presenter)?.trackPublications.get(sid)
        ?.track as RemoteTrack;
    const unpublished = waitForRoomEvent(
      rogue,
      RoomEvent.TrackUnpublished,
      (pub, who) => isPresenter(who) && pub.sid === sid,
    );
    // The first pass sees the track live within the grace: it waits (retries) rather than cut;
    // the honest peer has disabled it already.
    const enforced = phase(listening);
    const chairAudio = await settled();
    const honestAudio = listenTo(track(peer));
    try {
      await chairAudio.waitForAudio(50);
      expect(honestAudio.audibleFrames).toBe(0);
      await enforced;
      await unpublished;
      const info = await roomService.getParticipant(sessionId, people.presenter);
      expect(info.tracks).toEqual([]);
      expect(info.permission?.canPublish).toBe(false);
    } finally {
      await Promise.all([chairAudio.stop(), honestAudio.stop()]);
    }
  });
});

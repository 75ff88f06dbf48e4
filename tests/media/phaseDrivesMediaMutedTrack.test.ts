import type { JoinSessionResponse } from '@intervision/shared';
import type { RemoteParticipant, RemoteTrackPublication, Room } from '@livekit/rtc-node';
import { TrackSource, type RoomServiceClient } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerWithLivekit, LiveClient } from '@intervision/testkit';
import {
  hearsNextTrack,
  listenTo,
  publishTone,
  RoomEvent,
  withholdAsPeer,
  type PeerWithholding,
  type Tone,
} from '@intervision/testkit/rtc';
import { startMediaSession, type MediaSession } from '@intervision/testkit/media-session';

/**
 * The real server keeps an honest presenter's muted track through muted reflection, and the peers
 * stay subscribed to it: each honest peer's client disables it at the SFU (the return is an unmute
 * and a re-enable, docs/media-unmute.md). While the muted track is kept, the presenter may still
 * publish a microphone, so a modified client can publish a *second* one: LiveKit subscribes the
 * peers to it at once and only the `track_published` webhook tells the server. The honest peer
 * disables it as it arrives; this measures what still reaches that peer.
 */
describe('a modified presenter publishing a second microphone while the first is kept muted', () => {
  let env: ServerWithLivekit;
  let roomService: RoomServiceClient;
  let chairLive: LiveClient;
  let presenter: JoinSessionResponse;
  let presenterRoom: Room;
  let peerRoom: Room;
  let mic: Tone;
  let tones: Tone[];
  let media: MediaSession;
  let honestPeer: PeerWithholding;
  const sessionId = () => chairLive.latest!.id;
  const presenterInfo = () => roomService.getParticipant(sessionId(), presenter.identity);

  beforeAll(async () => {
    media = await startMediaSession({ members: ['Presenter', 'Peer'], presenter: 'Presenter' });
    ({ env, chairLive, tones } = media);
    roomService = env.roomService;
    presenter = media.member('Presenter');
    [presenterRoom, peerRoom] = [media.room('Presenter'), media.room('Peer')];
    // The peer follows the views as the web client does (the chair's socket gets the same ones).
    honestPeer = withholdAsPeer(peerRoom);
    chairLive.socket.on('session:state', (view) => honestPeer.followView(view));
    honestPeer.followView(chairLive.latest!);
  });

  afterAll(() => {
    honestPeer?.close();
    return media?.close();
  });

  it('an honest presenter mutes in muted reflection and keeps the microphone published', async () => {
    const granted = async () => (await presenterInfo()).permission?.canPublish;
    await expect.poll(granted, { timeout: 10_000 }).toBe(true);
    mic = await hearsNextTrack(peerRoom, presenter.identity, () => publishTone(presenterRoom));
    tones.push(mic);

    expect(await chairLive.send('phase:next')).toEqual({ ok: true });
    await chairLive.waitFor((v) => v.phase?.id === 'muted-reflection');
    mic.setMuted(true); // what the web client does on this view
    const kept = async () => {
      const info = await presenterInfo();
      return {
        tracks: info.tracks.map((t) => [t.sid, t.muted]),
        sources: info.permission?.canPublishSources,
      };
    };
    await expect
      .poll(kept, { timeout: 10_000 })
      .toEqual({ tracks: [[mic.publication.sid, true]], sources: [TrackSource.MICROPHONE] });
    // The server cut nobody: the peer is still subscribed, and has disabled the track itself.
    const held = peerRoom.remoteParticipants
      .get(presenter.identity)
      ?.trackPublications.get(mic.publication.sid!);
    expect(held?.subscribed).toBe(true);
    expect([...honestPeer.disabled]).toEqual([`${presenter.identity}/${mic.publication.sid}`]);
  });

  it('the second microphone is removed, with the first, as soon as LiveKit reports it', async () => {
    const frames = { audible: 0 };
    const listening: Array<ReturnType<typeof listenTo>> = [];
    const onSubscribed = (
      track: Parameters<typeof listenTo>[0],
      _p: RemoteTrackPublication,
      who: RemoteParticipant,
    ) => {
      if (who.identity === presenter.identity) listening.push(listenTo(track));
    };
    peerRoom.on(RoomEvent.TrackSubscribed, onSubscribed);
    try {
      const sneaky = await publishTone(presenterRoom, 'sneaky').catch(() => null);
      if (sneaky) tones.push(sneaky);
      // LiveKit's own record: both microphones gone (the peer may never have seen the second).
      const trackCount = async () => (await presenterInfo()).tracks.length;
      await expect.poll(trackCount, { timeout: 10_000 }).toBe(0);
      const info = await presenterInfo();
      expect(info.tracks).toEqual([]);
      expect(info.permission?.canPublish).toBe(false);
      frames.audible = listening.reduce((n, l) => n + l.audibleFrames, 0);
      // The window between LiveKit's auto-subscription and the peer's disable (or the server's cut,
      // whichever lands first): bounded at 100 ms of audio, a syllable, on a loaded machine.
      expect(frames.audible).toBeLessThanOrEqual(10);
    } finally {
      peerRoom.off(RoomEvent.TrackSubscribed, onSubscribed);
      await Promise.all(listening.map((l) => l.stop()));
    }
  });
});

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
  type Tone,
} from '@intervision/testkit/rtc';
import { startMediaSession, type MediaSession } from '@intervision/testkit/media-session';

/**
 * The real server keeps an honest presenter's muted track through muted reflection (the return is
 * an unmute, docs/media-unmute.md). While it does, the presenter may still publish a microphone, so
 * a modified client can publish a *second* one: LiveKit subscribes the peers to it at once and only
 * the `track_published` webhook tells the server. This measures what reaches a peer then.
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
  const sessionId = () => chairLive.latest!.id;
  const presenterInfo = () => roomService.getParticipant(sessionId(), presenter.identity);

  beforeAll(async () => {
    media = await startMediaSession({ members: ['Presenter', 'Peer'], presenter: 'Presenter' });
    ({ env, chairLive, tones } = media);
    roomService = env.roomService;
    presenter = media.member('Presenter');
    [presenterRoom, peerRoom] = [media.room('Presenter'), media.room('Peer')];
  });

  afterAll(() => media?.close());

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
      // The window between LiveKit's auto-subscription and the server's cut (0 frames in the runs
      // of docs/media-unmute.md): bounded at 100 ms of audio, a syllable, on a loaded machine.
      expect(frames.audible).toBeLessThanOrEqual(10);
    } finally {
      peerRoom.off(RoomEvent.TrackSubscribed, onSubscribed);
      await Promise.all(listening.map((l) => l.stop()));
    }
  });
});

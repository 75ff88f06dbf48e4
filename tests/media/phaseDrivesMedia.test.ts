import type { JoinSessionResponse } from '@intervision/shared';
import type { Room } from '@livekit/rtc-node';
import type { RoomServiceClient } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerWithLivekit, LiveClient } from '@intervision/testkit';
import {
  hearsNextTrack,
  publishTone,
  RoomEvent,
  waitForRoomEvent,
  type Tone,
} from '@intervision/testkit/rtc';
import { startMediaSession, type MediaSession } from '@intervision/testkit/media-session';

/**
 * The protocol drives the SFU: the chair moves the real server through the phases and LiveKit's
 * own participant state follows. The presenter here is a bare rtc-node client that never mutes
 * itself — like a modified client — so everything observed is the server's enforcement.
 */
describe('phases drive LiveKit permissions through the real server', () => {
  let env: ServerWithLivekit;
  let roomService: RoomServiceClient;
  let chair: JoinSessionResponse;
  let presenter: JoinSessionResponse;
  let peer: JoinSessionResponse;
  let chairLive: LiveClient;
  let presenterRoom: Room;
  let peerRoom: Room;
  let tones: Tone[];
  let media: MediaSession;

  const peerHearsPresenter = async (publish: () => Promise<Tone>) =>
    tones.push(await hearsNextTrack(peerRoom, presenter.identity, publish));

  beforeAll(async () => {
    media = await startMediaSession({ members: ['Presenter', 'Peer'], presenter: 'Presenter' });
    ({ env, chair, chairLive, tones } = media);
    roomService = env.roomService;
    [presenter, peer] = [media.member('Presenter'), media.member('Peer')];
    [presenterRoom, peerRoom] = [media.room('Presenter'), media.room('Peer')];
  });

  afterAll(() => media?.close());

  it('join answers carry a LiveKit token for the session room', () => {
    for (const j of [chair, presenter, peer]) {
      expect(j.livekit?.url).toBe(env.livekit.url);
      expect(j.mediaError).toBeNull();
    }
  });

  it('during the presentation the peer hears the presenter', async () => {
    const granted = async () =>
      (await roomService.getParticipant(chairLive.latest!.id, presenter.identity)).permission
        ?.canPublish;
    await expect.poll(granted, { timeout: 10_000 }).toBe(true);
    await peerHearsPresenter(() => publishTone(presenterRoom));
  });

  it('muted reflection removes the presenter microphone, and a republish is refused', async () => {
    const unpublished = waitForRoomEvent(
      peerRoom,
      RoomEvent.TrackUnpublished,
      (_pub, who) => who.identity === presenter.identity,
    );
    expect(await chairLive.send('phase:next')).toEqual({ ok: true });
    await unpublished;
    const info = await roomService.getParticipant(chairLive.latest!.id, presenter.identity);
    expect(info.permission?.canPublish).toBe(false);
    expect(info.permission?.canPublishSources).toEqual([]);
    expect(JSON.parse(info.metadata)).toEqual({ role: 'presenter' });

    const attempt = await publishTone(presenterRoom, 'sneaky').then(
      (tone) => (tones.push(tone), 'published'),
      () => 'refused',
    );
    expect(attempt).toBe('refused');
    expect(peerRoom.remoteParticipants.get(presenter.identity)?.trackPublications.size).toBe(0);
  });

  it('the presenter response phase lets the presenter publish again and the peer hears it', async () => {
    expect(await chairLive.send('phase:next')).toEqual({ ok: true });
    await chairLive.waitFor((v) => v.phase?.id === 'presenter-response');
    // The grant lands in the SFU first; a client republishes once it has it.
    const granted = async () =>
      (await roomService.getParticipant(chairLive.latest!.id, presenter.identity)).permission
        ?.canPublish;
    await expect.poll(granted, { timeout: 10_000 }).toBe(true);
    await peerHearsPresenter(() => publishTone(presenterRoom, 'mic-again'));
  });
});

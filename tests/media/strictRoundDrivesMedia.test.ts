import type { JoinSessionResponse } from '@intervision/shared';
import type { Room } from '@livekit/rtc-node';
import { TrackSource, type RoomServiceClient } from 'livekit-server-sdk';
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
 * A strict round drives the SFU like a phase does: only the speaker may publish a microphone.
 * Both peers are bare rtc-node clients that never mute themselves (modified clients), so what is
 * observed is the server's enforcement.
 */
describe('a strict round drives LiveKit permissions through the real server', () => {
  let env: ServerWithLivekit;
  let roomService: RoomServiceClient;
  let first: JoinSessionResponse;
  let second: JoinSessionResponse;
  let chairLive: LiveClient;
  let firstRoom: Room;
  let secondRoom: Room;
  let tones: Tone[];
  let media: MediaSession;

  const sources = async (identity: string) =>
    (await roomService.getParticipant(chairLive.latest!.id, identity)).permission
      ?.canPublishSources ?? [];
  const mayUseMic = async (identity: string) =>
    (await sources(identity)).includes(TrackSource.MICROPHONE);
  const tryPublish = (room: Room, name: string) =>
    publishTone(room, name).then(
      (tone) => (tones.push(tone), 'published'),
      () => 'refused',
    );

  beforeAll(async () => {
    media = await startMediaSession({
      members: ['Presenter', 'First', 'Second'],
      presenter: 'Presenter',
      inRoom: ['First', 'Second'],
    });
    ({ env, chairLive, tones } = media);
    roomService = env.roomService;
    [first, second] = [media.member('First'), media.member('Second')];
    [firstRoom, secondRoom] = [media.room('First'), media.room('Second')];
  });

  afterAll(() => media?.close());

  it('refuses the microphone of the one whose turn it is not, and lets the speaker be heard', async () => {
    // Publishing is granted once LiveKit reports the joins.
    for (const who of [first, second]) {
      await expect.poll(() => mayUseMic(who.identity), { timeout: 10_000 }).toBe(true);
    }
    expect(
      await chairLive.send('round:start', {
        order: [first.identity, second.identity],
        secondsPerTurn: 120,
        strict: true,
      }),
    ).toEqual({ ok: true });
    await expect.poll(() => mayUseMic(second.identity), { timeout: 10_000 }).toBe(false);
    // The camera stays as the phase says.
    expect(await sources(second.identity)).toContain(TrackSource.CAMERA);
    expect(await mayUseMic(first.identity)).toBe(true);

    expect(await tryPublish(secondRoom, 'out-of-turn')).toBe('refused');
    tones.push(await hearsNextTrack(secondRoom, first.identity, () => publishTone(firstRoom)));
  });

  it('moving the turn removes the former speaker’s microphone and lets the new speaker be heard', async () => {
    const unpublished = waitForRoomEvent(
      secondRoom,
      RoomEvent.TrackUnpublished,
      (_pub, who) => who.identity === first.identity,
    );
    expect(await chairLive.send('round:next')).toEqual({ ok: true });
    await unpublished;
    expect(await mayUseMic(first.identity)).toBe(false);
    expect(await tryPublish(firstRoom, 'after-turn')).toBe('refused');

    await expect.poll(() => mayUseMic(second.identity), { timeout: 10_000 }).toBe(true);
    tones.push(
      await hearsNextTrack(firstRoom, second.identity, () => publishTone(secondRoom, 'my-turn')),
    );
  });
});

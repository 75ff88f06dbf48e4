import { EventEmitter } from 'node:events';
import { ConnectionState, RoomEvent, Track, TrackEvent, type Room } from 'livekit-client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchFirstPicture } from './firstPictureHold';

/** A remote video track: what livekit-client emits when an attached element starts playing. */
class FakeTrack extends EventEmitter {
  kind = Track.Kind.Video;
  plays() {
    this.emit(TrackEvent.VideoPlaybackStarted);
  }
}

/** Just enough of a Room: its state, its remote participants' cameras, its events. */
function fakeRoom(cameras: Array<{ track?: FakeTrack; isMuted?: boolean }>) {
  const participants = cameras.map((camera, i) => [
    `p${i}`,
    {
      getTrackPublication: (source: Track.Source) =>
        source === Track.Source.Camera ? { isMuted: false, ...camera } : undefined,
    },
  ]);
  const room = Object.assign(new EventEmitter(), {
    state: ConnectionState.Connecting,
    remoteParticipants: new Map(participants as Array<[string, unknown]>),
  });
  const connect = () => {
    room.state = ConnectionState.Connected;
    room.emit(RoomEvent.Connected);
  };
  return { room: room as unknown as Room, emitter: room, connect };
}

describe('watchFirstPicture', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('releases when the first remote camera plays, not before', () => {
    const track = new FakeTrack();
    const { room, emitter, connect } = fakeRoom([{}, {}]);
    const release = vi.fn();
    watchFirstPicture(room, 1500, release);
    connect();
    emitter.emit(RoomEvent.TrackSubscribed, track);
    expect(release).not.toHaveBeenCalled();
    track.plays();
    expect(release).toHaveBeenCalledTimes(1);
    new FakeTrack().plays();
    track.plays();
    expect(release).toHaveBeenCalledTimes(1);
  });

  test('a camera already subscribed when the watch begins is watched too', () => {
    const track = new FakeTrack();
    const { room, connect } = fakeRoom([{ track }]);
    connect();
    const release = vi.fn();
    watchFirstPicture(room, 1500, release);
    expect(release).not.toHaveBeenCalled();
    track.plays();
    expect(release).toHaveBeenCalledTimes(1);
  });

  test('releases at once in a room where nobody shows a camera', () => {
    const { room, connect } = fakeRoom([{ isMuted: true }]);
    const release = vi.fn();
    watchFirstPicture(room, 1500, release);
    expect(release).not.toHaveBeenCalled(); // not connected yet: the room is not known
    connect();
    expect(release).toHaveBeenCalledTimes(1);
  });

  test('releases after the limit when no picture comes', () => {
    const { room, emitter, connect } = fakeRoom([{}]);
    const release = vi.fn();
    watchFirstPicture(room, 1500, release);
    connect();
    emitter.emit(RoomEvent.TrackSubscribed, new FakeTrack());
    vi.advanceTimersByTime(1499);
    expect(release).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(release).toHaveBeenCalledTimes(1);
  });

  test('stopping the watch releases nothing and leaves no listener behind', () => {
    const track = new FakeTrack();
    const { room, emitter, connect } = fakeRoom([{}]);
    const release = vi.fn();
    const stop = watchFirstPicture(room, 1500, release);
    emitter.emit(RoomEvent.TrackSubscribed, track);
    stop();
    connect();
    track.plays();
    vi.advanceTimersByTime(2000);
    expect(release).not.toHaveBeenCalled();
    expect(emitter.listenerCount(RoomEvent.TrackSubscribed)).toBe(0);
    expect(track.listenerCount(TrackEvent.VideoPlaybackStarted)).toBe(0);
  });
});

import {
  ConnectionState,
  RoomEvent,
  Track,
  TrackEvent,
  type RemoteTrack,
  type Room,
} from 'livekit-client';
import { useEffect, useState } from 'react';

/**
 * How long what can wait (a person's own camera and microphone, the session socket of a fresh
 * join) waits at most for the first remote picture (a room whose cameras show nothing must not
 * keep anyone unheard, or out of the session's live state, for long).
 */
export const FIRST_PICTURE_HOLD_MS = 1500;

/**
 * Calls `release` once, when the person entering has seen the room: as soon as a remote camera
 * plays its first frame, at once when the room turns out to have no remote camera, and at the
 * latest after `limitMs`. Until then the page's main thread is the join's bottleneck (the media
 * SDK's own negotiation keeps it busy from the click to the first frame); publishing (encoders, a
 * renegotiation) and the session socket (its greeting, clock samples, renders) started in the
 * middle of it delay the first picture (docs/join-speed.md). Returns a function that stops watching.
 */
export function watchFirstPicture(room: Room, limitMs: number, release: () => void): () => void {
  let done = false;
  const watched = new Set<RemoteTrack>();
  const finish = () => {
    if (done) return;
    done = true;
    stop();
    release();
  };
  const watch = (track: RemoteTrack) => {
    if (track.kind !== Track.Kind.Video || watched.has(track)) return;
    watched.add(track);
    track.on(TrackEvent.VideoPlaybackStarted, finish);
  };
  const onConnected = () => {
    const cameras = [...room.remoteParticipants.values()].flatMap((p) => {
      const pub = p.getTrackPublication(Track.Source.Camera);
      return pub && !pub.isMuted ? [pub] : [];
    });
    if (cameras.length === 0) finish();
    for (const pub of cameras) if (pub.track) watch(pub.track);
  };
  const timer = setTimeout(finish, limitMs);
  const stop = () => {
    clearTimeout(timer);
    room.off(RoomEvent.TrackSubscribed, watch).off(RoomEvent.Connected, onConnected);
    for (const t of watched) t.off(TrackEvent.VideoPlaybackStarted, finish);
  };
  room.on(RoomEvent.TrackSubscribed, watch).on(RoomEvent.Connected, onConnected);
  if (room.state === ConnectionState.Connected) onConnected();
  return () => {
    done = true;
    stop();
  };
}

/**
 * True while what can wait should wait for the first remote picture (see `watchFirstPicture`);
 * false for good afterwards.
 */
export function useFirstPictureHold(room: Room, limitMs = FIRST_PICTURE_HOLD_MS): boolean {
  const [held, setHeld] = useState(true);
  useEffect(() => {
    if (!held) return;
    return watchFirstPicture(room, limitMs, () => setHeld(false));
  }, [room, limitMs, held]);
  return held;
}

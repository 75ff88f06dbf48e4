import {
  rightsInView,
  type MediaRights,
  type MethodDefinition,
  type SessionView,
} from '@intervision/shared';
import {
  RoomEvent,
  Track,
  type RemoteParticipant,
  type RemoteTrackPublication,
  type Room,
} from 'livekit-client';
import { useEffect, useReducer, useRef } from 'react';

/** Whether `rights` let their holder publish a track of `source`. */
export function sourceAllowed(rights: MediaRights, source: Track.Source): boolean {
  switch (source) {
    case Track.Source.Microphone:
      return rights.microphone;
    case Track.Source.Camera:
      return rights.camera;
    case Track.Source.ScreenShare:
    case Track.Source.ScreenShareAudio:
      return rights.screenShare;
    default:
      return true;
  }
}

/**
 * Keeps this page from receiving what the phase withdraws from someone else (the presenter's
 * microphone and camera in muted reflection, everyone's microphone but the speaker's in a strict
 * turn): the subscription stays and the track is disabled at the SFU (`setEnabled(false)`, which
 * also overrides adaptive stream), so LiveKit forwards none of it to this page whatever the other
 * client does; when the rights come back it is enabled again and the next packet plays, with no
 * renegotiation (docs/media-unmute.md). Applied on every view, and to every publication or
 * subscription that arrives meanwhile (a late joiner, a second microphone). The server cuts a
 * withdrawn track still live after its grace as a back-stop; this is the first line.
 *
 * Returns a number that changes whenever a track was disabled or enabled here: what this page
 * hears changed, with no LiveKit event to say so.
 */
export function useWithheldTracks(
  room: Room,
  view: Pick<SessionView, 'status' | 'phase' | 'participants' | 'round'>,
  method: MethodDefinition | undefined,
): number {
  const [changes, changed] = useReducer((n: number) => n + 1, 0);
  /**
   * The publications this page disabled: only those are enabled again. By object, not track sid:
   * after a full reconnect the SDK builds new publications, which must be disabled afresh.
   */
  const disabled = useRef(new WeakSet<RemoteTrackPublication>());

  useEffect(() => {
    const apply = (pub: RemoteTrackPublication, who: RemoteParticipant): boolean => {
      const allowed = sourceAllowed(rightsInView(view, method, who.identity), pub.source);
      if (!allowed && !disabled.current.has(pub)) {
        pub.setEnabled(false);
        disabled.current.add(pub);
        return true;
      }
      if (allowed && disabled.current.delete(pub)) {
        pub.setEnabled(true);
        return true;
      }
      return false;
    };
    let any = false;
    for (const who of room.remoteParticipants.values())
      for (const pub of who.trackPublications.values()) any = apply(pub, who) || any;
    if (any) changed();
    const onPublished = (pub: RemoteTrackPublication, who: RemoteParticipant) => {
      if (apply(pub, who)) changed();
    };
    const onSubscribed = (_t: unknown, pub: RemoteTrackPublication, who: RemoteParticipant) =>
      onPublished(pub, who);
    room.on(RoomEvent.TrackPublished, onPublished).on(RoomEvent.TrackSubscribed, onSubscribed);
    return () => {
      room.off(RoomEvent.TrackPublished, onPublished).off(RoomEvent.TrackSubscribed, onSubscribed);
    };
  }, [room, view, method]);

  return changes;
}

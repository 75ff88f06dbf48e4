import {
  ConnectionState,
  RoomEvent,
  Track,
  type RemoteParticipant,
  type Room,
} from 'livekit-client';
import { useEffect, useState } from 'react';
import { encodeHearing, HEARING_TOPIC, type HearingReport } from './hearingReport';

/** What this page receives of `identity`'s microphone, or null when nothing is published. */
function hearing(room: Room, identity: string): HearingReport | null {
  const pub = room.remoteParticipants.get(identity)?.getTrackPublication(Track.Source.Microphone);
  if (!pub?.trackSid) return null;
  return {
    trackSid: pub.trackSid,
    // Disabled at the SFU (useWithheldTracks), a subscribed track brings nothing.
    hears: pub.isSubscribed && Boolean(pub.track) && pub.isEnabled && !pub.isMuted,
  };
}

const ROOM_EVENTS = [
  RoomEvent.TrackPublished,
  RoomEvent.TrackUnpublished,
  RoomEvent.TrackSubscribed,
  RoomEvent.TrackUnsubscribed,
  RoomEvent.TrackMuted,
  RoomEvent.TrackUnmuted,
  RoomEvent.ParticipantDisconnected,
] as const;

export interface Hearing {
  hears: boolean;
  /** When `hears` last changed (this machine's clock), taken as the page noticed it. */
  since: number;
}

/**
 * Whether this page plays `identity`'s voice: their microphone subscribed, its track here, enabled
 * at the SFU and not muted. Every change is reported to that participant (see `hearingReport`),
 * again whenever they or this page (re)connect, since a fresh connection has forgotten what it was
 * told. `enabledChanges` changes whenever this page enabled or disabled a track itself (see
 * `useWithheldTracks`), which no LiveKit event reports.
 */
export function useHearsParticipant(
  room: Room,
  identity: string | null,
  enabledChanges = 0,
): Hearing {
  const [state, setState] = useState<Hearing>(() => ({ hears: false, since: Date.now() }));

  useEffect(() => {
    // Stamped as the change is noticed, before it is reported: what the page knew, and when.
    const setHears = (hears: boolean) => {
      const at = Date.now();
      setState((prev) => (prev.hears === hears ? prev : { hears, since: at }));
    };
    if (!identity || identity === room.localParticipant.identity) {
      setHears(false);
      return undefined;
    }
    let told: HearingReport | null = null;
    const check = () => {
      const now = hearing(room, identity);
      setHears(now?.hears ?? false);
      if (!now || room.state !== ConnectionState.Connected) return;
      if (told && told.trackSid === now.trackSid && told.hears === now.hears) return;
      told = now;
      room.localParticipant
        .publishData(encodeHearing(now), {
          reliable: true,
          destinationIdentities: [identity],
          topic: HEARING_TOPIC,
        })
        // A lost report only delays the presenter's "you're back"; the next change resends.
        .catch(() => {
          told = null;
        });
    };
    const retell = () => {
      told = null;
      check();
    };
    const onConnected = (p: RemoteParticipant) => {
      if (p.identity === identity) retell();
    };
    for (const event of ROOM_EVENTS) room.on(event, check);
    room.on(RoomEvent.ParticipantConnected, onConnected);
    room.on(RoomEvent.ConnectionStateChanged, retell);
    check();
    return () => {
      for (const event of ROOM_EVENTS) room.off(event, check);
      room.off(RoomEvent.ParticipantConnected, onConnected);
      room.off(RoomEvent.ConnectionStateChanged, retell);
    };
  }, [room, identity, enabledChanges]);

  return state;
}

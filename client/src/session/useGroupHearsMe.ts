import {
  ParticipantEvent,
  RoomEvent,
  Track,
  type RemoteParticipant,
  type Room,
} from 'livekit-client';
import { useEffect, useReducer, useRef } from 'react';
import { decodeHearing, HEARING_TOPIC, type HearingReport } from './hearingReport';

const LOCAL_EVENTS = [
  ParticipantEvent.LocalTrackPublished,
  ParticipantEvent.LocalTrackUnpublished,
  ParticipantEvent.TrackMuted,
  ParticipantEvent.TrackUnmuted,
] as const;

/**
 * Whether everyone else in the room plays this person's microphone: it is published and unmuted
 * here, and every other participant's page has reported hearing that very track. With nobody else
 * in the room, there is nobody to wait for.
 */
export function useGroupHearsMe(room: Room): boolean {
  const reports = useRef(new Map<string, HearingReport>());
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    const lp = room.localParticipant;
    const onData = (
      payload: Uint8Array,
      from?: RemoteParticipant,
      _kind?: unknown,
      topic?: string,
    ) => {
      if (topic !== HEARING_TOPIC || !from) return;
      const report = decodeHearing(payload);
      if (!report) return;
      reports.current.set(from.identity, report);
      rerender();
    };
    const onLeft = (p: RemoteParticipant) => {
      reports.current.delete(p.identity);
      rerender();
    };
    room.on(RoomEvent.DataReceived, onData);
    room.on(RoomEvent.ParticipantDisconnected, onLeft);
    room.on(RoomEvent.ParticipantConnected, rerender);
    for (const event of LOCAL_EVENTS) lp.on(event, rerender);
    return () => {
      room.off(RoomEvent.DataReceived, onData);
      room.off(RoomEvent.ParticipantDisconnected, onLeft);
      room.off(RoomEvent.ParticipantConnected, rerender);
      for (const event of LOCAL_EVENTS) lp.off(event, rerender);
    };
  }, [room]);

  const mic = room.localParticipant.getTrackPublication(Track.Source.Microphone);
  if (!mic?.trackSid || mic.isMuted) return false;
  return [...room.remoteParticipants.values()].every((p) => {
    const report = reports.current.get(p.identity);
    return report?.hears === true && report.trackSid === mic.trackSid;
  });
}

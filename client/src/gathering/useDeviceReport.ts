import { ConnectionQuality, RoomEvent, Track, type Room } from 'livekit-client';
import { useEffect, useRef } from 'react';
import type { DeviceState } from './gatheringContract';
import type { SendGatheringCommand } from './useGathering';

function readDevices(room: Room): DeviceState {
  const local = room.localParticipant;
  const on = (source: Track.Source) => {
    const pub = local.getTrackPublication(source);
    return Boolean(pub?.track && !pub.isMuted);
  };
  const quality = local.connectionQuality;
  return {
    camera: on(Track.Source.Camera),
    microphone: on(Track.Source.Microphone),
    connection:
      room.state !== 'connected' || quality === ConnectionQuality.Lost
        ? 'lost'
        : quality === ConnectionQuality.Poor
          ? 'poor'
          : 'good',
  };
}

const EVENTS = [
  RoomEvent.LocalTrackPublished,
  RoomEvent.LocalTrackUnpublished,
  RoomEvent.TrackMuted,
  RoomEvent.TrackUnmuted,
  RoomEvent.ConnectionQualityChanged,
  RoomEvent.ConnectionStateChanged,
] as const;

/**
 * Tells the gathering what this person's camera, microphone and connection are doing, so a helper
 * can see who is stuck. Only changes are sent; the media server itself cannot see a camera that
 * was never found or a connection that is poor on the person's side.
 */
export function useDeviceReport(room: Room, send: SendGatheringCommand, connected: boolean): void {
  const last = useRef('');
  useEffect(() => {
    if (!connected) return undefined;
    last.current = '';
    const report = () => {
      const devices = readDevices(room);
      const key = JSON.stringify(devices);
      if (key === last.current) return;
      last.current = key;
      void send('devices:report', devices);
    };
    report();
    for (const e of EVENTS) room.on(e, report);
    return () => {
      for (const e of EVENTS) room.off(e, report);
    };
  }, [room, send, connected]);
}

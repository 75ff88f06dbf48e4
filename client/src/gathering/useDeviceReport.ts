import type { ConnectionState, DeviceState, GatheringCommandInput } from '@intervision/shared';
import { ConnectionQuality, RoomEvent, Track, type Room } from 'livekit-client';
import { useEffect, useRef } from 'react';
import type { SendGatheringCommand } from './useGathering';

const QUALITY: Record<ConnectionQuality, ConnectionState> = {
  [ConnectionQuality.Excellent]: 'excellent',
  [ConnectionQuality.Good]: 'good',
  [ConnectionQuality.Poor]: 'poor',
  [ConnectionQuality.Lost]: 'lost',
  [ConnectionQuality.Unknown]: 'unknown',
};

/**
 * `unavailable` when the browser failed to start the device (none there, or refused): that, more
 * than a camera someone switched off, is what a helper is needed for.
 */
function deviceState(
  room: Room,
  source: Track.Source,
  failed: ReadonlySet<Track.Source>,
): DeviceState {
  if (failed.has(source)) return 'unavailable';
  const pub = room.localParticipant.getTrackPublication(source);
  return pub?.track && !pub.isMuted ? 'on' : 'off';
}

function readDevices(
  room: Room,
  failed: ReadonlySet<Track.Source>,
): GatheringCommandInput<'status:report'> {
  return {
    camera: deviceState(room, Track.Source.Camera, failed),
    microphone: deviceState(room, Track.Source.Microphone, failed),
    connection:
      room.state === 'connected' ? QUALITY[room.localParticipant.connectionQuality] : 'lost',
  };
}

const EVENTS = [
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
    const failed = new Set<Track.Source>();
    const report = () => {
      const devices = readDevices(room, failed);
      const key = JSON.stringify(devices);
      if (key === last.current) return;
      last.current = key;
      void send('status:report', devices);
    };
    const onFailure = (_err: unknown, kind?: MediaDeviceKind) => {
      failed.add(kind === 'audioinput' ? Track.Source.Microphone : Track.Source.Camera);
      report();
    };
    const onPublished = (pub: { source: Track.Source }) => {
      failed.delete(pub.source);
      report();
    };
    report();
    for (const e of EVENTS) room.on(e, report);
    room.on(RoomEvent.MediaDevicesError, onFailure);
    room.on(RoomEvent.LocalTrackPublished, onPublished);
    return () => {
      for (const e of EVENTS) room.off(e, report);
      room.off(RoomEvent.MediaDevicesError, onFailure);
      room.off(RoomEvent.LocalTrackPublished, onPublished);
    };
  }, [room, send, connected]);
}

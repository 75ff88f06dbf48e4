import type { GatheringLiveKitDetails, GatheringMoved } from '@intervision/shared';
import { DisconnectReason, RoomEvent, type Room } from 'livekit-client';
import { useEffect, useRef, useState } from 'react';
import { followDevice } from './followDevice';
import { gatheringApi } from './gatheringApi';

/** `moving`: leaving one LiveKit room for the next, after the person's place changed. */
export type GatheringMediaStatus = 'connecting' | 'moving' | 'connected' | 'unavailable';

export interface GatheringMedia {
  status: GatheringMediaStatus;
  /** The LiveKit room this page is connected to now, as the token named it. */
  mediaRoom: string | null;
}

interface Options {
  gatheringId: string;
  credential: string;
  room: Room;
  /** Where the gathering says this person is (`plenary` or a breakout id); null before the first state. */
  place: string | null;
  /** Encryption is set up: only then may the room connect. */
  ready: boolean;
  camOn: boolean;
  /** Whether this person may speak where they are now (the server's `self.rights`). */
  micAllowed: boolean;
  /** The server's move notice: details for the new room, saving a token request. */
  moved: GatheringMoved | null;
}

const RETRY_MS = 3_000;
/**
 * Keeps the LiveKit connection in the room where the gathering puts this person. LiveKit's own
 * move is Cloud-only, so a move is: leave the old room, take the token the server's move notice
 * brought (or ask for one for wherever we are now), connect to that room and publish again. Moves
 * are done one after another; a move that is overtaken by a newer one stops where it is.
 */
export function useGatheringMedia(o: Options): GatheringMedia {
  const { gatheringId, credential, room, place, ready, camOn, micAllowed, moved } = o;
  const [status, setStatus] = useState<GatheringMediaStatus>('connecting');
  const [mediaRoom, setMediaRoom] = useState<string | null>(null);
  const [retry, setRetry] = useState(0);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const generation = useRef(0);
  const leavingOnPurpose = useRef(false);
  const connectedOnce = useRef(false);
  const mic = useRef(micAllowed);
  mic.current = micAllowed;
  const offered = useRef<GatheringMoved | null>(null);
  offered.current = moved;

  useEffect(() => {
    if (!ready || place === null) return undefined;
    const mine = ++generation.current;
    const current = () => generation.current === mine;
    setStatus(connectedOnce.current ? 'moving' : 'connecting');
    chain.current = chain.current.then(async () => {
      if (!current()) return;
      try {
        if (room.state !== 'disconnected') {
          leavingOnPurpose.current = true;
          await room.disconnect();
          leavingOnPurpose.current = false;
        }
        const notice = offered.current;
        const livekit: GatheringLiveKitDetails =
          notice?.place === place && notice.livekit
            ? notice.livekit
            : (await gatheringApi.token(gatheringId, credential)).livekit;
        offered.current = null;
        if (!current()) return;
        await room.connect(livekit.url, livekit.token);
        if (!current()) return;
        connectedOnce.current = true;
        setMediaRoom(livekit.room);
        // Devices are best effort: a camera someone else holds must not stop the move.
        await followDevice(room, 'camera', camOn, current);
        const wanted = mic.current;
        await followDevice(room, 'microphone', wanted, () => current() && mic.current === wanted);
        if (current()) setStatus('connected');
      } catch {
        leavingOnPurpose.current = false;
        if (!current()) return;
        setStatus('unavailable');
        window.setTimeout(() => setRetry((n) => n + 1), RETRY_MS);
      }
    });
    return undefined;
  }, [gatheringId, credential, room, place, ready, camOn, retry]);

  // The floor given or taken, or a move into a breakout: the microphone follows. The server grants
  // the permission first; a grant arriving after the gathering's state (or after a move's connect,
  // which always comes before the grant) turns the camera and microphone on then.
  const [grants, setGrants] = useState(0);
  useEffect(() => {
    const onPermissions = () => setGrants((n) => n + 1);
    room.on(RoomEvent.ParticipantPermissionsChanged, onPermissions);
    return () => {
      room.off(RoomEvent.ParticipantPermissionsChanged, onPermissions);
    };
  }, [room]);
  useEffect(() => {
    if (status !== 'connected') return;
    // In line with moves, so a move's own publishing and this never race each other.
    const move = generation.current;
    chain.current = chain.current
      .then(() => followDevice(room, 'camera', camOn, () => generation.current === move))
      .then(() =>
        followDevice(
          room,
          'microphone',
          micAllowed,
          () => generation.current === move && mic.current === micAllowed,
        ),
      );
  }, [room, status, camOn, micAllowed, grants]);

  // A connection lost on its own (not by a move, not at the end) is made again with a fresh token.
  useEffect(() => {
    const onDisconnected = (reason?: DisconnectReason) => {
      if (leavingOnPurpose.current || reason === DisconnectReason.CLIENT_INITIATED) return;
      window.setTimeout(() => setRetry((n) => n + 1), RETRY_MS);
    };
    room.on(RoomEvent.Disconnected, onDisconnected);
    return () => {
      room.off(RoomEvent.Disconnected, onDisconnected);
    };
  }, [room]);

  useEffect(() => () => void room.disconnect(), [room]);

  return { status, mediaRoom };
}

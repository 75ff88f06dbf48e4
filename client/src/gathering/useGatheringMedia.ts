import type { GatheringLiveKitDetails, GatheringMoved } from '@intervision/shared';
import { DisconnectReason, RoomEvent, type Room } from 'livekit-client';
import { useEffect, useRef, useState } from 'react';
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
const MIC_RETRY_MS = 2_000;
/** No device step may hold up the queue of moves for longer than this. */
const DEVICE_STEP_MS = 20_000;

/** The promise, or a rejection once `ms` have passed: a stuck publish must not stop the next move. */
function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: number | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error('device step timed out')), ms);
  });
  return Promise.race([p, late]).finally(() => window.clearTimeout(timer));
}
const MIC_RETRY_MAX_MS = 10_000;

/**
 * Turns the microphone on or off as the rights say. Turning it on is tried again, a little later
 * each time, for as long as it is still wanted (`still`): on a busy machine the media server's
 * negotiation can time out, and a person given the word must not stay silent because of it.
 */
async function followMicrophone(room: Room, on: boolean, still: () => boolean): Promise<void> {
  for (let attempt = 1; still() && room.state === 'connected'; attempt++) {
    try {
      await within(DEVICE_STEP_MS, room.localParticipant.setMicrophoneEnabled(on));
      return;
    } catch {
      if (!on) return;
      const wait = Math.min(MIC_RETRY_MS * attempt, MIC_RETRY_MAX_MS);
      await new Promise((resolve) => window.setTimeout(resolve, wait));
    }
  }
}

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
        await within(DEVICE_STEP_MS, room.localParticipant.setCameraEnabled(camOn)).catch(
          () => undefined,
        );
        const wanted = mic.current;
        await followMicrophone(room, wanted, () => current() && mic.current === wanted);
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
  // the permission first; a grant arriving after the gathering's state turns the microphone on then.
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
    chain.current = chain.current.then(() =>
      followMicrophone(
        room,
        micAllowed,
        () => generation.current === move && mic.current === micAllowed,
      ),
    );
  }, [room, status, micAllowed, grants]);

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

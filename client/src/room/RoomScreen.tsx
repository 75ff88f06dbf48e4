import '@livekit/components-styles';
import { findMethod, type LiveKitDetails, type SessionView } from '@intervision/shared';
import { LiveKitRoom } from '@livekit/components-react';
import { DisconnectReason, RoomEvent } from 'livekit-client';
import { useEffect, useRef } from 'react';
import type { StoredMembership } from '../api/credentialStore';
import { UndecryptableContext } from '../e2ee/UndecryptableContext';
import { UndecryptableNotice } from '../e2ee/UndecryptableNotice';
import { useEncryptedRoom } from '../e2ee/useEncryptedRoom';
import { useUndecryptable } from '../e2ee/useUndecryptable';
import { JoinError } from '../join/JoinError';
import type { JoinProblem } from '../join/joinProblem';
import { useMediaConnection } from '../session/useMediaConnection';
import { useServerClock } from '../session/useServerClock';
import { useAirtime } from '../session/useAirtime';
import { useSession } from '../session/useSession';
import { RoomBody } from './RoomBody';
import { ROOM_OPTIONS } from './roomOptions';
import { takeWarmRoom } from './roomWarmUp';
import { ConnectingPage } from './ConnectingPage';
import { useFirstPictureHold } from './firstPictureHold';

interface Props {
  sessionId: string;
  membership: StoredMembership;
  initialView: SessionView | null;
  initialLivekit: LiveKitDetails | null;
  /** The credential stopped working (or the session is gone): back to the join screen with why. */
  onLeave: (problem: JoinProblem) => void;
}

const MEDIA_RETRY_MS = 5_000;

/** Wires the live sources (socket, clock, LiveKit) and hands plain props to the room's regions. */
export function RoomScreen({ sessionId, membership, initialView, initialLivekit, onLeave }: Props) {
  const encrypted = useEncryptedRoom(
    membership.mediaKey,
    {
      ...ROOM_OPTIONS,
      audioCaptureDefaults: membership.audioDeviceId ? { deviceId: membership.audioDeviceId } : {},
      videoCaptureDefaults: membership.videoDeviceId ? { deviceId: membership.videoDeviceId } : {},
    },
    takeWarmRoom,
  );
  const room = encrypted.room;
  const media = useMediaConnection(sessionId, membership.credential, initialLivekit, onLeave);
  // The first remote picture goes first (firstPictureHold.ts): own media and the side panel wait
  // for it, and so does the socket when the join answer already brought the view (otherwise the
  // room has nothing to show until the socket brings it). Nothing waits where no media is coming.
  const noMedia = media.status === 'disabled' || media.status === 'unavailable' || encrypted.failed;
  const pictureAwaited = useFirstPictureHold(room) && !noMedia;
  const session = useSession(
    membership.credential,
    initialView,
    pictureAwaited && initialView !== null && initialView.status !== 'ended',
  );
  const offsetMs = useServerClock(session.socket);
  const airtime = useAirtime(session.socket);
  const ended = session.view?.status === 'ended';
  const firstPictureHeld = pictureAwaited && !ended;
  const undecryptable = useUndecryptable(room);
  const leaving = useRef(false);

  useEffect(() => {
    if (session.fatal && !leaving.current) {
      leaving.current = true;
      onLeave(session.fatal);
    }
  }, [session.fatal, onLeave]);

  useEffect(() => () => void room.disconnect(), [room]);

  // A media connection LiveKit could not resume needs a fresh short-lived token. Not when we left on
  // purpose, were replaced by the same person in another tab, or were removed.
  const stopRetrying = useRef(false);
  stopRetrying.current = ended || leaving.current;
  const { refresh } = media;
  useEffect(() => {
    const final = new Set<DisconnectReason | undefined>([
      DisconnectReason.CLIENT_INITIATED,
      DisconnectReason.DUPLICATE_IDENTITY,
      DisconnectReason.PARTICIPANT_REMOVED,
      DisconnectReason.ROOM_DELETED,
    ]);
    let timer: number | undefined;
    const onDisconnected = (reason?: DisconnectReason) => {
      if (final.has(reason) || stopRetrying.current) return;
      timer = window.setTimeout(refresh, MEDIA_RETRY_MS);
    };
    room.on(RoomEvent.Disconnected, onDisconnected);
    return () => {
      room.off(RoomEvent.Disconnected, onDisconnected);
      window.clearTimeout(timer);
    };
  }, [room, refresh]);

  const view = session.view;
  if (!view) {
    return <ConnectingPage />;
  }

  const me = view.participants.find((p) => p.identity === membership.identity);
  const role = me?.role ?? membership.role;
  const retryConnect = () => {
    if (!stopRetrying.current) window.setTimeout(refresh, MEDIA_RETRY_MS);
  };

  return (
    <LiveKitRoom
      room={room}
      serverUrl={media.details?.url}
      token={media.details?.token}
      connect={Boolean(media.details) && !ended && encrypted.ready}
      audio={false}
      video={false}
      onError={retryConnect}
      onMediaDeviceFailure={() => undefined}
      className="room-root"
    >
      {encrypted.failed && <JoinError problem="no_media_key" />}
      <UndecryptableNotice people={undecryptable} />
      <UndecryptableContext.Provider value={undecryptable}>
        <RoomBody
          sessionId={sessionId}
          membership={membership}
          view={view}
          role={role}
          method={findMethod(view.methodId)}
          offsetMs={offsetMs}
          link={session.link}
          warning={session.warning}
          send={session.send}
          room={room}
          mediaStatus={media.status}
          airtime={airtime}
          firstPictureHeld={firstPictureHeld}
          onDeleted={() => onLeave('deleted')}
        />
      </UndecryptableContext.Provider>
    </LiveKitRoom>
  );
}

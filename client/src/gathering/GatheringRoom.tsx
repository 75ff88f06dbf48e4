import '@livekit/components-styles';
import { RoomAudioRenderer, RoomContext, StartAudio } from '@livekit/components-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UndecryptableContext } from '../e2ee/UndecryptableContext';
import { UndecryptableNotice } from '../e2ee/UndecryptableNotice';
import { useEncryptedRoom } from '../e2ee/useEncryptedRoom';
import { useUndecryptable } from '../e2ee/useUndecryptable';
import { useServerClock } from '../session/useServerClock';
import type { SessionSocket } from '../session/useSession';
import { GatheringBody } from './GatheringBody';
import type { GatheringMembership } from './gatheringStore';
import { useDeviceReport } from './useDeviceReport';
import { useGathering } from './useGathering';
import { useGatheringMedia } from './useGatheringMedia';
import { ConnectingPage } from '../room/ConnectingPage';

interface Props {
  gatheringId: string;
  membership: GatheringMembership;
  /** The server no longer takes this credential: back to the join form. */
  onRefused: (why: string) => void;
}

/** Wires the live sources (socket, clock, the LiveKit room that follows your place) to the page. */
export function GatheringRoom({ gatheringId, membership, onRefused }: Props) {
  const { t } = useTranslation();
  const gathering = useGathering(membership.credential);
  // The gathering's socket answers `clock:sync` as a session's does.
  const offsetMs = useServerClock(gathering.socket as unknown as SessionSocket | null);
  const encrypted = useEncryptedRoom(membership.mediaKey, { adaptiveStream: true, dynacast: true });
  const room = encrypted.room;
  const undecryptable = useUndecryptable(room);
  const view = gathering.view;
  const me = view?.members.find((m) => m.identity === membership.identity) ?? null;
  const media = useGatheringMedia({
    gatheringId,
    credential: membership.credential,
    room,
    place: view?.self.place ?? null,
    ready: encrypted.ready,
    camOn: membership.camOn,
    micAllowed: view?.self.rights.microphone ?? false,
    moved: gathering.moved,
  });
  useDeviceReport(room, gathering.send, media.status === 'connected');

  useEffect(() => {
    if (gathering.fatal) onRefused(gathering.fatal);
  }, [gathering.fatal, onRefused]);

  if (!view || !me) {
    return <ConnectingPage />;
  }
  return (
    <RoomContext.Provider value={room}>
      <UndecryptableNotice people={undecryptable} />
      <UndecryptableContext.Provider value={undecryptable}>
        <GatheringBody
          view={view}
          me={me}
          offsetMs={offsetMs}
          media={media}
          connected={gathering.connected}
          send={gathering.send}
        />
      </UndecryptableContext.Provider>
      <RoomAudioRenderer />
      <StartAudio label={t('room.startAudio')} className="button start-audio" />
    </RoomContext.Provider>
  );
}

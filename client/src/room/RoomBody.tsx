import {
  currentPhase,
  effectiveRights,
  mediaRights,
  type MethodDefinition,
  type PhaseWarning,
  type Role,
  type SessionView,
} from '@intervision/shared';
import { RoomAudioRenderer, StartAudio, useConnectionState } from '@livekit/components-react';
import { ConnectionState, type Room } from 'livekit-client';
import { useCallback, useMemo } from 'react';
import { credentialStore, type StoredMembership } from '../api/credentialStore';
import { CopyLink } from '../create/CopyLink';
import { RoomPlan } from '../groups/RoomPlan';
import { showsPlan } from '../groups/showsPlan';
import type { MediaStatus } from '../session/useMediaConnection';
import { useGroupHearsMe } from '../session/useGroupHearsMe';
import { useHearsParticipant } from '../session/useHearsParticipant';
import { useMediaPolicy } from '../session/useMediaPolicy';
import { usePhaseCues } from '../session/usePhaseCues';
import { useRoundCues } from '../session/useRoundCues';
import { useReturnMoment } from '../session/useReturnMoment';
import { useWithheldTracks } from '../session/useWithheldTracks';
import type { AirtimeState } from '../session/useAirtime';
import type { LinkState, SendCommand } from '../session/useSession';
import { BackBanner } from './BackBanner';
import { ComingBackBanner } from './ComingBackBanner';
import { EndedView } from './EndedView';
import { ListeningView } from './ListeningView';
import {
  AirtimeMirrorView,
  AirtimePanel,
  ChairConsole,
  HandQueue,
  ParticipantList,
  PhaseBar,
  RoomHeading,
  RoundPanel,
  VideoStage,
} from './memoRegions';
import { LiveAnnouncer } from './LiveAnnouncer';
import { MediaControls } from './MediaControls';
import { QuestionEditor } from './QuestionEditor';
import { presenterIsBack } from './presenterIsBack';
import { QuestionPin } from './QuestionPin';
import { RespondingNotes } from './RespondingNotes';
import { ReconnectBanner } from './ReconnectBanner';
import { stageLayout } from './stageLayout';
import { useTranslation } from 'react-i18next';

export interface RoomBodyProps {
  sessionId: string;
  membership: StoredMembership;
  view: SessionView;
  role: Role;
  method: MethodDefinition | undefined;
  offsetMs: number;
  link: LinkState;
  warning: PhaseWarning | null;
  send: SendCommand;
  room: Room;
  mediaStatus: MediaStatus;
  /** The chair's airtime figures and the mirror shown to the group. */
  airtime: AirtimeState;
  /** The room's first remote picture is still awaited (firstPictureHold.ts). */
  firstPictureHeld: boolean;
  onDeleted: () => void;
}

/** The room's regions, inside the LiveKit room context. */
export function RoomBody(props: RoomBodyProps) {
  const {
    sessionId,
    membership,
    view,
    role,
    method,
    offsetMs,
    link,
    warning,
    send,
    room,
    mediaStatus,
    airtime,
    firstPictureHeld,
  } = props;
  const { t } = useTranslation();
  const live = view.status === 'running' || view.status === 'paused';
  const phaseDef = currentPhase(view, method);
  const policy = phaseDef?.media ?? null;
  const me = membership.identity;
  const turn = view.round;
  const speaker = turn?.speaker;
  const strict = turn?.strict ?? false;
  // A strict turn narrows the phase's rights; the same function the server enforces.
  const rights = useMemo(
    () => effectiveRights(policy, role, me, speaker === undefined ? null : { speaker, strict }),
    [policy, role, me, speaker, strict],
  );
  // Held off by the round alone: the phase would let this person speak.
  const waitingForTurn = !rights.microphone && mediaRights(policy, role).microphone;
  const rememberChoice = useCallback(
    (choice: { micOn: boolean; camOn: boolean }) =>
      credentialStore.save(sessionId, { ...membership, ...choice }),
    [sessionId, membership],
  );
  const media = useMediaPolicy(room, rights, membership, rememberChoice, firstPictureHeld);
  const connection = useConnectionState(room);
  const announcement = usePhaseCues(view, method, role, warning);
  const roundAnnouncement = useRoundCues(view, me);

  // The presenter's return is told from what the media does, not from the phase change alone.
  const presenterReturn = useReturnMoment(view, method);
  const groupHearsMe = useGroupHearsMe(room);
  // Before the hearing hook: its effect then sees the tracks this one just enabled or disabled.
  const enabledChanges = useWithheldTracks(room, view, method);
  const hearingPresenter = useHearsParticipant(room, view.presenter, enabledChanges);
  const presenterName = view.participants.find((p) => p.identity === view.presenter)?.name;

  const listening = role === 'presenter' && !rights.microphone;
  const showQuestion = Boolean(phaseDef?.showQuestion && view.question);
  const editQuestion = role === 'presenter' && view.status !== 'ended' && !phaseDef?.showQuestion;
  const invite = role === 'chair' ? credentialStore.loadInvite(sessionId) : null;

  return (
    <div
      className="room"
      data-testid="room"
      data-identity={membership.identity}
      data-role={role}
      data-status={view.status}
      data-presenter={view.presenter ?? undefined}
      data-phase={view.phase?.id}
      data-paused={view.phase ? String(view.phase.paused) : undefined}
      data-ends-at={view.phase?.endsAt}
      data-media-connection={connection}
    >
      <RoomHeading title={view.title} />
      <LiveAnnouncer message={announcement} />
      <LiveAnnouncer message={roundAnnouncement} testId="round-announcer" />
      <ReconnectBanner
        link={link}
        mediaReconnecting={
          connection === ConnectionState.Reconnecting ||
          connection === ConnectionState.SignalReconnecting
        }
      />
      {presenterReturn.active && role === 'presenter' && (
        <BackBanner
          groupHears={groupHearsMe}
          micWanted={media.micWanted}
          onDone={presenterReturn.dismiss}
        />
      )}
      {presenterReturn.active && role !== 'presenter' && presenterName && (
        <ComingBackBanner
          name={presenterName}
          hearing={hearingPresenter}
          onDone={presenterReturn.dismiss}
        />
      )}
      <PhaseBar view={view} method={method} role={role} offsetMs={offsetMs} />
      <div className="room__body">
        <main className="room__main">
          {view.status === 'ended' ? (
            <EndedView
              sessionId={sessionId}
              credential={membership.credential}
              role={role}
              onDeleted={props.onDeleted}
            />
          ) : (
            <>
              {showQuestion && view.question && <QuestionPin question={view.question} />}
              <AirtimeMirrorView view={view} mirror={airtime.mirror} />
              <div className="room__stage" data-lk-theme="default">
                <VideoStage
                  layout={stageLayout(view, method)}
                  presenter={view.presenter}
                  hands={view.hands}
                />
              </div>
            </>
          )}
          <RoomAudioRenderer />
          <StartAudio label={t('room.startAudio')} className="button start-audio" />
        </main>
        <aside
          className="room__side"
          aria-label={t('room.side')}
          aria-busy={firstPictureHeld || undefined}
        >
          {/* The side panel follows the first remote picture (at most 1.5 s later): its first
              render competes with the media connection for the page (docs/join-speed.md). */}
          {!firstPictureHeld && (
            <>
              {showsPlan(view) && <RoomPlan groupId={view.groupId} />}
              {listening && <ListeningView sessionId={sessionId} />}
              {role === 'presenter' &&
                live &&
                !listening &&
                presenterIsBack(method, view.phase?.index ?? -1) && (
                  <RespondingNotes sessionId={sessionId} />
                )}
              <RoundPanel view={view} identity={me} offsetMs={offsetMs} send={send} />
              <ChairConsole view={view} method={method} role={role} send={send} />
              {role === 'chair' && live && (
                <AirtimePanel
                  view={view}
                  report={airtime.report}
                  mirror={airtime.mirror}
                  unavailable={airtime.unavailable}
                  send={send}
                />
              )}
              {view.status !== 'ended' && (
                <MediaControls
                  policy={media}
                  status={mediaStatus}
                  role={role}
                  waitingForTurn={waitingForTurn}
                />
              )}
              {editQuestion && <QuestionEditor current={view.question} send={send} />}
              <HandQueue view={view} identity={membership.identity} role={role} send={send} />
              <ParticipantList view={view} identity={membership.identity} role={role} send={send} />
              {invite && view.status !== 'ended' && (
                <div className="card">
                  <CopyLink
                    label={t('links.roomInviteLabel')}
                    note={t('links.roomInviteNote')}
                    url={invite}
                    testId="room-invite-url"
                  />
                </div>
              )}
            </>
          )}
        </aside>
      </div>
    </div>
  );
}

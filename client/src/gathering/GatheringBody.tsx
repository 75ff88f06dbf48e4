import { useTranslation } from 'react-i18next';
import { RoomHeading } from '../room/RoomHeading';
import { useNow } from '../session/useNow';
import { AttendeeActions } from './AttendeeActions';
import { BreakoutClock } from './BreakoutClock';
import { BroadcastBanner } from './BroadcastBanner';
import { ChooseRoom } from './ChooseRoom';
import { GatheringStage } from './GatheringStage';
import { PLENARY, type GatheringMember, type GatheringView } from './gatheringContract';
import { HelperPanel } from './HelperPanel';
import { HostConsole } from './HostConsole';
import { mayPublishAudio } from './mayPublishAudio';
import { MoveNotice } from './MoveNotice';
import { PlaceBanner } from './PlaceBanner';
import type { GatheringMedia } from './useGatheringMedia';
import type { SendGatheringCommand } from './useGathering';
import { whereIAm } from './whereIAm';

interface Props {
  view: GatheringView;
  me: GatheringMember;
  offsetMs: number;
  media: GatheringMedia;
  connected: boolean;
  send: SendGatheringCommand;
}

/** The gathering page: where you are, the time, the stage, your actions, and the host's or helper's side. */
export function GatheringBody({ view, me, offsetMs, media, connected, send }: Props) {
  const { t } = useTranslation();
  const now = useNow(500) + offsetMs;
  const where = whereIAm(view, me.identity);
  const breakouts = view.breakouts;
  const recallLeftMs = breakouts?.recalling ? Math.max(0, breakouts.endsAt - now) : null;
  // In the plenary only those who may speak are on the stage; in a room, everyone in it.
  const speakers =
    me.room === PLENARY
      ? new Set(
          view.members
            .filter((m) => m.room === PLENARY && mayPublishAudio(m))
            .map((m) => m.identity),
        )
      : null;
  const hands = view.members.filter((m) => m.handRaised).map((m) => m.identity);
  const choosing = breakouts?.assign === 'choice' && me.room === PLENARY && me.role === 'attendee';
  return (
    <div
      className="room gathering"
      data-testid="gathering"
      data-identity={me.identity}
      data-role={me.role}
      data-place={me.room}
      data-media-room={media.mediaRoom ?? ''}
      data-media-status={media.status}
    >
      <RoomHeading title={view.title} />
      <header className="gathering-heading">
        <p className="gathering-heading__title" aria-hidden="true">
          {view.title}
        </p>
        <PlaceBanner where={where} />
      </header>
      <MoveNotice where={where} status={media.status} recallLeftMs={recallLeftMs} />
      <BroadcastBanner broadcast={view.broadcast} />
      {!connected && (
        <p className="alert alert--warning" role="status">
          {t('gathering.reconnecting')}
        </p>
      )}
      {breakouts && (
        <BreakoutClock
          breakouts={breakouts}
          where={where}
          members={view.members}
          offsetMs={offsetMs}
        />
      )}
      <div className="room__body">
        <main className="room__main">
          <div className="room__stage" data-lk-theme="default">
            <GatheringStage shown={speakers} hands={hands} />
          </div>
          <AttendeeActions
            me={me}
            micAllowed={mayPublishAudio(me)}
            connected={media.status === 'connected'}
            send={send}
          />
        </main>
        <aside className="room__side" aria-label={t('room.side')}>
          {choosing && breakouts && (
            <ChooseRoom
              breakouts={breakouts}
              members={view.members}
              identity={me.identity}
              send={send}
            />
          )}
          {me.role === 'host' && <HostConsole view={view} send={send} />}
          {me.role === 'helper' && <HelperPanel view={view} identity={me.identity} send={send} />}
        </aside>
      </div>
    </div>
  );
}

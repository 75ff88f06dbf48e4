import './gathering.css';
import { PLENARY, type GatheringMemberView, type GatheringView } from '@intervision/shared';
import { useTranslation } from 'react-i18next';
import { RoomHeading } from '../room/RoomHeading';
import { useNow } from '../session/useNow';
import { AttendeeActions } from './AttendeeActions';
import { BreakoutClock } from './BreakoutClock';
import { BroadcastBanner } from './BroadcastBanner';
import { ChooseRoom } from './ChooseRoom';
import { GatheringStage } from './GatheringStage';
import { HelperPanel } from './HelperPanel';
import { HostConsole } from './HostConsole';
import { MoveNotice } from './MoveNotice';
import { PlaceBanner } from './PlaceBanner';
import type { SendGatheringCommand } from './useGathering';
import type { GatheringMedia } from './useGatheringMedia';
import { whereIAm } from './whereIAm';

interface Props {
  view: GatheringView;
  me: GatheringMemberView;
  offsetMs: number;
  media: GatheringMedia;
  connected: boolean;
  send: SendGatheringCommand;
}

/** Who is on the plenary's stage: the host, helpers and whoever has the floor. */
const onPlenaryStage = (m: GatheringMemberView) =>
  m.place === PLENARY && (m.role !== 'attendee' || m.floor);

/** The gathering page: where you are, the time, the stage, your actions, and the host's or helper's side. */
export function GatheringBody({ view, me, offsetMs, media, connected, send }: Props) {
  const { t } = useTranslation();
  const now = useNow(500) + offsetMs;
  const where = whereIAm(view);
  const recallLeftMs = view.recallAt !== null ? Math.max(0, view.recallAt - now) : null;
  // In the plenary only those who may speak are on the stage; in a room, everyone in it.
  const shown =
    view.self.place === PLENARY
      ? new Set(view.members.filter(onPlenaryStage).map((m) => m.identity))
      : null;
  const hands = view.members
    .filter((m) => m.handRaisedAt !== null)
    .sort((a, b) => (a.handRaisedAt ?? 0) - (b.handRaisedAt ?? 0))
    .map((m) => m.identity);
  const choosing =
    view.assign === 'choice' && view.stage === 'breakouts' && view.self.place === PLENARY;
  return (
    <div
      className="room gathering"
      data-testid="gathering"
      data-identity={me.identity}
      data-role={me.role}
      data-stage={view.stage}
      data-place={view.self.place}
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
      <BroadcastBanner broadcast={view.stage === 'plenary' ? null : view.broadcast} />
      {!connected && (
        <p className="alert alert--warning" role="status">
          {t('gathering.reconnecting')}
        </p>
      )}
      {view.stage !== 'plenary' && <BreakoutClock view={view} where={where} offsetMs={offsetMs} />}
      <div className="room__body">
        <main className="room__main">
          <div className="room__stage" data-lk-theme="default">
            <GatheringStage shown={shown} hands={hands} />
          </div>
          <AttendeeActions
            me={me}
            rights={view.self.rights}
            connected={media.status === 'connected'}
            send={send}
          />
        </main>
        <aside className="room__side" aria-label={t('room.side')}>
          {choosing && <ChooseRoom view={view} send={send} />}
          {me.role === 'host' && <HostConsole view={view} send={send} />}
          {me.role === 'helper' && <HelperPanel view={view} send={send} />}
        </aside>
      </div>
    </div>
  );
}

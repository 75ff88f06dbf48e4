import {
  ParticipantTile,
  useMaybeTrackRefContext,
  type TrackReferenceOrPlaceholder,
} from '@livekit/components-react';
import { UndecryptableTile } from '../e2ee/UndecryptableTile';
import { useTranslation } from 'react-i18next';
import { TileMediaState } from './TileMediaState';

interface Props {
  /** Given directly, or taken from the layout's track loop. */
  trackRef?: TrackReferenceOrPlaceholder;
  presenter: string | null;
  presenterListening: boolean;
  /** Everyone's raised hands, first raised first. */
  hands: readonly string[];
}

/** A participant's tile with the presenter marked, and marked "listening" in muted phases. */
export function StageTile({ trackRef, presenter, presenterListening, hands }: Props) {
  const { t } = useTranslation();
  const fromLoop = useMaybeTrackRefContext();
  const ref = trackRef ?? fromLoop;
  const isPresenter = Boolean(ref && presenter && ref.participant.identity === presenter);
  const listening = isPresenter && presenterListening;
  const handIndex = ref ? hands.indexOf(ref.participant.identity) : -1;
  return (
    <div
      className={`stage-tile${listening ? ' stage-tile--listening' : ''}`}
      data-testid="stage-tile"
      data-identity={ref?.participant.identity}
    >
      <ParticipantTile trackRef={ref} />
      <UndecryptableTile identity={ref?.participant.identity} />
      {handIndex >= 0 && (
        <span
          className="stage-tile__hand"
          role="img"
          data-testid="tile-hand"
          aria-label={t('hands.badge', { position: handIndex + 1 })}
        >
          ✋ {handIndex + 1}
        </span>
      )}
      {ref && <TileMediaState participant={ref.participant} />}
      {isPresenter && (
        <span
          className="stage-tile__badge"
          data-testid={listening ? 'presenter-listening' : undefined}
        >
          {listening ? t('stage.presenterListening') : t('stage.presenter')}
        </span>
      )}
    </div>
  );
}

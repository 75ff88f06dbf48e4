import {
  ParticipantTile,
  useMaybeTrackRefContext,
  type TrackReferenceOrPlaceholder,
} from '@livekit/components-react';
import { UndecryptableTile } from '../e2ee/UndecryptableTile';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Given directly, or taken from the layout's track loop. */
  trackRef?: TrackReferenceOrPlaceholder;
  presenter: string | null;
  presenterListening: boolean;
}

/** A participant's tile with the presenter marked, and marked "listening" in muted phases. */
export function StageTile({ trackRef, presenter, presenterListening }: Props) {
  const { t } = useTranslation();
  const fromLoop = useMaybeTrackRefContext();
  const ref = trackRef ?? fromLoop;
  const isPresenter = Boolean(ref && presenter && ref.participant.identity === presenter);
  const listening = isPresenter && presenterListening;
  return (
    <div className={`stage-tile${listening ? ' stage-tile--listening' : ''}`}>
      <ParticipantTile trackRef={ref} />
      <UndecryptableTile identity={ref?.participant.identity} />
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

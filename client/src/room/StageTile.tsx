import {
  ConnectionQualityIndicator,
  isTrackReference,
  LockLockedIcon,
  ParticipantName,
  ParticipantPlaceholder,
  ParticipantTile,
  TrackMutedIndicator,
  useIsEncrypted,
  useMaybeTrackRefContext,
  type TrackReferenceOrPlaceholder,
} from '@livekit/components-react';
import { Track, type Participant } from 'livekit-client';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { UndecryptableTile } from '../e2ee/UndecryptableTile';
import { StageVideo } from './StageVideo';
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
function StageTileBody({ trackRef, presenter, presenterListening, hands }: Props) {
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
      <ParticipantTile trackRef={ref}>{ref && <TileContent trackRef={ref} />}</ParticipantTile>
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

/**
 * What the library's tile shows by default (picture, placeholder, encryption lock, microphone
 * state, name, connection quality), with our `StageVideo` for the picture.
 */
function TileContent({ trackRef }: { trackRef: TrackReferenceOrPlaceholder }) {
  return (
    <>
      {isTrackReference(trackRef) && <StageVideo trackRef={trackRef} />}
      <div className="lk-participant-placeholder">
        <ParticipantPlaceholder />
      </div>
      <div className="lk-participant-metadata">
        <div className="lk-participant-metadata-item">
          <EncryptedMark participant={trackRef.participant} />
          <TrackMutedIndicator
            trackRef={{ participant: trackRef.participant, source: Track.Source.Microphone }}
            show="muted"
          />
          <ParticipantName />
        </div>
        <ConnectionQualityIndicator className="lk-participant-metadata-item" />
      </div>
    </>
  );
}

function EncryptedMark({ participant }: { participant: Participant }) {
  return useIsEncrypted(participant) ? <LockLockedIcon style={{ marginRight: '0.25rem' }} /> : null;
}

const sameRef = (a?: TrackReferenceOrPlaceholder, b?: TrackReferenceOrPlaceholder) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.participant === b.participant &&
    a.source === b.source &&
    a.publication === b.publication);

function sameTile(a: Props, b: Props): boolean {
  return (
    sameRef(a.trackRef, b.trackRef) &&
    a.presenter === b.presenter &&
    a.presenterListening === b.presenterListening &&
    a.hands.length === b.hands.length &&
    a.hands.every((h, i) => h === b.hands[i])
  );
}

/**
 * `useTracks` hands out new track references on every room event it follows (8–9 between Enter
 * and the first picture), each re-rendering every tile and its library hooks while the page is
 * busiest. A tile shows the same thing for the same participant, source and publication: the
 * picture, the name and the mute marks follow LiveKit's own events (`StageVideo`, the library's
 * observables).
 */
export const StageTile = memo(StageTileBody, sameTile);

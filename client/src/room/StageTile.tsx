import {
  ParticipantTile,
  useMaybeTrackRefContext,
  useParticipantTracks,
  type TrackReferenceOrPlaceholder,
} from '@livekit/components-react';
import { Track, type Participant } from 'livekit-client';

const MEDIA_SOURCES = [Track.Source.Microphone, Track.Source.Camera];

interface Props {
  /** Given directly, or taken from the layout's track loop. */
  trackRef?: TrackReferenceOrPlaceholder;
  presenter: string | null;
  presenterListening: boolean;
}

/**
 * Whether the participant's microphone and camera are on, as LiveKit reports them (on: published
 * and not muted), said to screen readers and kept in `data-` attributes: the browser suite reads
 * the page as a person would. Follows publishing, unpublishing and muting alike.
 */
function MediaState({ participant }: { participant: Participant }) {
  const published = useParticipantTracks(MEDIA_SOURCES, participant.identity);
  const word = (source: Track.Source) =>
    published.some((t) => t.source === source && !t.publication.isMuted) ? 'on' : 'off';
  const mic = word(Track.Source.Microphone);
  const cam = word(Track.Source.Camera);
  return (
    <span className="sr-only" data-testid="tile-media" data-microphone={mic} data-camera={cam}>
      {`${participant.name || participant.identity}: microphone ${mic}, camera ${cam}`}
    </span>
  );
}

/** A participant's tile with the presenter marked, and marked "listening" in muted phases. */
export function StageTile({ trackRef, presenter, presenterListening }: Props) {
  const fromLoop = useMaybeTrackRefContext();
  const ref = trackRef ?? fromLoop;
  const isPresenter = Boolean(ref && presenter && ref.participant.identity === presenter);
  const listening = isPresenter && presenterListening;
  return (
    <div
      className={`stage-tile${listening ? ' stage-tile--listening' : ''}`}
      data-testid="stage-tile"
      data-identity={ref?.participant.identity}
    >
      <ParticipantTile trackRef={ref} />
      {ref && <MediaState participant={ref.participant} />}
      {isPresenter && (
        <span
          className="stage-tile__badge"
          data-testid={listening ? 'presenter-listening' : undefined}
        >
          {listening ? 'Presenter · listening' : 'Presenter'}
        </span>
      )}
    </div>
  );
}

import { useTracks, type TrackReferenceOrPlaceholder } from '@livekit/components-react';
import { Track } from 'livekit-client';
import type { StageLayout } from './stageLayout';
import { StageTile } from './StageTile';
import { useTranslation } from 'react-i18next';

interface Props {
  layout: StageLayout;
  presenter: string | null;
  hands: readonly string[];
}

/** One array for every render: `useTracks` recomputes its placeholders whenever this changes. */
const CAMERAS: { source: Track.Source; withPlaceholder: boolean }[] = [
  { source: Track.Source.Camera, withPlaceholder: true },
];
const TRACK_OPTIONS = { onlySubscribed: false };

const keyOf = (t: TrackReferenceOrPlaceholder) => `${t.participant.identity}:${t.source}`;

/**
 * Everyone's video, arranged for the phase: presenter large, a circle, or a plain grid. Groups
 * never exceed eight, so a plain CSS grid shows everyone at once; the library's paginating
 * GridLayout/CarouselLayout are avoided because their page bookkeeping throws when a camera
 * placeholder turns into a track (livekit/components-js#1211), which happens at every phase change.
 */
export function VideoStage({ layout, presenter, hands }: Props) {
  const { t } = useTranslation();
  const tracks = useTracks(CAMERAS, TRACK_OPTIONS);
  const listening = layout === 'circle';
  // The presenter never gets their own (mirrored) face as the big picture: they see the group.
  const focus =
    layout === 'focus'
      ? tracks.find((t) => t.participant.identity === presenter && !t.participant.isLocal)
      : undefined;

  if (focus) {
    const others = tracks.filter((t) => t !== focus);
    return (
      <div className="stage stage--focus" aria-label={t('stage.focus')}>
        <div className="stage__focus">
          <StageTile
            trackRef={focus}
            presenter={presenter}
            presenterListening={false}
            hands={hands}
          />
        </div>
        {others.length > 0 && (
          <div className="stage__strip">
            {others.map((t) => (
              <StageTile
                key={keyOf(t)}
                trackRef={t}
                presenter={presenter}
                presenterListening={false}
                hands={hands}
              />
            ))}
          </div>
        )}
      </div>
    );
  }
  return (
    <div
      className={`stage stage--${layout === 'focus' ? 'grid' : layout}`}
      aria-label={t('stage.video')}
      style={{
        ['--stage-columns' as string]: String(Math.ceil(Math.sqrt(Math.max(1, tracks.length)))),
      }}
    >
      {tracks.map((t) => (
        <StageTile
          key={keyOf(t)}
          trackRef={t}
          presenter={presenter}
          presenterListening={listening}
          hands={hands}
        />
      ))}
    </div>
  );
}

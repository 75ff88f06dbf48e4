import { useTracks } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import { StageTile } from '../room/StageTile';

interface Props {
  /** Whose video to show; null shows everyone in this LiveKit room (a breakout). */
  shown: ReadonlySet<string> | null;
  hands: readonly string[];
}

const NO_PRESENTER = null;

/**
 * The video of the people in the same LiveKit room. In the plenary only those who may speak (the
 * host, helpers, people given the floor) and yourself are shown: a hundred small tiles would help
 * nobody and cost every browser dearly.
 */
export function GatheringStage({ shown, hands }: Props) {
  const { t } = useTranslation();
  const tracks = useTracks([{ source: Track.Source.Camera, withPlaceholder: true }], {
    onlySubscribed: false,
  }).filter((tr) => !shown || tr.participant.isLocal || shown.has(tr.participant.identity));
  return (
    <div
      className="stage stage--grid"
      aria-label={t('stage.video')}
      data-testid="gathering-stage"
      style={{
        ['--stage-columns' as string]: String(Math.ceil(Math.sqrt(Math.max(1, tracks.length)))),
      }}
    >
      {tracks.map((tr) => (
        <StageTile
          key={`${tr.participant.identity}:${tr.source}`}
          trackRef={tr}
          presenter={NO_PRESENTER}
          presenterListening={false}
          hands={hands}
        />
      ))}
    </div>
  );
}

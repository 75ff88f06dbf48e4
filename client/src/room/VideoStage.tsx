import {
  CarouselLayout,
  FocusLayoutContainer,
  GridLayout,
  useTracks,
} from '@livekit/components-react';
import { Track } from 'livekit-client';
import type { StageLayout } from './stageLayout';
import { StageTile } from './StageTile';

interface Props {
  layout: StageLayout;
  presenter: string | null;
}

/** Everyone's video, arranged for the phase: presenter large, a circle, or a plain grid. */
export function VideoStage({ layout, presenter }: Props) {
  const tracks = useTracks([{ source: Track.Source.Camera, withPlaceholder: true }], {
    onlySubscribed: false,
  });
  const listening = layout === 'circle';
  const focus = layout === 'focus' ? tracks.find((t) => t.participant.identity === presenter) : undefined;

  if (focus) {
    const others = tracks.filter((t) => t !== focus);
    return (
      <div className="stage stage--focus" aria-label="Video, presenter in focus">
        <FocusLayoutContainer>
          {others.length > 0 && (
            <CarouselLayout tracks={others}>
              <StageTile presenter={presenter} presenterListening={false} />
            </CarouselLayout>
          )}
          <div className="stage__focus">
            <StageTile trackRef={focus} presenter={presenter} presenterListening={false} />
          </div>
        </FocusLayoutContainer>
      </div>
    );
  }
  return (
    <div className={`stage stage--${layout}`} aria-label="Video">
      <GridLayout tracks={tracks}>
        <StageTile presenter={presenter} presenterListening={listening} />
      </GridLayout>
    </div>
  );
}

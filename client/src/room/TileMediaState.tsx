import { useParticipantTracks } from '@livekit/components-react';
import { Track, type Participant } from 'livekit-client';
import { useTranslation } from 'react-i18next';

const MEDIA_SOURCES = [Track.Source.Microphone, Track.Source.Camera];

/**
 * Whether the participant's microphone and camera are on, as LiveKit reports them (on: published
 * and not muted), said to screen readers and kept in `data-` attributes: the browser suite reads
 * the page as a person would. Published tracks, not the tile's own reference: a reference can
 * outlive its publication, and unpublishing must read as off just as muting does.
 */
export function TileMediaState({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const published = useParticipantTracks(MEDIA_SOURCES, participant.identity);
  const word = (source: Track.Source) =>
    published.some((t) => t.source === source && !t.publication.isMuted) ? 'on' : 'off';
  const mic = word(Track.Source.Microphone);
  const cam = word(Track.Source.Camera);
  return (
    <span className="sr-only" data-testid="tile-media" data-microphone={mic} data-camera={cam}>
      {t(`tile.${mic === 'on' ? 'micOn' : 'micOff'}_${cam === 'on' ? 'camOn' : 'camOff'}`, {
        name: participant.name || participant.identity,
      })}
    </span>
  );
}

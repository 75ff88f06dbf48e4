import type { TrackReference } from '@livekit/components-react';
import { TrackEvent, type Track } from 'livekit-client';
import { useLayoutEffect, useRef } from 'react';

/**
 * A tile's camera picture. The track is given to the `<video>` in the same task in which LiveKit
 * hands it over (the publication's `Subscribed` event, right after the decryptor is installed),
 * not after a React render and a passive effect as `@livekit/components-react`'s `VideoTrack`
 * does: on a join the main thread is busy with the media connection, and that round trip cost
 * the first picture about a display frame (docs/join-speed.md). Same classes and `data-lk-*`
 * attributes as the library's element, so its styles (cover, the mirrored own camera) apply.
 */
export function StageVideo({ trackRef }: { trackRef: TrackReference }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const { participant, publication, source } = trackRef;
  // Known from the publication's info before any frame arrives (as the library reads it).
  const d = publication.dimensions;
  const portrait = d !== undefined && d.height > d.width;

  // A layout effect: the element exists and the track is attached before the browser paints.
  useLayoutEffect(() => {
    const video = videoRef.current;
    if (!video) return undefined;
    let shown: Track | undefined;
    const show = () => {
      const track = publication.track;
      if (track === shown) return;
      shown?.detach(video);
      shown = track;
      track?.attach(video);
    };
    show();
    // A remote camera's track comes and goes with the subscription (a muted phase withholds it).
    publication.on(TrackEvent.Subscribed, show);
    publication.on(TrackEvent.Unsubscribed, show);
    return () => {
      publication.off(TrackEvent.Subscribed, show);
      publication.off(TrackEvent.Unsubscribed, show);
      shown?.detach(video);
    };
  }, [publication]);

  return (
    <video
      ref={videoRef}
      className="lk-participant-media-video"
      data-lk-local-participant={participant.isLocal}
      data-lk-source={source}
      data-lk-orientation={portrait ? 'portrait' : 'landscape'}
      muted
      playsInline
    />
  );
}

import { createLocalTracks, type CreateLocalTracksOptions, type LocalTrack } from 'livekit-client';
import { useEffect, useState } from 'react';
import { keptForRoom, showPreviewTracks } from './previewHandover';

const stopUnlessKept = (tracks: LocalTrack[]) => {
  for (const track of tracks) if (!keptForRoom(track)) track.stop();
};

/**
 * The preview's camera and microphone tracks, made again when `options` change. Like the
 * components library's hook of the same name, except that a track the room took over as the
 * person entered (previewHandover.ts) keeps running when the preview closes.
 */
export function usePreviewTracks(
  options: CreateLocalTracksOptions,
  onError: (err: Error) => void,
): LocalTrack[] | undefined {
  const [tracks, setTracks] = useState<LocalTrack[]>();
  // Compared by value: the caller's object is new whenever it re-renders.
  const key = JSON.stringify(options);
  useEffect(() => {
    if (!options.audio && !options.video) {
      showPreviewTracks([]);
      return undefined;
    }
    let closed = false;
    const made = createLocalTracks(options);
    made.then(
      (next) => {
        if (closed) {
          next.forEach((t) => t.stop());
          return;
        }
        setTracks(next);
        showPreviewTracks(next);
      },
      (err: unknown) => onError(err instanceof Error ? err : new Error(String(err))),
    );
    return () => {
      closed = true;
      showPreviewTracks([]);
      made.then(stopUnlessKept, () => undefined);
    };
    // `key` stands for `options`; a new onError alone must not restart the camera.
  }, [key]);
  return tracks;
}

import type { LocalTrack } from 'livekit-client';

/** A device as the room names it. */
export type PreviewDevice = 'microphone' | 'camera';

/**
 * The join form's preview tracks, handed to the room when the person enters. Publishing the very
 * track the preview shows means the camera is not closed and opened again between the form and the
 * room (its light would blink off and on, and the person's own picture would restart). Only types
 * are imported: the join page loads without the LiveKit SDK.
 */
interface Kept {
  tracks: Map<PreviewDevice, LocalTrack>;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * A kept track the room has not taken by then is stopped: a camera must not stay on, unseen and
 * unsent, when the room turns out not to want it (a phase that asks the person to listen, a media
 * server that never answers). The room's first picture waits at most 1.5 s before it publishes.
 */
export const KEEP_FOR_ROOM_MS = 10_000;

let showing: LocalTrack[] = [];
let kept: Kept | null = null;

const deviceOf = (track: LocalTrack): PreviewDevice =>
  track.kind === 'video' ? 'camera' : 'microphone';

/** The preview's tracks now (none when it shows none). */
export function showPreviewTracks(tracks: LocalTrack[]): void {
  showing = tracks;
}

/** Whether the preview must leave this track running when it closes: the room has it now. */
export function keptForRoom(track: LocalTrack): boolean {
  return kept !== null && [...kept.tracks.values()].includes(track);
}

/**
 * Called as the person enters: the preview's tracks for the devices they want on go to the room;
 * the others stop with the preview as before.
 */
export function keepPreviewForRoom(wanted: Record<PreviewDevice, boolean>): void {
  dropPreviewTracks();
  const tracks = new Map<PreviewDevice, LocalTrack>();
  for (const track of showing) {
    const device = deviceOf(track);
    if (wanted[device] && track.mediaStreamTrack.readyState === 'live') tracks.set(device, track);
  }
  if (tracks.size === 0) return;
  kept = { tracks, timer: setTimeout(dropPreviewTracks, KEEP_FOR_ROOM_MS) };
}

/** The kept track for `device`, once, and only while it still captures; null otherwise. */
export function takePreviewTrack(device: PreviewDevice): LocalTrack | null {
  const track = kept?.tracks.get(device);
  if (!kept || !track) return null;
  kept.tracks.delete(device);
  forgetWhenEmpty();
  if (track.mediaStreamTrack.readyState === 'live') return track;
  track.stop();
  return null;
}

/** Stops what the room will not use: one device, or all of them. */
export function dropPreviewTracks(device?: PreviewDevice): void {
  if (!kept) return;
  for (const [d, track] of kept.tracks) {
    if (device !== undefined && d !== device) continue;
    track.stop();
    kept.tracks.delete(d);
  }
  forgetWhenEmpty();
}

/** Nothing left to hand over: the keeping ends, and its timer with it. */
function forgetWhenEmpty(): void {
  if (kept?.tracks.size !== 0) return;
  clearTimeout(kept.timer);
  kept = null;
}

import type { LocalTrack } from 'livekit-client';
import { vi } from 'vitest';
import { keepPreviewForRoom, showPreviewTracks } from '../join/previewHandover';

export type FakePreviewTrack = LocalTrack & { stop: ReturnType<typeof vi.fn> };

/** What the handover reads of a LiveKit local track: its kind, whether it captures, stop(). */
export function previewTrack(kind: 'audio' | 'video'): FakePreviewTrack {
  const mediaStreamTrack = { readyState: 'live' as 'live' | 'ended' };
  const track = {
    kind,
    mediaStreamTrack,
    stop: vi.fn(() => {
      mediaStreamTrack.readyState = 'ended';
    }),
  };
  return track as unknown as FakePreviewTrack;
}

/** The join form's microphone and camera preview, as the person pressed Enter wanting `wanted`. */
export function keptPreview(wanted: { microphone: boolean; camera: boolean }): {
  mic: FakePreviewTrack;
  cam: FakePreviewTrack;
} {
  const mic = previewTrack('audio');
  const cam = previewTrack('video');
  showPreviewTracks([mic, cam]);
  keepPreviewForRoom(wanted);
  return { mic, cam };
}

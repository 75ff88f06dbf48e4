import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  dropPreviewTracks,
  KEEP_FOR_ROOM_MS,
  keepPreviewForRoom,
  keptForRoom,
  showPreviewTracks,
  takePreviewTrack,
} from './previewHandover';
import { keptPreview, previewTrack as track } from '../testing/previewTracks';

describe('the preview handover', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    dropPreviewTracks();
    showPreviewTracks([]);
    vi.useRealTimers();
  });

  test('the room takes the preview tracks of the devices the person wants on, each once', () => {
    const { mic, cam } = keptPreview({ microphone: true, camera: true });
    expect(keptForRoom(cam)).toBe(true);

    expect(takePreviewTrack('camera')).toBe(cam);
    expect(takePreviewTrack('camera')).toBeNull();
    expect(keptForRoom(cam)).toBe(false);
    expect(takePreviewTrack('microphone')).toBe(mic);
    expect(cam.stop).not.toHaveBeenCalled();
    expect(mic.stop).not.toHaveBeenCalled();
  });

  test('a device the person turned off is not kept, so the preview stops it as before', () => {
    const { mic, cam } = keptPreview({ microphone: true, camera: false });
    expect(keptForRoom(cam)).toBe(false);
    expect(keptForRoom(mic)).toBe(true);
    expect(takePreviewTrack('camera')).toBeNull();
  });

  test('what the room has not taken after the keeping time is stopped', () => {
    const cam = track('video');
    showPreviewTracks([cam]);
    keepPreviewForRoom({ microphone: true, camera: true });
    vi.advanceTimersByTime(KEEP_FOR_ROOM_MS - 1);
    expect(cam.stop).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(cam.stop).toHaveBeenCalledOnce();
    expect(takePreviewTrack('camera')).toBeNull();
  });

  test('dropping one device stops only that one; the other can still be taken', () => {
    const { mic, cam } = keptPreview({ microphone: true, camera: true });
    dropPreviewTracks('camera');
    expect(cam.stop).toHaveBeenCalledOnce();
    expect(mic.stop).not.toHaveBeenCalled();
    expect(takePreviewTrack('microphone')).toBe(mic);
  });

  test('a track that stopped capturing meanwhile (a camera unplugged) is not handed over', () => {
    const cam = track('video');
    showPreviewTracks([cam]);
    keepPreviewForRoom({ microphone: false, camera: true });
    (cam.mediaStreamTrack as { readyState: string }).readyState = 'ended';
    expect(takePreviewTrack('camera')).toBeNull();
    expect(cam.stop).toHaveBeenCalledOnce();
  });

  test('entering again replaces what an earlier entry kept, and stops it', () => {
    const first = track('video');
    showPreviewTracks([first]);
    keepPreviewForRoom({ microphone: true, camera: true });
    const second = track('video');
    showPreviewTracks([second]);
    keepPreviewForRoom({ microphone: true, camera: true });
    expect(first.stop).toHaveBeenCalledOnce();
    expect(takePreviewTrack('camera')).toBe(second);
  });
});

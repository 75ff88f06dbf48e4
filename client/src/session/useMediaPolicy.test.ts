import { EventEmitter } from 'node:events';
import { mediaRights, type MediaRights } from '@intervision/shared';
import { act, renderHook, waitFor } from '@testing-library/react';
import {
  ConnectionState,
  ParticipantEvent,
  Track,
  type LocalTrack,
  type Room,
} from 'livekit-client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { dropPreviewTracks, showPreviewTracks } from '../join/previewHandover';
import { keptPreview } from '../testing/previewTracks';
import { PROTOCOL_SOURCE } from './canPublish';
import { useMediaPolicy } from './useMediaPolicy';

/** Just enough of a connected LiveKit room: the local participant's devices and permissions. */
class FakeLocalParticipant extends EventEmitter {
  isMicrophoneEnabled = false;
  isCameraEnabled = false;
  permissions = { canPublish: true, canPublishSources: [] as number[] };
  setMicrophoneEnabled = vi.fn(async (on: boolean) => {
    this.isMicrophoneEnabled = on;
    this.emit(on ? ParticipantEvent.TrackUnmuted : ParticipantEvent.TrackMuted);
  });
  setCameraEnabled = vi.fn(async (on: boolean) => {
    this.isCameraEnabled = on;
    this.emit(on ? ParticipantEvent.TrackUnmuted : ParticipantEvent.TrackMuted);
  });
  /** Sources published with a track of their own (publishTrack), as LiveKit lists them. */
  published = new Map<Track.Source, LocalTrack>();
  getTrackPublication = (source: Track.Source) =>
    this.published.has(source) ? { source } : undefined;
  publishTrack = vi.fn(async (track: LocalTrack, opts: { source: Track.Source }) => {
    this.published.set(opts.source, track);
    if (opts.source === Track.Source.Camera) this.isCameraEnabled = true;
    else this.isMicrophoneEnabled = true;
    this.emit(ParticipantEvent.LocalTrackPublished);
  });
  /** What the SFU does: new permissions, and whatever is no longer allowed is unpublished. */
  serverSets(sources: number[]) {
    this.permissions = { canPublish: true, canPublishSources: sources };
    if (!sources.includes(PROTOCOL_SOURCE.microphone)) this.isMicrophoneEnabled = false;
    if (!sources.includes(PROTOCOL_SOURCE.camera)) this.isCameraEnabled = false;
    this.emit(ParticipantEvent.ParticipantPermissionsChanged);
  }
}

function fakeRoom() {
  const room = Object.assign(new EventEmitter(), {
    state: ConnectionState.Connected,
    localParticipant: new FakeLocalParticipant(),
  });
  return { room: room as unknown as Room, lp: room.localParticipant };
}

const speak = mediaRights({}, 'presenter');
const listen = mediaRights({ presenter: 'listen' }, 'presenter');
const ALL = [PROTOCOL_SOURCE.camera, PROTOCOL_SOURCE.microphone];

function setup(initial = { micOn: true, camOn: true }) {
  const { room, lp } = fakeRoom();
  const hook = renderHook(
    ({ rights }: { rights: MediaRights }) => useMediaPolicy(room, rights, initial),
    {
      initialProps: { rights: speak },
    },
  );
  return { lp, hook };
}

describe('useMediaPolicy', () => {
  test('turns on what the person chose at the join screen once connected', async () => {
    const { lp } = setup({ micOn: true, camOn: false });
    await waitFor(() => expect(lp.isMicrophoneEnabled).toBe(true));
    expect(lp.isCameraEnabled).toBe(false);
  });

  test('turns microphone and camera off as soon as the phase withdraws them', async () => {
    const { lp, hook } = setup();
    await waitFor(() => expect(lp.isCameraEnabled).toBe(true));
    hook.rerender({ rights: listen });
    await waitFor(() => expect(lp.isMicrophoneEnabled).toBe(false));
    expect(lp.isCameraEnabled).toBe(false);
    expect(hook.result.current.micBlocked).toBe('listen');
  });

  test('restores what the person had only after the server grants publishing again', async () => {
    const { lp, hook } = setup({ micOn: true, camOn: false });
    await waitFor(() => expect(lp.isMicrophoneEnabled).toBe(true));
    hook.rerender({ rights: listen });
    act(() => lp.serverSets([]));
    act(() => lp.serverSets([PROTOCOL_SOURCE.camera]));
    lp.setMicrophoneEnabled.mockClear();

    // The next phase arrives before the grant: wait, and say why.
    hook.rerender({ rights: speak });
    expect(lp.setMicrophoneEnabled).not.toHaveBeenCalled();
    expect(hook.result.current.micBlocked).toBe('server');

    act(() => lp.serverSets(ALL));
    await waitFor(() => expect(lp.isMicrophoneEnabled).toBe(true));
    expect(lp.setMicrophoneEnabled).toHaveBeenCalledWith(true);
    // The camera was off before; it stays off.
    expect(lp.isCameraEnabled).toBe(false);
  });

  test('restores at once when the grant arrived before the phase change', async () => {
    const { lp, hook } = setup({ micOn: true, camOn: true });
    await waitFor(() => expect(lp.isCameraEnabled).toBe(true));
    hook.rerender({ rights: listen });
    await waitFor(() => expect(lp.isCameraEnabled).toBe(false));
    act(() => lp.serverSets([]));
    lp.setMicrophoneEnabled.mockClear();
    act(() => lp.serverSets(ALL));
    // Still a listening phase: the grant alone does not turn anything on.
    expect(lp.setMicrophoneEnabled).not.toHaveBeenCalled();
    hook.rerender({ rights: speak });
    await waitFor(() => expect(lp.isMicrophoneEnabled && lp.isCameraEnabled).toBe(true));
  });

  test('ignores the toggle while the phase asks the person to listen', async () => {
    const { lp, hook } = setup({ micOn: false, camOn: false });
    hook.rerender({ rights: listen });
    act(() => hook.result.current.toggle('microphone'));
    expect(lp.setMicrophoneEnabled).not.toHaveBeenCalled();
  });
});

describe('useMediaPolicy when the browser refuses a device', () => {
  test('a refused microphone is reported instead of the button silently doing nothing', async () => {
    const { lp, hook } = setup({ micOn: false, camOn: false });
    lp.setMicrophoneEnabled.mockRejectedValueOnce(new Error('NotAllowedError'));
    await waitFor(() => expect(hook.result.current.micBlocked).toBeNull());
    act(() => hook.result.current.toggle('microphone'));
    await waitFor(() => expect(hook.result.current.failed.microphone).toBe(true));
    expect(hook.result.current.micOn).toBe(false);
  });

  test('while the first picture is awaited nothing is switched on by itself, then the choice is', async () => {
    const { room, lp } = fakeRoom();
    const initial = { micOn: true, camOn: true };
    const hook = renderHook(
      ({ hold }: { hold: boolean }) => useMediaPolicy(room, speak, initial, undefined, hold),
      { initialProps: { hold: true } },
    );
    await act(async () => undefined);
    expect(lp.setMicrophoneEnabled).not.toHaveBeenCalled();
    expect(lp.setCameraEnabled).not.toHaveBeenCalled();

    hook.rerender({ hold: false });
    await waitFor(() => expect(lp.isMicrophoneEnabled).toBe(true));
    expect(lp.isCameraEnabled).toBe(true);
  });

  test('a press during the hold acts at once', async () => {
    const { room, lp } = fakeRoom();
    const hook = renderHook(() =>
      useMediaPolicy(room, speak, { micOn: false, camOn: false }, undefined, true),
    );
    act(() => hook.result.current.toggle('microphone'));
    await waitFor(() => expect(lp.isMicrophoneEnabled).toBe(true));
    expect(lp.isCameraEnabled).toBe(false);
  });
});

describe("useMediaPolicy and the join preview's tracks", () => {
  afterEach(() => dropPreviewTracks());

  /** The preview kept for the room; the preview itself has closed. */
  function previewKept(wanted: { microphone: boolean; camera: boolean }) {
    const kept = keptPreview(wanted);
    showPreviewTracks([]);
    return kept;
  }

  test('publishes the very tracks the preview showed, so the camera is not opened a second time', async () => {
    const { mic, cam } = previewKept({ microphone: true, camera: true });
    const { lp, hook } = setup({ micOn: true, camOn: true });
    await waitFor(() => expect(lp.isMicrophoneEnabled && lp.isCameraEnabled).toBe(true));
    expect(lp.publishTrack).toHaveBeenCalledWith(cam, { source: Track.Source.Camera });
    expect(lp.publishTrack).toHaveBeenCalledWith(mic, { source: Track.Source.Microphone });
    expect(lp.setCameraEnabled).not.toHaveBeenCalled();
    expect(lp.setMicrophoneEnabled).not.toHaveBeenCalled();
    expect(cam.stop).not.toHaveBeenCalled();

    // From then on the published track is muted and unmuted as any other.
    act(() => hook.result.current.toggle('camera'));
    await waitFor(() => expect(lp.setCameraEnabled).toHaveBeenCalledWith(false));
    act(() => hook.result.current.toggle('camera'));
    await waitFor(() => expect(lp.setCameraEnabled).toHaveBeenCalledWith(true));
    expect(lp.publishTrack).toHaveBeenCalledTimes(2);
  });

  test('entering while the phase asks the person to listen stops the kept tracks at once', async () => {
    const { mic, cam } = previewKept({ microphone: true, camera: true });
    const { room, lp } = fakeRoom();
    renderHook(() => useMediaPolicy(room, listen, { micOn: true, camOn: true }));
    await waitFor(() => expect(mic.stop).toHaveBeenCalled());
    expect(cam.stop).toHaveBeenCalled();
    expect(lp.publishTrack).not.toHaveBeenCalled();
  });

  test('a kept track the server refuses to publish is stopped, and the refusal is shown', async () => {
    const { cam } = previewKept({ microphone: false, camera: true });
    const { room, lp } = fakeRoom();
    lp.publishTrack.mockRejectedValueOnce(new Error('insufficient permissions'));
    const hook = renderHook(() => useMediaPolicy(room, speak, { micOn: false, camOn: true }));
    await waitFor(() => expect(hook.result.current.failed.camera).toBe(true));
    expect(cam.stop).toHaveBeenCalled();
    expect(lp.isCameraEnabled).toBe(false);
  });
});

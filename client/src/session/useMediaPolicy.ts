import type { MediaRights } from '@intervision/shared';
import { ConnectionState, ParticipantEvent, RoomEvent, Track, type Room } from 'livekit-client';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { dropPreviewTracks, takePreviewTrack } from '../join/previewHandover';
import { canPublish, type PublishPermission } from './canPublish';

type Source = 'microphone' | 'camera';

const TRACK_SOURCE = { microphone: Track.Source.Microphone, camera: Track.Source.Camera } as const;

/** Why a device cannot be switched on; the UI words it for the person's role and language. */
export type MediaBlock = 'listen' | 'server';

export interface MediaPolicyState {
  micOn: boolean;
  camOn: boolean;
  /**
   * Why the control is off-limits right now, or null when the person may use it: the phase asks
   * them to listen, or the media server has not granted publishing back yet.
   */
  micBlocked: MediaBlock | null;
  camBlocked: MediaBlock | null;
  /** The browser refused the device the last time it was switched on (permission or hardware). */
  failed: Record<Source, boolean>;
  /** The person's own choice for the microphone, kept while a phase withdraws it. */
  micWanted: boolean;
  toggle: (source: Source) => void;
}

/**
 * Keeps this person's own tracks in line with the phase's media rights. When rights are withdrawn it
 * mutes the devices at once (`set…Enabled(false)` mutes, it does not unpublish): the server then
 * keeps the muted tracks published, cut off from everyone at the SFU, and revokes publishing only if
 * a track is still live after its grace (docs/media-unmute.md). When rights come back it restores
 * what the person had chosen — usually just an unmute — but only while LiveKit's permission allows
 * it, so after a revocation it waits for the grant and never races it. `wanted` is the person's own
 * choice, remembered across restrictions.
 */
export function useMediaPolicy(
  room: Room,
  rights: MediaRights,
  initial: { micOn: boolean; camOn: boolean },
  /** Told about the person's own choices, so a reload can restore them. */
  onChoice?: (choice: { micOn: boolean; camOn: boolean }) => void,
  /**
   * While true, what the person chose is not switched on by itself yet (the room's first picture
   * comes first, room/firstPictureHold.ts); their own presses still act at once.
   */
  holdFirstPublish = false,
): MediaPolicyState {
  const wanted = useRef({ microphone: initial.micOn, camera: initial.camOn });
  const busy = useRef({ microphone: false, camera: false });
  const failed = useRef({ microphone: false, camera: false });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [connected, setConnected] = useState(room.state === ConnectionState.Connected);
  const [permissions, setPermissions] = useState<PublishPermission | undefined>(
    room.localParticipant.permissions,
  );

  useEffect(() => {
    const lp = room.localParticipant;
    const onState = () => {
      setConnected(room.state === ConnectionState.Connected);
      setPermissions(lp.permissions);
    };
    const onPermissions = () => setPermissions(lp.permissions);
    room.on(RoomEvent.ConnectionStateChanged, onState);
    lp.on(ParticipantEvent.ParticipantPermissionsChanged, onPermissions);
    // Mute, unmute and (un)publish all change what the controls show.
    lp.on(ParticipantEvent.TrackMuted, rerender)
      .on(ParticipantEvent.TrackUnmuted, rerender)
      .on(ParticipantEvent.LocalTrackPublished, rerender)
      .on(ParticipantEvent.LocalTrackUnpublished, rerender);
    onState();
    return () => {
      room.off(RoomEvent.ConnectionStateChanged, onState);
      lp.off(ParticipantEvent.ParticipantPermissionsChanged, onPermissions);
      lp.off(ParticipantEvent.TrackMuted, rerender)
        .off(ParticipantEvent.TrackUnmuted, rerender)
        .off(ParticipantEvent.LocalTrackPublished, rerender)
        .off(ParticipantEvent.LocalTrackUnpublished, rerender);
    };
  }, [room]);

  const isOn = useCallback(
    (source: Source) =>
      source === 'microphone'
        ? room.localParticipant.isMicrophoneEnabled
        : room.localParticipant.isCameraEnabled,
    [room],
  );

  const apply = useCallback(
    async (source: Source, on: boolean) => {
      if (busy.current[source]) return;
      busy.current[source] = true;
      try {
        const lp = room.localParticipant;
        // The first time on, the join preview's own track when it still runs: the device is not
        // closed and opened again (previewHandover.ts).
        const kept = on ? takePreviewTrack(source) : null;
        if (kept && !lp.getTrackPublication(TRACK_SOURCE[source])) {
          await lp.publishTrack(kept, { source: TRACK_SOURCE[source] }).catch((err: unknown) => {
            kept.stop();
            throw err;
          });
        } else {
          kept?.stop();
          await (source === 'microphone' ? lp.setMicrophoneEnabled(on) : lp.setCameraEnabled(on));
        }
        if (on) failed.current[source] = false;
      } catch {
        // A denied device or a permission the server withdrew meanwhile: say so rather than
        // leaving a button that seems to do nothing.
        if (on) {
          wanted.current[source] = false;
          failed.current[source] = true;
        }
      } finally {
        busy.current[source] = false;
        rerender();
      }
    },
    [room],
  );

  // A preview track the room will not publish stops now, not when its keeping runs out.
  useEffect(() => () => dropPreviewTracks(), []);

  useEffect(() => {
    if (!connected) return;
    for (const source of ['microphone', 'camera'] as const) {
      const on = isOn(source);
      if (!rights[source] || !wanted.current[source]) dropPreviewTracks(source);
      if (!rights[source]) {
        if (on) void apply(source, false);
      } else if (
        wanted.current[source] &&
        !on &&
        !holdFirstPublish &&
        canPublish(permissions, source)
      ) {
        void apply(source, true);
      }
    }
  });

  const toggle = useCallback(
    (source: Source) => {
      if (!rights[source] || !canPublish(permissions, source)) return;
      const next = !isOn(source);
      wanted.current[source] = next;
      onChoice?.({ micOn: wanted.current.microphone, camOn: wanted.current.camera });
      void apply(source, next);
    },
    [rights, permissions, isOn, apply, onChoice],
  );

  const blocked = (source: Source): MediaBlock | null => {
    if (!rights[source]) return 'listen';
    if (connected && !canPublish(permissions, source)) return 'server';
    return null;
  };

  return {
    micOn: connected && isOn('microphone'),
    camOn: connected && isOn('camera'),
    micBlocked: blocked('microphone'),
    camBlocked: blocked('camera'),
    micWanted: wanted.current.microphone,
    failed: { ...failed.current },
    toggle,
  };
}
